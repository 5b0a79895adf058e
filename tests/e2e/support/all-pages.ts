/**
 * Every HTML page of the build as the address to open, relative to the base:
 * the pages builtPages() finds (folders with an index.html) plus top-level
 * files such as 404.html, which static hosts also serve.
 */
import { readdirSync } from 'node:fs';
import { builtPages, DIST } from './site';

export function allPages(): string[] {
  const files = readdirSync(DIST).filter((name) => name.endsWith('.html') && name !== 'index.html');
  return [...builtPages(), ...files].sort();
}

/** A readable test-title form of a page address: "/" or "/chapters/x/". */
export function label(path: string): string {
  return `/${path}`;
}
