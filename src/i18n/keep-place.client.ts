/**
 * Keeps the reader's place across languages: a switcher link takes the
 * current #fragment along (ids are the same in every language), at the
 * moment it is followed or copied.
 */
function carryHash(link: HTMLAnchorElement): void {
  link.hash = window.location.hash;
}

for (const event of ['click', 'auxclick', 'contextmenu', 'focusin', 'pointerenter'] as const) {
  document.addEventListener(event, (happened) => {
    const link = (happened.target as Element | null)?.closest?.('a[data-keep-place]');
    if (link instanceof HTMLAnchorElement) carryHash(link);
  }, { capture: true });
}
