/**
 * What the end-to-end tests need to know about the built site: its pages
 * (read from dist/, so new pages are covered automatically) and the chapters
 * as the content files define them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const DIST = 'dist';

/** Every HTML page of the build as a path relative to the base, e.g. "chapters/x/". */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      // A redirect page (an old address, astro.config.mjs's redirects) is not a page to check: it leaves at once.
      else if (name === 'index.html' && !readFileSync(path, 'utf8').includes('http-equiv="refresh"')) pages.push(relative(DIST, dir).split('\\').join('/'));
    }
  };
  walk(DIST);
  return pages.map((page) => (page === '' ? '' : `${page}/`)).sort();
}

export interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
}

export function chaptersFromContent(): ChapterInfo[] {
  return readdirSync('content/chapters')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(join('content/chapters', name), 'utf8');
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as ChapterInfo;
      return { slug: frontmatter.slug, title: frontmatter.title, order: frontmatter.order };
    })
    .sort((a, b) => a.order - b.order);
}
