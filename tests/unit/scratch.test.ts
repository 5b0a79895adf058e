import { it } from 'vitest';
import { render } from 'svelte/server';
import { writeFileSync, readFileSync } from 'node:fs';
import { buildStationsByContinent } from '../../src/charts/stations-by-continent/build';
import C from '../../src/charts/stations-by-continent/StationsByContinent.svelte';

it('dumps', () => {
  const built = buildStationsByContinent();
  const css = readFileSync('src/styles/tokens.css', 'utf8') + readFileSync('src/charts/charts.css', 'utf8');
  let html = `<style>${css} body{margin:0;background:var(--color-bg)} .w{display:flex;flex-wrap:wrap;gap:10px} .w>div{width:360px;border:1px solid #ccc}</style><div class=w>`;
  for (const state of ['units', 'continents', 'europe-countries', 'december'] as const) {
    html += '<div>' + render(C, { props: { view: built.view, state, id: 'x-' + state } }).body + '</div>';
  }
  writeFileSync('/tmp/ttest/c1.html', html + '</div>');
  console.log(JSON.stringify(built.view).length, built.view.height, built.takeaway, built.notes, built.view.alt);
});
