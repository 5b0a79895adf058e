/**
 * Runs the Nu Html Checker (npm `vnu-jar`, needs Java 11 or later) over every
 * HTML page of a build and fails on any error, naming file, line and column.
 *
 *   node tools/validate-html.ts [folder]      (default: dist)
 *
 * Warnings are printed but do not fail, except that the checker's CSP
 * warnings are only counted: it cannot match 'self' for files on disk or
 * check hashes, so it flags every stylesheet. The browser test that serves
 * the site with its real headers (tests/e2e/gates/security.spec.ts) is the
 * judge of the policy.
 *
 * The checker's CSS messages are left out too. Stylesheets are inlined into
 * each page, and its CSS validator predates properties every browser now
 * ships (vector-effect, paint-order, @property, scroll-driven animations, min() in
 * max-width), so it reports them as errors. Stylesheets as files were never
 * checked (--skip-non-html); this keeps the gate about HTML.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const folder = process.argv[2] ?? 'dist';
const pages = readdirSync(folder, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
if (pages === 0) {
  console.error(`validate-html: no HTML pages in ${folder}/. Build first.`);
  process.exit(1);
}
const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error || (run.status !== 0 && !run.stderr.trim().startsWith('{'))) {
  console.error(`validate-html: could not run the Nu Html Checker (is Java installed?): ${run.error?.message ?? run.stderr}`);
  process.exit(1);
}
// vnu writes its JSON report to stderr.
const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;

const where = (message: VnuMessage) => {
  const file = message.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(message.url)) : (message.url ?? folder);
  return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? message.lastColumn ?? 0}`;
};
const describe = (message: VnuMessage) => `  ${where(message)}: ${message.message}${message.extract ? `\n      ${message.extract.replace(/\s+/g, ' ').trim()}` : ''}`;

const isCss = (message: VnuMessage) => message.message.startsWith('CSS: ');
const cssMessages = messages.filter(isCss).length;
const errors = messages.filter((message) => message.type !== 'info' && !isCss(message));
const warnings = messages.filter((message) => message.type === 'info' && message.subType === 'warning' && !isCss(message));
const cspWarnings = warnings.filter((message) => /Content Security Policy/.test(message.message));
const otherWarnings = warnings.filter((message) => !cspWarnings.includes(message));

if (otherWarnings.length > 0) console.log(`validate-html: ${otherWarnings.length} warning(s):\n${otherWarnings.map(describe).join('\n')}`);
if (errors.length > 0) {
  console.error(`validate-html: ${errors.length} error(s) in ${folder}/:\n${errors.map(describe).join('\n')}`);
  process.exit(1);
}
console.log(`validate-html: ${pages} pages in ${folder}/: 0 errors, ${otherWarnings.length} warnings (${cspWarnings.length} CSP notes the checker cannot judge on files, ${cssMessages} CSS messages left out).`);
