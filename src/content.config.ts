/**
 * Content collections. Chapters live in content/chapters/*.mdx (outside src/ so
 * editors and translators never touch code). Front matter is checked against
 * chapterSchema; the loader reports the file and field of any mistake. Each
 * language with words of its own has its chapters and pages under
 * content/<lang>/ (src/i18n/collections.ts names the collections).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterLoader } from './story/chapter-loader';
import { chapterSchema } from './story/chapter-schema';
import { pageSchema } from './story/site-page-schema';

const chaptersIn = (folder: string) => defineCollection({ loader: chapterLoader(folder), schema: chapterSchema });
// The site's other pages (method, sources, data): their words, in content/pages/*.mdx.
const pagesIn = (folder: string) => defineCollection({ loader: glob({ pattern: '*.mdx', base: `./${folder}` }), schema: pageSchema });

export const collections = {
  chapters: chaptersIn('content/chapters'),
  pages: pagesIn('content/pages'),
  zhHansChapters: chaptersIn('content/zh-hans/chapters'),
  zhHansPages: pagesIn('content/zh-hans/pages'),
};
