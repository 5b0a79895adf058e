/**
 * Content collections. Chapters live in content/chapters/*.mdx (outside src/ so
 * editors and translators never touch code). Front matter is checked against
 * chapterSchema; the loader reports the file and field of any mistake.
 */
import { defineCollection } from 'astro:content';
import { chapterLoader } from './data/chapter-loader';
import { chapterSchema } from './lib/chapter-schema';

const chapters = defineCollection({
  loader: chapterLoader('content/chapters'),
  schema: chapterSchema,
});

export const collections = { chapters };
