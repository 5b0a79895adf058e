/**
 * Groups a chapter's blocks into parts: one per section (a section heading and
 * the blocks under it), so the browser can skip the style and layout of the
 * parts far from the reader (`content-visibility: auto`, story-parts.css).
 * The one-page story is many screens tall on a phone; without parts, the
 * phone lays out all of it while the page loads.
 *
 * Works on the chapter's finished HTML, like heading-anchors.ts: Astro's MDX
 * processor runs no rehype plugins. parse5 (the HTML standard's parser) finds
 * where each top-level block starts and ends; the wrappers are spliced in at
 * those offsets, so every byte of the chapter's own markup stays as it was.
 */
import { parseFragment } from 'parse5';

/** The class of a part's wrapper element; story-parts.css styles it. */
export const STORY_PART_CLASS = 'story-part';

/**
 * Every element that skips layout until the reader nears it: the parts, and
 * the text of each source note (story-parts.css). A chapter's notes are folded
 * away until the reader opens them (trust/source-notes.ts), so only an open
 * list's notes count: a closed list has nothing laid out, near or far.
 */
export const PARTS_SELECTOR = `.${STORY_PART_CLASS}, .chapter details[open] .note-text`;

/** The heading that opens a section in a chapter's MDX (the story later demotes it to h3). */
const SECTION_HEADING = 'h2';

interface Block {
  start: number;
  end: number;
  /** Opens a new part. */
  opensSection: boolean;
  /** Stays outside every part. */
  standalone: boolean;
}

function classesOf(node: { attrs?: { name: string; value: string }[] }): string[] {
  return (node.attrs?.find((attribute) => attribute.name === 'class')?.value ?? '').split(/\s+/);
}

/**
 * The chapter's top-level blocks in order. A scrolly chart stands alone: its
 * sticky graphic and step tracking keep their own layout. So do the source
 * notes, which story-parts.css skips note by note.
 */
function topLevelBlocks(html: string): Block[] {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const blocks: Block[] = [];
  for (const node of fragment.childNodes) {
    const location = node.sourceCodeLocation;
    if (!location || !('tagName' in node)) continue;
    const classes = classesOf(node);
    blocks.push({
      start: location.startOffset,
      end: location.endOffset,
      opensSection: node.tagName === SECTION_HEADING,
      standalone: (node.tagName === 'figure' && classes.includes('scrolly')) || classes.includes('notes'),
    });
  }
  return blocks;
}

/** The chapter's HTML with each run of blocks, from one section heading to the next, wrapped in a part. */
export function groupIntoParts(html: string): string {
  const runs: { start: number; end: number }[] = [];
  let run: { start: number; end: number } | undefined;
  for (const block of topLevelBlocks(html)) {
    if (block.standalone || (block.opensSection && run)) run = undefined;
    if (block.standalone) continue;
    if (run) run.end = block.end;
    else runs.push((run = { start: block.start, end: block.end }));
  }
  let grouped = '';
  let at = 0;
  for (const { start, end } of runs) {
    grouped += `${html.slice(at, start)}<div class="${STORY_PART_CLASS}">${html.slice(start, end)}</div>`;
    at = end;
  }
  return grouped + html.slice(at);
}
