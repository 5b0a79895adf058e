/** /pictures/<chart>/<state>.svg (and /zh-hans/…, /zh-hant/…): one state of a chart as a file, in the page's language (src/charts/figure/picture-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isChartId, isStateOf } from '../../../../charts/registry';
import { allPictures, pictureFile } from '../../../../charts/figure/picture-files';
import { langOfUrl } from '../../../../i18n/languages';

export const getStaticPaths = (() => allPictures().map((params) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, url }) => {
  const { chart = '', state = '' } = params;
  if (!isChartId(chart) || !isStateOf(chart, state)) throw new Error(`No picture for the chart "${chart}" in the state "${state}".`);
  return new Response(pictureFile(chart, state, langOfUrl(url, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
