/**
 * The site's other pages (content/pages/*.mdx): method, sources, data. Each
 * must exist; the method page's citations and figures are checked like a
 * chapter's.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../shared/validation-error';
import type { EvidencePage } from '../trust/checks/evidence';

export type PageId = 'method' | 'sources' | 'data';

export async function getPage(id: PageId): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new ContentError(`content/pages/${id}.mdx is missing: the /${id}/ page is built from it.`);
  return entry;
}

/** The method page as a citing page (its notes are numbered like a chapter's). */
export async function methodEvidencePage(): Promise<EvidencePage> {
  const entry = await getPage('method');
  return { slug: 'method', file: entry.filePath ?? 'content/pages/method.mdx' };
}
