/** Share card for each chart, drawn at build: /cards/charts/<chart-id>.png (the embed pages' card). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, isChartId } from '../../../charts/registry';
import { chartCard } from '../../../sharing/cards/page-cards';
import { cardFor } from '../../../sharing/cards/card-for';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = params.chart ?? '';
  if (!isChartId(chart)) throw new Error(`No chart with id "${chart}" for its share card.`);
  const spec = chartCard(chart);
  const png = await cardFor({ ...spec, name: spec.path, lang: 'en' });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
