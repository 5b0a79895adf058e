/**
 * /data/<dataset>.csv: each data file exactly as stored in content/data/,
 * at an address that never changes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset, getDatasets } from '../../downloads/datasets';

export const getStaticPaths = (() => getDatasets().map((dataset) => ({ params: { dataset: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(getDataset(params.dataset ?? '').csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
