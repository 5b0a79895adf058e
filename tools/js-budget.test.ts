import { describe, expect, it } from 'vitest';
import { htmlElements } from '../src/security/html-document';
import { gzipSize, importsOf, inlineScripts, scriptClosure, scriptsFetchedByParser, scriptsNamedIn } from './js-budget';

describe('the JavaScript budget measure', () => {
  it('finds the scripts a page names, islands included', () => {
    const elements = htmlElements(
      '<!doctype html><head><script type="module" src="/_astro/page.js"></script><link rel="modulepreload" href="/_astro/chunk.js"><script>self.x=1</script><script type="application/ld+json">{}</script></head>' +
        '<body><astro-island component-url="/_astro/Map.js" renderer-url="/_astro/client.js"></astro-island></body>',
    );
    expect(scriptsNamedIn(elements)).toEqual(['/_astro/page.js', '/_astro/chunk.js', '/_astro/Map.js', '/_astro/client.js']);
    expect(inlineScripts(elements)).toEqual(['self.x=1']);
  });

  it('tells the files the HTML parser fetches from the code islands fetch later', () => {
    const elements = htmlElements(
      '<!doctype html><head><link rel="preload" href="/_astro/font.woff2" as="font"><link rel="preload" href="/_astro/early.js" as="script"><script type="module">self.y=1</script></head>' +
        '<body><astro-island component-url="/_astro/Map.js" renderer-url="/_astro/client.js"></astro-island><script type="module" src="/_astro/late.js"></script></body>',
    );
    expect(scriptsFetchedByParser(elements)).toEqual(['/_astro/early.js', '/_astro/late.js']);
    expect(scriptsFetchedByParser(htmlElements('<!doctype html><body><astro-island component-url="/_astro/Map.js"></astro-island><script>self.z=1</script></body>'))).toEqual([]);
  });

  it('reads static and dynamic imports from minified bundles', () => {
    expect(importsOf('import{a as b}from"./chunk.A1.js";import"./side.js";const m=()=>import("./lazy.B2.js");import x from "../up.mjs"')).toEqual([
      './chunk.A1.js',
      './side.js',
      './lazy.B2.js',
      '../up.mjs',
    ]);
    expect(importsOf('const s = "from ./not-a-module.js"; import("https://cdn.example.com/x.js")')).toEqual([]);
  });

  it('follows imports through the build, once per file, and reports files that are not there', () => {
    const files: Record<string, string> = {
      '_astro/page.js': 'import"./a.js";import("./b.js")',
      '_astro/a.js': 'import"./b.js"',
      '_astro/b.js': 'import"./a.js";import"./gone.js"',
    };
    expect(scriptClosure(['_astro/page.js'], (file) => files[file])).toEqual({ files: ['_astro/a.js', '_astro/b.js', '_astro/page.js'], missing: ['_astro/gone.js'] });
  });

  it('gives the same gzip size every time, and smaller for repetitive code', () => {
    const code = 'function f(){return 1}\n'.repeat(200);
    expect(gzipSize(code)).toBe(gzipSize(code));
    expect(gzipSize(code)).toBeLessThan(code.length / 10);
  });
});
