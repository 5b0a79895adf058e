/**
 * Which share card each page uses, and what the card says, in the page's
 * language. The PNG files are drawn at build by the endpoints under
 * src/pages/[...lang]/cards/ (cardFor): /cards/…, /zh-hans/cards/…,
 * /zh-hant/cards/…. 繁體 cards are made from the 简体 words with the same
 * converter as the 繁體 pages (src/i18n/traditional.ts).
 */
import type { Chapter } from '../../story/chapters';
import { buildChart } from '../../charts/build';
import type { ChartId } from '../../charts/registry';
import { chartSvgMarkup } from './chart-svg';
import { getClassroom } from '../../classroom/guide';
import { formatDate } from '../../shared/dates';
import { loadStory } from '../../story/masthead';
import { uiFor } from '../../shared/ui';
import { fillTemplate } from '../../shared/text-template';
import { SOURCE_LANG, isConverted, localPath, type Lang } from '../../i18n/languages';
import { toTraditional, traditionalHtml } from '../../i18n/traditional';

export interface CardSpec {
  /** Path of the PNG under the site's base, e.g. "cards/story.png" or "zh-hans/cards/story.png". */
  path: string;
  kicker: string;
  title: string;
  subtitle?: string | undefined;
  footer: string;
  /** Text alternative for the image in share metadata. */
  alt: string;
  /** A chart's SVG drawn beside the text (per-chart cards). */
  svg?: string | undefined;
}

/** A card in the page's language: its path under the language's prefix, its words 繁體 for zh-hant. */
function inLanguage(spec: CardSpec, lang: Lang): CardSpec {
  const path = localPath(spec.path, lang);
  if (!isConverted(lang)) return { ...spec, path };
  const words = (text: string) => toTraditional(text);
  return {
    path,
    kicker: words(spec.kicker),
    title: words(spec.title),
    subtitle: spec.subtitle === undefined ? undefined : words(spec.subtitle),
    footer: words(spec.footer),
    alt: words(spec.alt),
    svg: spec.svg === undefined ? undefined : traditionalHtml(spec.svg),
  };
}

function alt(kicker: string, title: string, lang: Lang): string {
  return `${kicker}${uiFor(lang).colon}${title}`;
}

export function storyCard(lang: Lang = SOURCE_LANG): CardSpec {
  const story = loadStory(lang);
  const ui = uiFor(lang);
  return inLanguage(
    {
      path: 'cards/story.png',
      kicker: ui.siteName,
      title: story.headline,
      subtitle: story.standfirst,
      footer: `${story.byline} · ${formatDate(story.updated, ui.locale)}`,
      alt: alt(ui.siteName, story.headline, lang),
    },
    lang,
  );
}

export function chapterCard(chapter: Chapter, lang: Lang = SOURCE_LANG): CardSpec {
  const ui = uiFor(lang);
  const kicker = fillTemplate(ui.chapterNumber, { n: chapter.order }, 'content/ui, chapterNumber');
  return inLanguage(
    {
      path: `cards/chapters/${chapter.slug}.png`,
      kicker,
      title: chapter.title,
      subtitle: chapter.summary,
      footer: `${ui.siteName} · ${loadStory(lang).headline}`,
      alt: alt(kicker, chapter.title, lang),
    },
    lang,
  );
}

/** Names of the pages outside the story that have their own card. */
export const PAGE_CARD_NAMES = ['glossary', 'classroom'] as const;
export type PageCardName = (typeof PAGE_CARD_NAMES)[number];

export async function pageCard(name: PageCardName, lang: Lang = SOURCE_LANG): Promise<CardSpec> {
  const story = loadStory(lang);
  const ui = uiFor(lang);
  const { title, subtitle } =
    name === 'glossary' ? { title: ui.glossary, subtitle: ui.glossaryIntro } : await getClassroom(lang).then((guide) => ({ title: guide.title, subtitle: guide.description }));
  return inLanguage(
    {
      path: `cards/${name}.png`,
      kicker: ui.siteName,
      title,
      subtitle,
      footer: `${ui.siteName} · ${story.headline}`,
      alt: alt(ui.siteName, title, lang),
    },
    lang,
  );
}

/** Where a chart's card image lives, under the language's prefix. */
export function chartCardPath(chart: ChartId, lang: Lang = SOURCE_LANG): string {
  return localPath(`cards/charts/${chart}.png`, lang);
}

function chartCardWith(chart: ChartId, lang: Lang, svg: string | undefined): CardSpec {
  const built = buildChart(chart, lang);
  const ui = uiFor(lang);
  return inLanguage(
    {
      path: `cards/charts/${chart}.png`,
      kicker: ui.siteName,
      title: built.title,
      footer: `${ui.siteName} · ${loadStory(lang).headline}`,
      alt: alt(ui.siteName, built.title, lang),
      svg,
    },
    lang,
  );
}

/** A chart's card as a page's metadata names it: address, words and alt text (no drawing: the page never draws it). */
export function chartCard(chart: ChartId, lang: Lang = SOURCE_LANG): CardSpec {
  return chartCardWith(chart, lang, undefined);
}

/** A chart's card for its image: the title beside the chart in its most informative state. */
export function chartCardWithDrawing(chart: ChartId, lang: Lang = SOURCE_LANG): CardSpec {
  return chartCardWith(chart, lang, chartSvgMarkup(chart, undefined, undefined, lang));
}
