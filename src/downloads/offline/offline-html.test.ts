import { describe, expect, it } from 'vitest';
import { offlineHtml, preloadedFonts, type OfflinePage } from './offline-html';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>.x{}</style><circle class="mark" cx="5" cy="5" r="2"/></svg>';
const files: Record<string, string> = { '/pictures/map/europe.svg': svg, '/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' };

const story = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'">
<link rel="preload" href="/_astro/core.woff2" as="font" type="font/woff2" crossorigin><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/">
<style>@media (scripting: none) { .step-picture { display: block } } img { width: 100% }</style>
<script type="module" src="/_astro/island.js"></script></head>
<body><a class="skip-link" href="#main">Skip</a><main id="main"><h1>Story</h1>
<section class="chapter" id="britain"><h2 id="finn-lau">Finn Lau</h2><p>See <a href="/glossary/#term">the glossary</a> and <a href="/chapters/britain/">the chapter</a>.</p>
<div class="scrolly-frame"><astro-island><svg id="pinned"></svg></astro-island></div>
<div class="scrolly-step" id="map-step-europe" data-scrolly-step data-state="europe"><div class="step-picture" data-chart-state="europe"><img src="/pictures/map/europe.svg" alt="" loading="lazy"></div></div>
<p class="chart-download"><span>Download the data (CSV)</span><a href="/data/stations.csv" download>stations.csv</a></p>
<noscript><p id="no-js">Without scripts</p></noscript></section></main>
<footer><a href="/offline/overseas-110-en.html" download data-offline-download>Offline copy</a></footer></body></html>`;

const words = { locale: 'en-GB', offlineNoteTitle: 'Offline edition.', offlineNoteText: 'Saved on {date}.', offlineNoteLive: 'Live at {site}' };
const input = (overrides: Partial<OfflinePage> = {}): OfflinePage => ({
  html: story,
  page: '',
  base: '/',
  site: undefined,
  read: (address) => (files[address] === undefined ? undefined : Buffer.from(files[address])),
  words,
  saved: '2026-12-07',
  noteCss: '.offline-note{}',
  fonts: new Map([['/_astro/core.woff2', [{ weight: 400, url: 'data:font/woff2;base64,NDAw' }]]]),
  ...overrides,
});

describe('offlineHtml', () => {
  const html = offlineHtml(input());

  it('runs nothing and links to no file: scripts, the pinned chart and its island, preloads and the canonical link go', () => {
    expect(html).not.toMatch(/<script|astro-island|id="pinned"|rel="preload"|rel="canonical"/);
  });

  it('forbids every request in its own policy, in place of the page’s', () => {
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).not.toContain(`content="default-src 'self'"`);
  });

  it('draws each step’s picture inline, marked with its state, and writes the icon in', () => {
    expect(html).toMatch(/<div class="step-picture" data-chart-state="europe"><svg [^>]*data-offline-picture="\/pictures\/map\/europe.svg"[^>]*><circle class="mark"/);
    expect(html).not.toContain('<img');
    expect(html).toContain('<link rel="icon" href="data:image/svg+xml;base64,');
  });

  it('shows what readers without JavaScript see', () => {
    expect(html).toContain('<p id="no-js">Without scripts</p>');
    expect(html).not.toContain('scripting');
  });

  it('says at the top what the file is and when it was saved', () => {
    expect(html).toMatch(/<a class="skip-link"[^>]*>Skip<\/a><aside class="offline-note"[^>]*><p><strong>Offline edition.<\/strong> Saved on 7 December 2026.<\/p><\/aside>/);
  });

  it('with no site address: pages of the site keep their words without the link, and data downloads and its own download links go', () => {
    expect(html).toContain('See the glossary and <a href="#britain">the chapter</a>.');
    expect(html).not.toMatch(/Download the data|Offline copy/);
  });

  it('with a site address: pages and files of the site are linked on the live site, and the note says where it is', () => {
    const live = offlineHtml(input({ site: 'https://news.example.org' }));
    expect(live).toContain('<a href="https://news.example.org/glossary/#term">the glossary</a>');
    expect(live).toContain('<a href="https://news.example.org/data/stations.csv" download="">stations.csv</a>');
    expect(live).toContain('Live at <a href="https://news.example.org/">https://news.example.org/</a>');
  });

  it('stops the build when something would still be fetched', () => {
    expect(() => offlineHtml(input({ html: story.replace('<h1>', '<img src="https://cdn.example/x.png" alt=""><h1>') }))).toThrow(/not a file of the build/);
    expect(() => offlineHtml(input({ html: story.replace('<h1>', '<video src="/v.mp4"></video><h1>') }))).toThrow(/<video> element/);
  });
});

describe('preloadedFonts', () => {
  it('names the font files the page preloads', () => {
    expect(preloadedFonts(story)).toEqual(['/_astro/core.woff2']);
  });
});
