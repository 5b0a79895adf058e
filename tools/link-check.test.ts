import { describe, expect, it } from 'vitest';
import { htmlElements } from '../src/security/html-document';
import { type BuiltSite, checkLinks, cssUrls, servedPath } from './link-check';

/** A tiny built site: pages given as HTML, other files by name. */
function site(base: string, pages: Record<string, string>, otherFiles: string[] = [], styles: Record<string, string> = {}): BuiltSite {
  return {
    site: 'https://news.example.org',
    base,
    files: new Set([...Object.keys(pages), ...otherFiles, ...Object.keys(styles)]),
    pages: new Map(Object.entries(pages).map(([file, html]) => [file, htmlElements(html)])),
    pageText: new Map(Object.entries(pages)),
    styles: new Map(Object.entries(styles)),
  };
}

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('the link check', () => {
  it('accepts links, assets and anchors that resolve', () => {
    const built = site(
      '/',
      {
        'index.html': page('<h2 id="why">Why</h2><a href="#why">why</a><a href="chapters/a/#who">a</a><img src="/cards/a.png" alt="">', '<link rel="stylesheet" href="/_astro/x.css">'),
        'chapters/a/index.html': page('<h2 id="who">Who</h2><a href="../../">home</a><a href="https://example.com/elsewhere">source</a>'),
        '404.html': page('<a href="/">home</a>'),
      },
      ['cards/a.png', '_astro/x.css'],
    );
    expect(checkLinks(built)).toEqual([]);
  });

  it('reports missing files, missing anchors and missing trailing slashes with file and line', () => {
    const built = site('/', {
      'index.html': page('<a href="/nope/">x</a>\n<a href="#missing">y</a>\n<a href="/chapters/a">z</a>'),
      'chapters/a/index.html': page('<p>a</p>'),
    });
    expect(checkLinks(built).map((problem) => `${problem.line} ${problem.reference}: ${problem.problem}`)).toEqual([
      '1 /nope/: no page nope/index.html in the build',
      '2 #missing: no element with id="missing" on /',
      '3 /chapters/a: missing trailing slash (the page is /chapters/a/)',
    ]);
  });

  it('catches root-relative addresses that forget the base path, and share-card addresses', () => {
    const built = site(
      '/overseas-110/',
      {
        'index.html': page(
          '<a href="/chapters/a/">a</a><a href="/overseas-110/chapters/a/">a</a><p>Embed: &lt;iframe src=&quot;https://news.example.org/embed/map/&quot;&gt;</p>',
          '<meta property="og:image" content="https://news.example.org/overseas-110/cards/story.png">',
        ),
        'chapters/a/index.html': page('<p>a</p>'),
      },
      ['cards/story.png'],
    );
    expect(checkLinks(built).map((problem) => `${problem.reference}: ${problem.problem}`)).toEqual([
      "/chapters/a/: points outside the site's base path /overseas-110/",
      "https://news.example.org/embed/map/: points outside the site's base path /overseas-110/",
    ]);
  });

  it('reads addresses written in citation text up to the closing brace or bracket', () => {
    const built = site('/', {
      'index.html': page('<pre><code>url = {https://news.example.org/chapters/a/}</code></pre><p>[https://news.example.org/chapters/b/]</p>'),
      'chapters/a/index.html': page(''),
    });
    expect(checkLinks(built).map((problem) => problem.reference)).toEqual(['https://news.example.org/chapters/b/']);
  });

  it('forbids resources from other hosts and javascript: links, but allows links out', () => {
    const built = site('/', {
      'index.html': page(
        '<a href="https://example.com/">ok</a><img src="https://cdn.example.com/a.png" alt=""><a href="javascript:void(0)">x</a>',
        '<link rel="stylesheet" href="https://fonts.example.com/a.css">',
      ),
    });
    expect(checkLinks(built).map((problem) => problem.problem)).toEqual([
      'loads a resource from another host (fonts.example.com); the site must fetch nothing from elsewhere',
      'loads a resource from another host (cdn.example.com); the site must fetch nothing from elsewhere',
      'javascript: addresses are inline script, which the CSP forbids',
    ]);
  });

  it('checks island scripts and url() in stylesheets', () => {
    const built = site(
      '/',
      { 'index.html': page('<astro-island component-url="/_astro/Chart.js" renderer-url="/_astro/client.js"></astro-island>') },
      ['_astro/client.js'],
      { '_astro/site.css': '@font-face{src:url(/_astro/font.woff2) format("woff2")}' },
    );
    expect(checkLinks(built).map((problem) => `${problem.file} ${problem.reference}`)).toEqual(['index.html /_astro/Chart.js', '_astro/site.css /_astro/font.woff2']);
  });

  it('insists on root-relative addresses in 404.html, which is served at any address', () => {
    const built = site('/', { '404.html': page('<a href="chapters/a/">a</a>'), 'chapters/a/index.html': page('') });
    expect(checkLinks(built)[0]?.problem).toMatch(/404\.html is served at any address/);
  });
});

describe('link-check helpers', () => {
  it('finds url() references in CSS', () => {
    expect(cssUrls(`a{background:url("a.png")} b{src:url( 'b.woff2' ) , url(c.woff)}`)).toEqual(['a.png', 'b.woff2', 'c.woff']);
  });

  it('maps built files to the addresses they are served at', () => {
    expect(servedPath('/x/', 'index.html')).toBe('/x/');
    expect(servedPath('/x/', 'chapters/a/index.html')).toBe('/x/chapters/a/');
    expect(servedPath('/', '404.html')).toBe('/404.html');
  });
});
