/**
 * The site's page templates, and one page of each for the browser gates.
 * The gates (axe, reflow, keyboard, motion, security at run time) check how a
 * template behaves; nine chapter pages or four embeds share one template, so
 * one of each is enough. The dist tests read every page, and one of them fails
 * when a built page fits no template here, so a new kind of page cannot go
 * ungated.
 */
import { chaptersFromContent } from './content.ts';
import { CHART_IDS, splitLangPath } from './site.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Template {
  name: string;
  /** Whether a page address (relative to the base) is built from this template. */
  matches: (address: string) => boolean;
  /** The page the gates open for this template. */
  representative: string;
}

/** The first chapter (in reading order) that holds a scrolly chart, so the chapter gates meet one. */
function chapterWithChart(): string {
  const withChart = readdirSync('content/chapters')
    .filter((name) => name.endsWith('.mdx') && /<Scrolly\b/.test(readFileSync(join('content/chapters', name), 'utf8')))
    .map((name) => /^slug:\s*"?([^"\n]+)"?$/m.exec(readFileSync(join('content/chapters', name), 'utf8'))?.[1]);
  const chapter = chaptersFromContent().find((candidate) => withChart.includes(candidate.slug)) ?? chaptersFromContent()[0];
  if (!chapter) throw new Error('no chapters in content/chapters');
  return `chapters/${chapter.slug}/`;
}

export const TEMPLATES: Template[] = [
  { name: 'story', matches: (a) => a === '', representative: '' },
  { name: 'chapter', matches: (a) => /^chapters\/[^/]+\/$/.test(a), representative: chapterWithChart() },
  { name: 'classroom', matches: (a) => a === 'classroom/', representative: 'classroom/' },
  { name: 'glossary', matches: (a) => a === 'glossary/', representative: 'glossary/' },
  { name: 'sources', matches: (a) => a === 'sources/', representative: 'sources/' },
  { name: 'article', matches: (a) => a === 'sources/article/', representative: 'sources/article/' },
  { name: 'method', matches: (a) => a === 'method/', representative: 'method/' },
  { name: 'data', matches: (a) => a === 'data/', representative: 'data/' },
  { name: 'embed', matches: (a) => /^embed\/[^/]+\/$/.test(a), representative: `embed/${CHART_IDS[0]}/` },
  { name: '404', matches: (a) => a === '404.html', representative: '404.html' },
];

/** One page of each template, in the order above. */
export const REPRESENTATIVES = TEMPLATES.map((template) => ({ template: template.name, path: template.representative }));

/**
 * The templates a page address fits (exactly one for every built page). The
 * Chinese editions are the same templates under a language prefix
 * (/zh-hans/…, /zh-hant/…): the address is matched without it.
 */
export function templatesOf(address: string): string[] {
  const { path } = splitLangPath(address);
  return TEMPLATES.filter((template) => template.matches(path)).map((template) => template.name);
}

/**
 * Chinese pages the accessibility gate (axe) opens too, at one width: the
 * story in 简体 and a chapter with a chart in 繁體 (the templates are shared,
 * but the words, quotes' translation marks and lang attributes are not).
 */
export const LANGUAGE_GATE_PAGES = [
  { template: 'story (简体)', path: 'zh-hans/' },
  { template: 'chapter (繁體)', path: `zh-hant/${chapterWithChart()}` },
];
