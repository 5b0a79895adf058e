/**
 * A chapter's source notes are folded (a <details>). A citation that leads
 * into a folded list opens it first, so the note it names is there to read;
 * so does an address that lands on a note (/#note-…). Browsers that open a
 * <details> for its fragment themselves lose nothing.
 */
function openNotesAround(id: string): void {
  const target = id ? document.getElementById(id) : null;
  const notes = target?.closest<HTMLDetailsElement>('details.notes-list');
  if (notes && !notes.open) {
    notes.open = true;
    target?.scrollIntoView();
  }
}

const fromHash = () => openNotesAround(decodeURIComponent(window.location.hash.slice(1)));
window.addEventListener('hashchange', fromHash);
fromHash();
