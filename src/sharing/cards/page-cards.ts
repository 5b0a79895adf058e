/**
 * Which share card each page uses, and what the card says. The PNG files are
 * drawn at build by the endpoints under src/pages/cards/.
 */
import type { Chapter } from '../../story/chapters';
import { buildChart } from '../../charts/build';
import type { ChartId } from '../../charts/registry';
import { chartSvgMarkup } from './chart-svg';
import { getClassroom } from '../../classroom/guide';
import { formatDate } from '../../shared/dates';
import { loadStory } from '../../story/masthead';
import { ui } from '../../shared/ui';

export interface CardSpec {
  /** Path of the PNG under the site's base, e.g. "cards/story.png". */
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

function alt(kicker: string, title: string): string {
  return `${kicker}: ${title}`;
}

export function storyCard(): CardSpec {
  const story = loadStory();
  return {
    path: 'cards/story.png',
    kicker: ui.siteName,
    title: story.headline,
    subtitle: story.standfirst,
    footer: `${story.byline} · ${formatDate(story.updated)}`,
    alt: alt(ui.siteName, story.headline),
  };
}

export function chapterCard(chapter: Chapter): CardSpec {
  const kicker = `${ui.chapter} ${chapter.order}`;
  return {
    path: `cards/chapters/${chapter.slug}.png`,
    kicker,
    title: chapter.title,
    subtitle: chapter.summary,
    footer: `${ui.siteName} · ${loadStory().headline}`,
    alt: alt(kicker, chapter.title),
  };
}

/** Names of the pages outside the story that have their own card. */
export const PAGE_CARD_NAMES = ['glossary', 'classroom'] as const;
export type PageCardName = (typeof PAGE_CARD_NAMES)[number];

export async function pageCard(name: PageCardName): Promise<CardSpec> {
  const story = loadStory();
  const { title, subtitle } =
    name === 'glossary' ? { title: ui.glossary, subtitle: ui.glossaryIntro } : await getClassroom().then((guide) => ({ title: guide.title, subtitle: guide.description }));
  return {
    path: `cards/${name}.png`,
    kicker: ui.siteName,
    title,
    subtitle,
    footer: `${ui.siteName} · ${story.headline}`,
    alt: alt(ui.siteName, title),
  };
}

/** A chart's card: its title and the chart in its most informative state. */
export function chartCardPath(chart: ChartId): string {
  return `cards/charts/${chart}.png`;
}

export function chartCard(chart: ChartId): CardSpec {
  const built = buildChart(chart);
  return {
    path: chartCardPath(chart),
    kicker: ui.siteName,
    title: built.title,
    footer: `${ui.siteName} · ${loadStory().headline}`,
    alt: alt(ui.siteName, built.title),
    svg: chartSvgMarkup(chart),
  };
}
