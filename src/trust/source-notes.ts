/**
 * Numbered source notes for one chapter, made from the finished HTML.
 *
 * <Cite>, <Quote> and <Q> render an empty marker that carries their source ids.
 * Working on the rendered HTML (instead of inside each component) is what makes
 * the numbering deterministic: markers are numbered in document order, whatever
 * order Astro happens to render components in. Each source gets one note per
 * chapter, numbered by its first citation; every citing place links to its
 * notes, and every note links back to each place that cites it (an arrow,
 * then a letter for each place when there are several; print leaves the
 * letters out). The list is folded
 * under its heading (a <details>) until the reader opens it or follows a
 * citation into it. Ids carry the chapter slug, so they stay unique when all
 * chapters share one page.
 */
import { escapeHtml } from '../shared/html';
import { fillTemplate } from '../shared/text-template';

/** The marker a citing component renders. `data-cite` holds space-separated source ids. */
export const CITE_MARKER = /<sup class="cite-marker" data-cite="([^"]*)"(?: data-claim="([^"]*)")?[^>]*><\/sup>/g;

export function citeMarker(sourceIds: readonly string[], claimIds: readonly string[] = []): string {
  const claim = claimIds.length > 0 ? ` data-claim="${escapeHtml(claimIds.join(' '))}"` : '';
  return `<sup class="cite-marker" data-cite="${escapeHtml(sourceIds.join(' '))}"${claim}></sup>`;
}

/** The class of the block that holds a note's text, inside its list item. */
export const NOTE_TEXT_CLASS = 'note-text';

/** "voa  S08" → ["voa", "S08"]: the id lists that citation attributes hold. */
export function splitSpaced(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

export interface PlannedNote {
  /** 1-based note number within the chapter. */
  number: number;
  sourceId: string;
  /** 1-based indexes of the citing places that cite this source, in order. */
  places: number[];
}

export interface CitationPlan {
  notes: PlannedNote[];
  /** For each citing place (in document order), the note numbers it points to. */
  places: number[][];
}

/**
 * Numbers the sources of a sequence of citing places (each a list of source
 * ids) by first appearance. Shared by the HTML transform and by the /sources/
 * page, so both agree on every note number.
 */
export function planCitations(sequence: readonly (readonly string[])[]): CitationPlan {
  const notes = new Map<string, PlannedNote>();
  const places = sequence.map((sourceIds, index) => {
    const unique = [...new Set(sourceIds)];
    return unique.map((sourceId) => {
      let note = notes.get(sourceId);
      if (!note) {
        note = { number: notes.size + 1, sourceId, places: [] };
        notes.set(sourceId, note);
      }
      note.places.push(index + 1);
      return note.number;
    });
  });
  return { notes: [...notes.values()], places };
}

/** What a note shows about a source; text is plain (escaped here), addresses are ready to use. */
export interface NoteSource {
  title: string;
  /** The title's language, when it is not the page's (a Chinese title on an English page). */
  titleLang?: string | undefined;
  publisher: string;
  /** Already formatted for readers, e.g. "19–20 October 2022" or "no date". */
  date: string;
  /** The original publisher's page, when its address is known. Never a copy. */
  href?: string | undefined;
  /** Short name of the original's host shown beside the link, e.g. "newsweek.com". */
  host?: string | undefined;
  /** A copy of the text (mirror, repost, archive, our own copy…), shown only as a second, labelled link. */
  copyHref?: string | undefined;
  /** The copy's host; undefined for our own copy. */
  copyHost?: string | undefined;
  /** What the copy is, for readers, e.g. "Repost" or "Our copy of the text". */
  copyLabel?: string | undefined;
  /** True when the copy is on another site. */
  copyExternal?: boolean | undefined;
}

export interface CitationLabels {
  /** Screen-reader word before a note number in the text, e.g. "Source". */
  source: string;
  /** Heading of the notes list, e.g. "Sources for this chapter". */
  heading: string;
  /** Accessible name of a back-link, e.g. "Back to the text". */
  backToText: string;
  /** Link text to the source's entry on the sources page, e.g. "About this source". */
  aboutSource: string;
  /** What opens the collapsed list, e.g. "Show all {count} sources". */
  show: string;
  /** Publisher and date after a title, e.g. " {publisher}, {date}." (content/ui/<lang>.json, noteMeta). */
  meta: string;
  /** Between a label and what it labels, e.g. ": " or "：". */
  colon: string;
  /** Words in brackets after a title, e.g. " ({text})" or "（{text}）". */
  bracketed: string;
}

export interface NumberingOptions {
  /** Chapter slug (or page id): makes every id unique on the one-page story. */
  slug: string;
  describe: (sourceId: string) => NoteSource;
  labels: CitationLabels;
  /** Address of a source's entry on the sources page. */
  sourcePageHref: (sourceId: string) => string;
}

/** a, b, … z, then 27, 28…: the names of the back-links of a note cited many times. */
function placeName(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : String(index + 1);
}

function linkTo(href: string, text: string, external: boolean): string {
  const rel = external ? ' rel="external noreferrer"' : '';
  return `<a href="${escapeHtml(href)}"${rel}>${escapeHtml(text)}</a>`;
}

function renderNote(note: PlannedNote, options: NumberingOptions): string {
  const { slug, labels } = options;
  const source = options.describe(note.sourceId);
  const back =
    note.places.length === 1
      ? `<a class="note-back" href="#cite-${slug}-${note.places[0]}" aria-label="${escapeHtml(labels.backToText)}">↑</a>`
      : `<span class="note-back">↑ ${note.places
          .map((place, index) => `<a href="#cite-${slug}-${place}" aria-label="${escapeHtml(`${labels.backToText} (${placeName(index)})`)}">${placeName(index)}</a>`)
          .join(' ')}</span>`;
  const title = source.href ? linkTo(source.href, source.title, true) : escapeHtml(source.title);
  const titleLang = source.titleLang ? ` lang="${escapeHtml(source.titleLang)}"` : '';
  const meta = fillTemplate(labels.meta, { publisher: source.publisher, date: source.date }, 'content/ui/<lang>.json "noteMeta"');
  const host = source.host ? `<span class="note-host">${escapeHtml(fillTemplate(labels.bracketed, { text: source.host }, 'content/ui/<lang>.json "bracketed"'))}</span>` : '';
  // A copy is a second link, labelled as what it is; our own copy is named by its label alone.
  const copyLink = (href: string, label: string) =>
    source.copyHost ? `${escapeHtml(label)}${escapeHtml(labels.colon)}${linkTo(href, source.copyHost, source.copyExternal === true)}` : linkTo(href, label, source.copyExternal === true);
  const copy = source.copyHref && source.copyLabel ? `<span class="note-copy"> · ${copyLink(source.copyHref, source.copyLabel)}</span>` : '';
  const about = `<span class="note-about"> · <a href="${escapeHtml(options.sourcePageHref(note.sourceId))}">${escapeHtml(labels.aboutSource)}</a></span>`;
  // The note's text has its own block, inside the list item, so that a page can
  // skip laying it out (story/body/story-parts.css) and still show the item's number:
  // the number is the list item's marker, drawn outside the item's box.
  return (
    `<li id="note-${slug}-${note.number}" data-source="${escapeHtml(note.sourceId)}"><div class="${NOTE_TEXT_CLASS}">${back} ` +
    `<cite${titleLang}>${title}</cite>${host}<span class="note-meta">${escapeHtml(meta)}</span>${copy}${about}</div></li>`
  );
}

/**
 * Opens every citation. A line may break before an inline-block, so without it
 * a citation number could start a line alone, away from the words it backs,
 * on a narrow screen. U+2060 forbids that break, is never
 * drawn and is not read aloud; the link keeps its box, so a tap still lands on it.
 */
export const WORD_JOINER = '\u2060';

function renderPlace(index: number, noteNumbers: readonly number[], claim: string | undefined, options: NumberingOptions): string {
  const { slug, labels } = options;
  const links = noteNumbers
    .map((number) => `<a href="#note-${slug}-${number}"><span class="visually-hidden">${escapeHtml(labels.source)} </span>${number}</a>`)
    .join('<span class="cite-sep">,</span>');
  const claimAttribute = claim ? ` data-claim="${claim}"` : '';
  return `<sup class="cite" id="cite-${slug}-${index}"${claimAttribute}>${WORD_JOINER}${links}</sup>`;
}

/** Replaces every citation marker with numbered links and appends the chapter's notes. */
export function numberCitations(html: string, options: NumberingOptions): string {
  const sequence = [...html.matchAll(CITE_MARKER)].map((match) => splitSpaced(match[1]));
  if (sequence.length === 0) return html;
  const plan = planCitations(sequence);
  let place = 0;
  const body = html.replace(CITE_MARKER, (_marker, _ids: string, claim: string | undefined) => {
    const noteNumbers = plan.places[place] ?? [];
    place += 1;
    return renderPlace(place, noteNumbers, claim, options);
  });
  const { slug, labels } = options;
  // The list is collapsed by default: a reader opens it, or follows a citation
  // into it (the browser opens a <details> to show the note a link points to).
  // The heading stays outside the <summary>, which may hold no link.
  const show = fillTemplate(labels.show, { count: plan.notes.length }, 'content/ui/<lang>.json "notesShow"');
  const notes =
    `<div class="notes">` +
    `<h2 class="notes-title" id="notes-${slug}">${escapeHtml(labels.heading)}</h2>` +
    `<details class="notes-list"><summary class="notes-summary">${escapeHtml(show)}</summary>` +
    `<ol>${plan.notes.map((note) => renderNote(note, options)).join('')}</ol></details></div>`;
  return body + notes;
}
