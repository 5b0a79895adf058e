/**
 * The words of the Chinese share cards, read from the 简体 content files
 * (content/zh-hans/**, content/ui/zh-hans.json) and, for 繁體, converted
 * with opencc-js from mainland simplified to Taiwan traditional ('cn' → 'tw',
 * characters only), then the reviewed content/zh-hant/overrides.yaml applied,
 * longest key first.
 *
 * Interim: the i18n work brings the site's own language model (the words of
 * each page in each language, and the one 繁體 converter). When it lands, the
 * card routes take their words from it and this file goes; cardFor() stays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { formatDate } from '../../shared/dates';
import type { CardRequest } from './card-for';
import { CARD_LOCALES, type ChineseCardLanguage } from './card-languages';

/** Path prefixes of the Chinese editions, and the language each is written in. */
export const CHINESE_EDITIONS = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } as const satisfies Record<string, ChineseCardLanguage>;
export type ChineseEdition = keyof typeof CHINESE_EDITIONS;

const CONTENT = 'content/zh-hans';

function yamlFile(path: string): Record<string, unknown> {
  return parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function text(record: Record<string, unknown>, key: string, file: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${file}: "${key}" must be a non-empty string for the share cards.`);
  return value;
}

let toTraditional: ((simplified: string) => string) | undefined;

/** 简体 → 繁體 (Taiwan), with the reviewed overrides. */
export function traditional(simplified: string): string {
  if (!toTraditional) {
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const overrides = Object.entries(yamlFile('content/zh-hant/overrides.yaml') as Record<string, string>).sort(([a], [b]) => b.length - a.length);
    toTraditional = (words) => overrides.reduce((converted, [from, to]) => converted.replaceAll(from, to), convert(words));
  }
  return toTraditional(simplified);
}

interface ChineseCardWords {
  name: string;
  kicker: string;
  title: string;
  subtitle?: string;
  footer: string;
}

/** The 简体 words of every Chinese card, by card path under the edition ("cards/story.png"). */
function simplifiedCards(): ChineseCardWords[] {
  const ui = JSON.parse(readFileSync('content/ui/zh-hans.json', 'utf8')) as Record<string, unknown>;
  const siteName = text(ui, 'siteName', 'content/ui/zh-hans.json');
  const story = yamlFile(`${CONTENT}/story.yaml`);
  const headline = text(story, 'headline', `${CONTENT}/story.yaml`);
  const updated = String(story.updated instanceof Date ? story.updated.toISOString().slice(0, 10) : story.updated);
  const footer = `${siteName} · ${headline}`;
  const classroom = yamlFile(`${CONTENT}/classroom.yaml`);
  // "第{n}章" once the interface words have it; the site's name until then.
  const chapterNumber = typeof ui.chapterNumber === 'string' ? ui.chapterNumber : undefined;
  const chapters = readdirSync(`${CONTENT}/chapters`)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const path = `${CONTENT}/chapters/${file}`;
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '') as Record<string, unknown>;
      return {
        name: `cards/chapters/${text(front, 'slug', path)}.png`,
        kicker: chapterNumber ? chapterNumber.replace('{n}', String(front.order)) : siteName,
        title: text(front, 'title', path),
        subtitle: text(front, 'summary', path),
        footer,
      };
    });
  const charts = readdirSync(`${CONTENT}/charts`)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ name: `cards/charts/${file.replace(/\.yaml$/, '')}.png`, kicker: siteName, title: text(yamlFile(`${CONTENT}/charts/${file}`), 'title', `${CONTENT}/charts/${file}`), footer }));
  return [
    {
      name: 'cards/story.png',
      kicker: siteName,
      title: headline,
      subtitle: text(story, 'standfirst', `${CONTENT}/story.yaml`),
      footer: `${text(story, 'byline', `${CONTENT}/story.yaml`)} · ${formatDate(updated, CARD_LOCALES['zh-Hans'])}`,
    },
    { name: 'cards/glossary.png', kicker: siteName, title: text(ui, 'glossary', 'content/ui/zh-hans.json'), subtitle: text(ui, 'glossaryIntro', 'content/ui/zh-hans.json'), footer },
    { name: 'cards/classroom.png', kicker: siteName, title: text(classroom, 'title', `${CONTENT}/classroom.yaml`), subtitle: text(classroom, 'description', `${CONTENT}/classroom.yaml`), footer },
    ...chapters,
    ...charts,
  ];
}

/**
 * Every Chinese card of an edition, ready for cardFor(), named by its path
 * under the site ("zh-hant/cards/chapters/britain.png"). The chart cards show
 * the chart's title only until the charts can be drawn with Chinese labels.
 */
export function chineseCards(edition: ChineseEdition): CardRequest[] {
  const lang = CHINESE_EDITIONS[edition];
  const words = lang === 'zh-Hant' ? traditional : (simplified: string) => simplified;
  return simplifiedCards().map((card) => ({
    name: `${edition}/${card.name}`,
    lang,
    kicker: words(card.kicker),
    title: words(card.title),
    ...(card.subtitle ? { subtitle: words(card.subtitle) } : {}),
    footer: words(card.footer),
  }));
}
