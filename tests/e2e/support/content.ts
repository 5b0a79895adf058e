/**
 * Content the sharing tests check pages against, read straight from content/
 * (not from the build), so a page that drops or garbles it fails.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface StoryInfo {
  headline: string;
  published: string;
}

export function storyFromContent(): StoryInfo {
  const story = parse(readFileSync('content/story.yaml', 'utf8')) as { headline: string; published: string | Date };
  const published = story.published instanceof Date ? story.published.toISOString().slice(0, 10) : story.published;
  return { headline: story.headline, published };
}

export function uiWords(): Record<string, string> {
  return JSON.parse(readFileSync('content/ui/en.json', 'utf8')) as Record<string, string>;
}

export interface GlossaryInfo {
  id: string;
  term: string;
  definition: string;
}

export function glossaryFromContent(): GlossaryInfo[] {
  return parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryInfo[];
}
