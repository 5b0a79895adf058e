/**
 * Content collections. Chapters live in content/chapters/*.mdx (outside src/ so
 * editors and translators never touch code). Front matter is checked against
 * chapterSchema; the loader reports the file and field of any mistake.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterLoader } from './story/chapter-loader';
import { chapterSchema } from './story/chapter-schema';
import { pageSchema } from './story/site-page-schema';

const chapters = defineCollection({
  loader: chapterLoader('content/chapters'),
  schema: chapterSchema,
});

// The site's other pages (method, sources, data): their words, in content/pages/*.mdx.
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { chapters, pages };
