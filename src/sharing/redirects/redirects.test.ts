/**
 * Chapters merged in issue 23 keep their addresses: each old chapter page
 * redirects to the chapter, and the section, that now holds its material.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import config from '../../../astro.config.mjs';
import { redirectPageHtml } from './redirect-pages';

const chapters = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const source = readFileSync(`content/chapters/${name}`, 'utf8');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { slug: string };
    return { slug: front.slug, ids: new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])) };
  });
const redirects = Object.entries(config.redirects ?? {}).map(([from, to]) => ({ from, to: typeof to === 'string' ? to : to.destination }));

describe('redirects for merged chapters', () => {
  it('cover the three chapters that were merged', () => {
    expect(redirects.map((redirect) => redirect.from).sort()).toEqual(['/chapters/finn-lau/', '/chapters/how-do-they-work/', '/chapters/who-says-so/']);
  });

  it('start from a slug no chapter uses, and lead to a chapter and a section that exist', () => {
    for (const { from, to } of redirects) {
      const oldSlug = /^\/chapters\/([^/]+)\/$/.exec(from)?.[1];
      expect(chapters.some((chapter) => chapter.slug === oldSlug), from).toBe(false);
      const [, slug, id] = /^\/chapters\/([^/]+)\/#(.+)$/.exec(to) ?? [];
      const chapter = chapters.find((candidate) => candidate.slug === slug);
      expect(chapter, to).toBeDefined();
      expect(chapter?.ids.has(id ?? ''), to).toBe(true);
    }
  });

  it('write a complete page with a standard refresh and a visible link', () => {
    const html = redirectPageHtml('/overseas-110/chapters/britain/#finn-lau', { lang: 'en', title: 'Moved', text: 'Go to the chapter' }, 'https://x.example/overseas-110/chapters/britain/#finn-lau');
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/overseas-110/chapters/britain/#finn-lau">');
    expect(html).toContain('<a href="/overseas-110/chapters/britain/#finn-lau">Go to the chapter</a>');
    expect(html).toContain('<link rel="canonical" href="https://x.example/overseas-110/chapters/britain/#finn-lau">');
  });

  it('name no canonical address when the build has no site address', () => {
    expect(redirectPageHtml('/chapters/britain/#finn-lau', { lang: 'en', title: 'Moved', text: 'Go' })).not.toContain('canonical');
  });
});
