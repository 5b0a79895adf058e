/**
 * A chart's SVG as a standalone string, for a given state: what share cards
 * (1200×630 images) and other non-page uses draw. The chart's stylesheet is
 * embedded with the light-theme colours written in, since a standalone SVG
 * has neither the page's CSS nor its custom properties. The state is written
 * in (charts/figure/one-state.ts): marks hidden in it are removed, dimmed ones get the
 * is-dim class, and moving ones the transform they have in it. Server-side only.
 */
import { SOURCE_LANG, type Lang } from '../../i18n/languages';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import ChartView from '../../charts/ChartView.svelte';
import { buildChart } from '../../charts/build';
import { CHARTS, isStateOf, type ChartId } from '../../charts/registry';
import { stateIndex } from '../../charts/drawing/state-looks';
import { atState } from '../../charts/figure/one-state';

const CHARTS_CSS = 'src/charts/charts.css';
const TOKENS_CSS = 'src/styles/tokens.css';

/** Custom properties of the light theme (the first :root block of tokens.css). */
export function lightTokens(css: string): Map<string, string> {
  const root = /:root\s*\{([\s\S]*?)\}/.exec(css)?.[1] ?? '';
  return new Map([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value.trim()]));
}

/** The CSS without every block that starts with `prelude` (an at-rule's), nested blocks and all. */
function withoutBlocks(css: string, prelude: string): string {
  let result = css;
  for (let start = result.indexOf(prelude); start >= 0; start = result.indexOf(prelude, start)) {
    let depth = 0;
    let end = result.indexOf('{', start);
    for (; end < result.length; end += 1) {
      if (result[end] === '{') depth += 1;
      if (result[end] === '}' && --depth === 0) break;
    }
    result = result.slice(0, start) + result.slice(end + 1);
  }
  return result;
}

/**
 * The chart stylesheet without what a drawing in one state never needs:
 * comments, motion, and the rules that switch states on a page. The type
 * steps of wide drawings (@container) stay: a picture drawn at its page's
 * size (charts/figure/picture-files.ts) steps its type as the page does.
 */
export function oneStateCss(css: string): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(?:\[data-state-index=|@property --at-)[^{]*\{[^}]*\}/g, '');
  const withoutMotion = withoutBlocks(withoutComments, '@media (prefers-reduced-motion: no-preference)');
  return `${withoutMotion.replace(/\s+/g, ' ').trim()} .is-off{display:none}`;
}

/**
 * Writes var(--x) out as its value; drops rules only needed for motion, for
 * switching states on a page, or for type that steps down in a wide drawing
 * (a card draws the chart at one size).
 */
export function standaloneCss(css: string, tokens: ReadonlyMap<string, string>): string {
  const oneSize = withoutBlocks(oneStateCss(css), '@container').replace(/\s+/g, ' ');
  return oneSize.replace(/var\((--[\w-]+)\)/g, (match, name: string) => tokens.get(name) ?? match);
}

export function chartSvgMarkup(chart: ChartId, state: string = CHARTS[chart].staticState, id = `${chart}-card`, lang: Lang = SOURCE_LANG): string {
  if (!isStateOf(chart, state)) throw new Error(`chartSvgMarkup: "${state}" is not a state of the chart "${chart}".`);
  const { body } = render(ChartView, { props: { view: buildChart(chart, lang).view, state, titled: true, id } });
  const svg = /<svg[\s\S]*<\/svg>/.exec(body)?.[0];
  if (!svg) throw new Error(`chartSvgMarkup: the chart "${chart}" rendered no SVG.`);
  const clean = atState(svg.replace(/<!--[\s\S]*?-->/g, ''), stateIndex(CHARTS[chart].states, state));
  // Read from the project (like every content file), so the same stylesheet the page uses is embedded.
  const css = standaloneCss(readFileSync(CHARTS_CSS, 'utf8'), lightTokens(readFileSync(TOKENS_CSS, 'utf8')));
  return clean.replace(/^<svg([^>]*)>/, `<svg xmlns="http://www.w3.org/2000/svg"$1><style>${css}</style>`);
}
