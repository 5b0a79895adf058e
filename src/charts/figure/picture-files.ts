/**
 * Each state of each chart as an SVG file of its own, /pictures/<chart>/<state>.svg:
 * what a step shows beside its text when JavaScript is off and in print. As
 * files, not inline, they cost the story page nothing for the readers who
 * never see them: the page names them in <img loading="lazy"> inside a box
 * that is not displayed while scripts run, so the browser fetches them only
 * for a reader without JavaScript (who loads them at once) or for printing.
 *
 * A file carries the chart's own stylesheet (no motion, no state switching)
 * and the design tokens, light and dark, so it looks as the chart does on
 * the page in either scheme; words are set with typographic quotes as the
 * page's are. Server-side only.
 */
import { readFileSync } from 'node:fs';
import { CHARTS, type ChartId } from '../registry';
import { buildChart } from '../build';
import { statePicture } from './state-pictures';
import { oneStateCss } from '../../sharing/cards/chart-svg';
import { typesetHtml } from '../../shared/typography';
import { LANGUAGES, SOURCE_LANG, langParam, type Lang } from '../../i18n/languages';

const CHARTS_CSS = 'src/charts/charts.css';
const TOKENS_CSS = 'src/styles/tokens.css';

/** Where a picture lives under the site's base, e.g. "pictures/stations-map/europe.svg". */
export function picturePath(chart: string, state: string): string {
  return `pictures/${chart}/${state}.svg`;
}

/** The tokens (light, and dark where the reader asks for it) as rules for the picture's own root. */
function tokenRules(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/:root/g, 'svg')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The picture file's text: one state of the chart, labelled by nothing (the page gives the words), with its styles. */
export function pictureFile(chart: ChartId, state: string, lang: Lang = SOURCE_LANG): string {
  const picture = statePicture(chart, state, `${chart}-${state}`, lang);
  const styles = `${tokenRules(readFileSync(TOKENS_CSS, 'utf8'))} ${oneStateCss(readFileSync(CHARTS_CSS, 'utf8'))}`;
  const svg = picture.replace(/^<svg([^>]*)>/, `<svg xmlns="http://www.w3.org/2000/svg"$1><style>${styles}</style>`);
  return typesetHtml(svg);
}

/** Every chart's every state in every language (the pictures hold words), for the build's list of files. */
export function allPictures(): { lang: string | undefined; chart: ChartId; state: string }[] {
  return LANGUAGES.flatMap((language) =>
    (Object.keys(CHARTS) as ChartId[]).flatMap((chart) => (CHARTS[chart].states as readonly string[]).map((state) => ({ lang: langParam(language.id), chart, state }))),
  );
}

/** The drawing's size, for the <img>'s width and height (so nothing moves when it loads). */
export function pictureSize(chart: ChartId): { width: number; height: number } {
  const { width, height } = buildChart(chart).view;
  return { width, height };
}
