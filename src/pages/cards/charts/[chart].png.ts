/** Share card for each chart, drawn at build: /cards/charts/<chart-id>.png (the embed pages' card). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, isChartId } from '../../../charts/registry';
import { cardFonts } from '../../../data/card-fonts';
import { chartCard } from '../../../data/share-cards';
import { renderCard } from '../../../lib/share-card';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = params.chart ?? '';
  if (!isChartId(chart)) throw new Error(`No chart with id "${chart}" for its share card.`);
  const png = await renderCard(chartCard(chart), cardFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
