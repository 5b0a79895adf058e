/**
 * /data/<dataset>.json: the same data with typed values (numbers as numbers,
 * source ids as lists) and its data note, licence and links.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset, getDatasets } from '../../downloads/datasets';
import { uiFor } from '../../shared/ui';
import { datasetJson } from '../../downloads/dataset-json';

export const getStaticPaths = (() => getDatasets().map((dataset) => ({ params: { dataset: dataset.id } }))) satisfies GetStaticPaths;

// One download per dataset, in every language's page: its note in English, beside the English column names (the Chinese data pages translate the notes).
const ui = uiFor('en');

export const GET: APIRoute = ({ params, site }) => {
  const dataset = getDataset(params.dataset ?? '');
  const base = import.meta.env.BASE_URL;
  const at = (path: string) => (site ? new URL(`${base}${path}`, site).href : `${base}${path}`);
  const body = datasetJson({
    ...dataset,
    licence: { name: ui.licenceName, url: ui.licenceUrl, credit: ui.licenceCredit },
    links: { note: at(`data/#${dataset.id}`), csv: at(`data/${dataset.id}.csv`), sources: at('sources/') },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
