/**
 * What "Cite this" cites: the story as a whole, or one chapter of it, with
 * the canonical address each has on the public site (root-relative when the
 * build has no site address; the page completes it when it runs).
 */
import type { CitedWork } from './reference-styles';
import { handedOutUrl } from '../../shared/site-address';
import type { Chapter } from '../../story/chapters';
import { loadStory } from '../../story/masthead';
import { ui } from '../../shared/ui';

function siteAddress(path: string): string {
  return handedOutUrl(path, import.meta.env.SITE || undefined, import.meta.env.BASE_URL);
}

export function storyWork(): CitedWork {
  const story = loadStory();
  return { title: story.headline, author: story.byline, site: ui.siteName, published: story.updated, url: siteAddress(''), key: 'story' };
}

export function chapterWork(chapter: Chapter): CitedWork {
  return { ...storyWork(), title: chapter.title, partOf: loadStory().headline, url: siteAddress(`chapters/${chapter.slug}/`), key: chapter.slug };
}
