/**
 * What the tests check pages against, read straight from content/ (not from
 * the build), so that a page that drops or garbles it fails. Plain file reads:
 * the tests run outside Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { formatNumber, monthNamesFor, toTraditional, type NumberScanOptions } from './site.ts';

const yaml = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

export interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
}

/** The chapters in reading order, from their front matter. */
export function chaptersFromContent(): ChapterInfo[] {
  return readdirSync('content/chapters')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(join('content/chapters', name), 'utf8');
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as ChapterInfo;
      return { slug: frontmatter.slug, title: frontmatter.title, order: frontmatter.order };
    })
    .sort((a, b) => a.order - b.order);
}

/** How many <Scrolly> the chapters hold: each must become a .scrolly on the story page. */
export function scrolliesInContent(): number {
  return readdirSync('content/chapters')
    .filter((name) => name.endsWith('.mdx'))
    .reduce((count, name) => count + (readFileSync(join('content/chapters', name), 'utf8').match(/<Scrolly\b/g) ?? []).length, 0);
}

export interface StoryInfo {
  headline: string;
  /** YYYY-MM-DD */
  published: string;
  /** YYYY-MM-DD */
  updated: string;
}

const isoDate = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

export function storyFromContent(): StoryInfo {
  const story = yaml<{ headline: string; published: string | Date; updated: string | Date }>('content/story.yaml');
  return { headline: story.headline, published: isoDate(story.published), updated: isoDate(story.updated) };
}

/** The interface words of an edition (content/ui/<lang>.json; 繁體 pages carry the 简体 words converted, so compare them folded to simplified). */
export function uiWords(lang: string = 'en'): Record<string, string> & { locale: string; numberWords: string[]; licenceUrl?: string } {
  const file = lang === 'en' ? 'content/ui/en.json' : 'content/ui/zh-hans.json';
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string> & { locale: string; numberWords: string[] };
}

export interface GlossaryInfo {
  id: string;
  term: string;
  definition: string;
}

/** The glossary of an edition (繁體 pages show the 简体 entries converted: compare through inPage). */
export function glossaryFromContent(lang: string = 'en'): GlossaryInfo[] {
  return yaml<GlossaryInfo[]>(lang === 'en' ? 'content/glossary.yaml' : 'content/zh-hans/glossary.yaml');
}

/** Content words as a page in `lang` shows them: 繁體 pages show the 简体 words converted. */
export function inPage(words: string, lang: string): string {
  return lang === 'zh-hant' ? toTraditional(words) : words;
}

/** The teacher's guide's activities (content/classroom.yaml). */
export function classroomActivities(): unknown[] {
  return yaml<{ activities?: unknown[] }>('content/classroom.yaml').activities ?? [];
}

/** The article's statements the story sets aside, with the reason (content/claims.yaml entries with set_aside). */
export function setAsideClaims(): { id: string; words: string; reason: string }[] {
  return yaml<{ id: string; words: string; set_aside?: string }[]>('content/claims.yaml')
    .filter((claim) => claim.set_aside)
    .map((claim) => ({ id: claim.id, words: claim.words, reason: claim.set_aside ?? '' }));
}

/** The corrections log, newest first (content/corrections.yaml). */
export function correctionsFromContent(): { date: string; text: string }[] {
  return yaml<{ date: string | Date; text: string }[]>('content/corrections.yaml').map((entry) => ({
    date: isoDate(entry.date),
    text: entry.text,
  }));
}

/** A chart's title as its words file gives it. */
export function chartTitle(chart: string): string {
  return yaml<{ title: string }>(`content/charts/${chart}.yaml`).title;
}

/** A content page's front matter (content/pages/<name>.mdx). */
export function pageFrontmatter(name: string): { title: string } {
  const source = readFileSync(`content/pages/${name}.mdx`, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { title: string };
}

export interface LedgerRow {
  id: string;
  value: string;
  unit: string;
  period_start: string;
  period_end: string;
  source_ids: string;
}

export function ledger(): LedgerRow[] {
  return csvParse(readFileSync('content/data/ledger.csv', 'utf8')) as unknown as LedgerRow[];
}

export interface RegistryRow {
  id: string;
  title: string;
  /** The original publisher's address, or empty when none was found. */
  url: string;
  /** A copy (mirror, archive, our own copy), or empty. */
  copy_url: string;
}

/** The sources registry (content/data/sources.csv). */
export function registry(): RegistryRow[] {
  return csvParse(readFileSync('content/data/sources.csv', 'utf8')).map((row) => ({ id: row.id ?? '', title: row.title ?? '', url: row.url ?? '', copy_url: row.copy_url ?? '' }));
}

/** Every outside address the registry holds: the only outside links the story may carry. */
export function registeredAddresses(): Set<string> {
  return new Set(registry().flatMap((row) => [row.url, row.copy_url].filter((address) => /^https?:/.test(address))));
}

/** The ids of the downloadable datasets: every CSV in content/data/. */
export function datasetIds(): string[] {
  return readdirSync('content/data')
    .filter((name) => name.endsWith('.csv'))
    .map((name) => name.replace(/\.csv$/, ''));
}

/** What the number scan accepts: ledger figures as the edition writes them, dates, and the allow-list. */
export function numberScanOptions(): NumberScanOptions {
  const { locale } = uiWords();
  const allow = yaml<Array<{ number: string }> | null>('content/number-allow-list.yaml') ?? [];
  return {
    monthNames: monthNamesFor(locale),
    figures: new Set(ledger().map((row) => formatNumber(Number(row.value), locale))),
    allow: new Set(allow.map((entry) => entry.number)),
  };
}
