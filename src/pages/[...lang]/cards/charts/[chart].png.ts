/** Share card for each chart, drawn at build in each language: /cards/charts/<chart-id>.png (the embed pages' card), /zh-hans/cards/charts/… */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, isChartId } from '../../../../charts/registry';
import { chartCardWithDrawing } from '../../../../sharing/cards/page-cards';
import { cardFor } from '../../../../sharing/cards/card-for';
import { LANGUAGES, langParam, language, type Lang } from '../../../../i18n/languages';

export const getStaticPaths = (() => LANGUAGES.flatMap(({ id }) => CHART_IDS.map((chart) => ({ params: { lang: langParam(id), chart }, props: { lang: id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ params, props }) => {
  const chart = params.chart ?? '';
  if (!isChartId(chart)) throw new Error(`No chart with id "${chart}" for its share card.`);
  const spec = chartCardWithDrawing(chart, props.lang);
  const png = await cardFor({ ...spec, name: spec.path, lang: language(props.lang).tag });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
