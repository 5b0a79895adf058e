/**
 * Reads the section headings out of a chapter's MDX source. Headings are
 * written as `<h2 id="stable-id">Question?</h2>` so that their addresses never
 * change when the wording does; a Markdown `##` heading, a heading without an
 * id, or an id used twice is a content error naming the file.
 */
import { stableId } from '../shared/stable-id';
import { ContentError } from '../shared/validation-error';

export interface SectionHeading {
  level: 2 | 3;
  id: string;
  text: string;
}

const JSX_HEADING = /<h([23])((?:\s+[a-zA-Z-]+="[^"]*")*)\s*>([\s\S]*?)<\/h\1>/g;
const MARKDOWN_HEADING = /^#{1,6}\s+(.+)$/m;
const ID_ATTRIBUTE = /\sid="([^"]*)"/;

/** Plain text of a heading's inner MDX (tags and components removed). */
function plainText(inner: string): string {
  return inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** Strips fenced code and MDX comments so examples inside them are not read as headings. */
function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```/g, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

export function extractHeadings(body: string, file: string): SectionHeading[] {
  const source = withoutCode(body);
  const markdownHeading = MARKDOWN_HEADING.exec(source);
  if (markdownHeading) {
    throw new ContentError(
      `${file}: the Markdown heading "${markdownHeading[0].trim()}" has no stable id. ` +
        `Write it as <h2 id="a-stable-id">…</h2> (or h3).`,
    );
  }
  const headings: SectionHeading[] = [];
  for (const match of source.matchAll(JSX_HEADING)) {
    const [, level, attributes = '', inner = ''] = match;
    const text = plainText(inner);
    const id = ID_ATTRIBUTE.exec(attributes)?.[1];
    if (!id) throw new ContentError(`${file}: the heading "${text}" has no id attribute.`);
    const valid = stableId.safeParse(id);
    if (!valid.success) {
      throw new ContentError(`${file}: the heading id "${id}" ${valid.error.issues[0]?.message ?? 'is invalid'}.`);
    }
    headings.push({ level: level === '2' ? 2 : 3, id, text });
  }
  return headings;
}

/** Fails on any id (chapter slug, heading or step) used twice across the whole story. */
export function assertUniqueIds(owners: ReadonlyArray<{ id: string; file: string }>): void {
  const seen = new Map<string, string>();
  for (const { id, file } of owners) {
    const first = seen.get(id);
    if (first) throw new ContentError(`${file}: the id "${id}" is already used in ${first}. Ids must be unique across the story.`);
    seen.set(id, file);
  }
}
