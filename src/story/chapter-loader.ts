/**
 * The glob loader for chapters, with two additions: the entry id is the
 * chapter's own `slug` (so addresses survive file renames), and a chapter whose
 * front matter is wrong stops the build with the file and field named, before
 * Astro's generic schema error.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { chapterSchema } from './chapter-schema';
import { parseOrThrow } from '../shared/validation-error';

export function chapterLoader(base: string): Loader {
  return glob({
    pattern: '**/*.mdx',
    base: `./${base}`,
    generateId: ({ entry, data }) => {
      const file = `${base}/${entry}`;
      const frontmatter = parseOrThrow(chapterSchema, data, { file });
      return frontmatter.slug;
    },
  });
}
