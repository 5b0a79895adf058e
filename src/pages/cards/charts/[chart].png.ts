/** Share card for each chart, drawn at build: /cards/charts/<chart-id>.png (the embed pages' card). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, isChartId } from '../../../charts/registry';
import { cardFonts } from '../../../sharing/cards/card-fonts';
import { chartCard } from '../../../sharing/cards/page-cards';
import { renderCard } from '../../../sharing/cards/card-image';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = params.chart ?? '';
  if (!isChartId(chart)) throw new Error(`No chart with id "${chart}" for its share card.`);
  const png = await renderCard(chartCard(chart), cardFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
