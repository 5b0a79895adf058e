/**
 * What "Cite this" cites: the story as a whole, or one chapter of it, with
 * the canonical address each has on the public site (root-relative when the
 * build has no site address; the page completes it when it runs).
 */
import type { CitedWork } from './reference-styles';
import { handedOutUrl } from '../../shared/site-address';
import type { Chapter } from '../../story/chapters';
import { loadStory } from '../../story/masthead';
import { uiFor } from '../../shared/ui';
import { SOURCE_LANG, localPath, type Lang } from '../../i18n/languages';

function siteAddress(path: string): string {
  return handedOutUrl(path, import.meta.env.SITE || undefined, import.meta.env.BASE_URL);
}

export function storyWork(lang: Lang = SOURCE_LANG): CitedWork {
  const story = loadStory(lang);
  return { title: story.headline, author: story.byline, site: uiFor(lang).siteName, published: story.updated, url: siteAddress(localPath('', lang)), key: 'story' };
}

export function chapterWork(chapter: Chapter, lang: Lang = SOURCE_LANG): CitedWork {
  return { ...storyWork(lang), title: chapter.title, partOf: loadStory(lang).headline, url: siteAddress(localPath(`chapters/${chapter.slug}/`, lang)), key: chapter.slug };
}
