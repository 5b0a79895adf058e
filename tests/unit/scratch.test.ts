import { it } from 'vitest';
import { render } from 'svelte/server';
import { writeFileSync, readFileSync } from 'node:fs';
import { buildPersuaded } from '../../src/charts/persuaded-to-return/build';
import C from '../../src/charts/persuaded-to-return/PersuadedToReturn.svelte';

it('dumps', () => {
  const built = buildPersuaded();
  const css = readFileSync('src/styles/tokens.css', 'utf8') + readFileSync('src/charts/charts.css', 'utf8');
  let html = `<style>${css} body{margin:0;background:var(--color-bg)} .w{display:flex;flex-wrap:wrap;gap:10px} .w>div{width:360px;border:1px solid #ccc}</style><div class=w>`;
  for (const state of ['window', 'announcements', 'scale'] as const) {
    html += '<div>' + render(C, { props: { view: built.view, state, id: 'x-' + state } }).body + '</div>';
  }
  writeFileSync('/tmp/ttest/c3.html', html + '</div>');
  console.log(JSON.stringify(built.view).length, built.view.height, built.takeaway, built.view.alt, built.tables[0].rows);
});
