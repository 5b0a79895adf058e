/**
 * The site's other pages (content/pages/*.mdx): method, sources, data. Each
 * must exist, in every language with words of its own, and a translation
 * mirrors its English page element by element; the method page's citations
 * and figures are checked like a chapter's.
 */
import { readFileSync } from 'node:fs';
import { getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../shared/validation-error';
import type { EvidencePage } from '../trust/checks/evidence';
import { SOURCE_LANG, wordsOf, type Lang } from '../i18n/languages';
import { pageCollection } from '../i18n/collections';
import { translatedFile } from '../i18n/content-files';
import { assertMdxMirrors } from '../i18n/mdx-mirror';

export type PageId = 'method' | 'sources' | 'data';

const checked = new Set<string>();

export async function getPage(id: PageId, lang: Lang = SOURCE_LANG): Promise<CollectionEntry<'pages' | 'zhHansPages'>> {
  const englishFile = `content/pages/${id}.mdx`;
  const file = translatedFile(englishFile, lang);
  const entry = await getEntry(pageCollection(lang), id);
  if (!entry) throw new ContentError(`${file} is missing: the /${id}/ page is built from it.`);
  if (wordsOf(lang) !== SOURCE_LANG && !checked.has(file)) {
    assertMdxMirrors({ file: englishFile, source: readFileSync(englishFile, 'utf8') }, { file, source: readFileSync(file, 'utf8') });
    checked.add(file);
  }
  return entry;
}

/** The method page as a citing page (its notes are numbered like a chapter's). */
export async function methodEvidencePage(lang: Lang = SOURCE_LANG): Promise<EvidencePage> {
  const entry = await getPage('method', lang);
  return { slug: 'method', file: entry.filePath ?? translatedFile('content/pages/method.mdx', lang) };
}
