/**
 * Link check over a built site, without a network: every link, asset, card
 * image and embed address into the site resolves to a file of the build, and
 * every #fragment to an id on its page; nothing loads from another host. It
 * also checks that `_headers` rules sit under the base path.
 *
 *   node tools/check-links.ts [folder]      (default: dist)
 *
 * The site and base come from astro.config.mjs, so set the same SITE_URL and
 * BASE_PATH as for the build. Exits with status 1 and a list of problems.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import config from '../astro.config.mjs';
import { parseHeadersFile } from './headers-file.ts';
import { htmlElements } from '../src/security/html-document.ts';
import { checkLinks, formatLinkProblems } from './link-check.ts';

const folder = process.argv[2] ?? 'dist';
const site = config.site ?? 'http://localhost';
const base = (config.base ?? '/').endsWith('/') ? (config.base ?? '/') : `${config.base}/`;

const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1).split('\\').join('/'));

const pages = new Map<string, ReturnType<typeof htmlElements>>();
const pageText = new Map<string, string>();
const styles = new Map<string, string>();
for (const file of files) {
  if (file.endsWith('.html')) {
    const text = await readFile(join(folder, file), 'utf8');
    pageText.set(file, text);
    pages.set(file, htmlElements(text));
  } else if (file.endsWith('.css')) {
    styles.set(file, await readFile(join(folder, file), 'utf8'));
  }
}
if (pages.size === 0) {
  console.error(`check-links: no HTML pages in ${folder}/. Build first.`);
  process.exit(1);
}

const problems = checkLinks({ site, base, files: new Set(files), pages, pageText, styles });
if (files.includes('_headers')) {
  for (const rule of parseHeadersFile(await readFile(join(folder, '_headers'), 'utf8'))) {
    if (!rule.pattern.startsWith(base)) problems.push({ file: '_headers', line: 0, reference: rule.pattern, problem: `rule is outside the base path ${base}` });
  }
}

const references = [...pages.values()].reduce((sum, elements) => sum + elements.length, 0);
if (problems.length > 0) {
  console.error(`check-links: ${problems.length} broken address(es) in ${folder}/ (base ${base}):\n${formatLinkProblems(problems)}`);
  process.exit(1);
}
console.log(`check-links: ${folder}/ (base ${base}): ${pages.size} pages, ${styles.size} stylesheets, ${files.length} files, ${references} elements checked; 0 broken links or anchors.`);
