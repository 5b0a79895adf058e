/** /pictures/<chart>/<state>.svg: one state of a chart as a file (src/charts/figure/picture-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isChartId, isStateOf } from '../../../charts/registry';
import { allPictures, pictureFile } from '../../../charts/figure/picture-files';

export const getStaticPaths = (() => allPictures().map((params) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { chart = '', state = '' } = params;
  if (!isChartId(chart) || !isStateOf(chart, state)) throw new Error(`No picture for the chart "${chart}" in the state "${state}".`);
  return new Response(pictureFile(chart, state), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
