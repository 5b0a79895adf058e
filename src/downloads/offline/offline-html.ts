/**
 * The offline edition of a language: its built story page made into one
 * self-contained HTML file that opens from a disk and fetches nothing.
 *
 * What the file keeps: every word of the story, every chart state (each
 * step's picture, inline SVG), the source notes, the stylesheets (inline,
 * with the presentation made for readers without JavaScript switched on:
 * offline-css.ts), the serif's core font (a data: URL) and the favicon.
 * What it leaves out, and why, is SITE_ONLY below; how its links are
 * rewritten is offline-links.ts. A short note at the top says what the file
 * is, when it was saved and where the live story is. A policy in the file
 * forbids every request; a last check fails the build if anything in the
 * file would still make one.
 */
import { z } from 'zod';
import { formatDate } from '../../shared/dates.ts';
import { escapeHtml } from '../../shared/html.ts';
import { fillTemplate } from '../../shared/text-template.ts';
import { parseOrThrow } from '../../shared/validation-error.ts';
import { all, insertAt, isWordless, neighbourText, one, parseElements, parsePage, remove, serializePage, text, unwrap, type Document, type Element } from './dom.ts';
import { offlineCss, type InlineFont } from './offline-css.ts';
import { linkFate, type LinkContext } from './offline-links.ts';
import { dataUrl, documentIds, inlinePictures } from './offline-pictures.ts';
import { Text } from 'domhandler';

/** The file's policy: no request of any kind; its own inline styles, and data: images and fonts. */
export const OFFLINE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** Parts of a story page that need a served site or JavaScript, left out of the offline file. */
export const SITE_ONLY: readonly { selector: string; why: string }[] = [
  { selector: 'script, template', why: 'the file runs no code (JSON-LD is for search engines reading the live page)' },
  { selector: 'link', why: 'stylesheets are inline already; preloads, the icon and canonical links would be requests or name the site' },
  { selector: 'meta[http-equiv="content-security-policy" i]', why: 'the file carries its own policy (OFFLINE_CSP)' },
  { selector: 'meta[property], meta[name^="twitter:"]', why: 'share-card details are for the live page' },
  { selector: '.scrolly-frame', why: 'the pinned chart follows the steps with JavaScript; without it each step shows its own picture' },
  { selector: '[data-embed-panel]', why: 'embed code hands out addresses on the site' },
  { selector: '[data-copy-link], [data-copy-status]', why: 'copy-link controls hand out the page address, and a file on a disk has none worth passing on' },
  { selector: '[hidden]:not([hidden="until-found"])', why: 'only scripts show these (copy buttons)' },
  { selector: '[data-offline-download]', why: 'links to the offline files themselves: the reader holds one' },
];

/** Left out too when the build knows no site address. */
export const SITE_ONLY_WITHOUT_ADDRESS: readonly { selector: string; why: string }[] = [
  { selector: 'details:has([data-site-path])', why: 'Cite this completes its addresses from the address the page is served from, which a file on a disk does not have' },
  { selector: '.chart-download', why: 'the data files are files of the site: with no address to reach them by, the line would be a label with nothing after it' },
];

/** The words of the note at the top of the file, from content/ui/<lang>.json. */
export const offlineWordsSchema = z.object({
  locale: z.string().min(2),
  offlineNoteTitle: z.string().min(2),
  offlineNoteText: z.string().includes('{date}'),
  offlineNoteLive: z.string().includes('{site}'),
});
export type OfflineWords = z.infer<typeof offlineWordsSchema>;

export function offlineWords(ui: unknown, file: string): OfflineWords {
  return parseOrThrow(offlineWordsSchema, ui, { file });
}

export interface OfflinePage {
  /** The built story page. */
  html: string;
  /** Its path relative to the base: "" or "zh-hans/". */
  page: string;
  /** The site's base path, starting and ending with "/". */
  base: string;
  /** The site's address (SITE_URL), if the build knows it. */
  site: string | undefined;
  redirects?: Readonly<Record<string, string>>;
  /** A file of the build by its address on the page ("/favicon.svg"); undefined if there is none. */
  read: (address: string) => Buffer | undefined;
  words: OfflineWords;
  /** The day the file is made, YYYY-MM-DD. */
  saved: string;
  /** The stylesheet of the note at the top (OFFLINE_NOTE_CSS_FILE). */
  noteCss: string;
  /** The font files written in, by the address of the page's file they stand for (preloadedFonts); faces of other files are left out. */
  fonts: ReadonlyMap<string, readonly InlineFont[]>;
}

/** The font files a story page preloads (its core): the ones the offline file writes in. */
export function preloadedFonts(html: string): string[] {
  return all('link[rel="preload"][as="font"]', parsePage(html)).map((link) => link.attribs.href ?? '');
}

/** The note's stylesheet, read by the build. */
export const OFFLINE_NOTE_CSS_FILE = 'src/downloads/offline/offline-note.css';

/** Removes what matches, returning how many went. */
function removeAll(document: Document, selector: string): number {
  const found = all(selector, document);
  found.forEach(remove);
  return found.length;
}

/** A link that cannot work in the file: out with its words when it stands alone (a control, a list of links), else its words stay. */
function dropLink(link: Element): void {
  if (!isWordless(neighbourText(link))) {
    unwrap(link);
    return;
  }
  let node: Element | null = link;
  // Then any element it leaves holding no words and nothing drawn (" · ", an empty <nav>).
  for (let parent: Element | null = link.parent as Element | null; parent && parent.name !== 'body' && parent.type === 'tag'; parent = parent.parent as Element | null) {
    const rest = parent.children.filter((child) => child !== node);
    const holdsSomething = rest.some((child) => child.type === 'tag' && (!isWordless(text(child)) || all('svg, img, input, button, select, textarea', child).length > 0 || ['svg', 'img', 'input', 'button'].includes(child.name)));
    const words = rest.filter((child) => child.type === 'text').map(text).join('');
    if (holdsSomething || !isWordless(words)) break;
    node = parent;
  }
  remove(node);
}

function rewriteLinks(document: Document, context: Omit<LinkContext, 'ids'>): void {
  const ids = documentIds(document);
  for (const link of all('a[href]', document)) {
    const fate = linkFate(link.attribs.href ?? '', { ...context, ids });
    if (fate.kind === 'rewrite') link.attribs.href = fate.href;
    if (fate.kind === 'drop') dropLink(link);
  }
}

function noteHtml(input: OfflinePage, liveAddress: string | undefined): string {
  const { words } = input;
  const where = 'content/ui (offlineNote)';
  const saved = fillTemplate(escapeHtml(words.offlineNoteText), { date: escapeHtml(formatDate(input.saved, words.locale)) }, where);
  const live = liveAddress ? `<p>${fillTemplate(escapeHtml(words.offlineNoteLive), { site: `<a href="${escapeHtml(liveAddress)}">${escapeHtml(liveAddress)}</a>` }, where)}</p>` : '';
  return `<aside class="offline-note" aria-label="${escapeHtml(words.offlineNoteTitle)}"><p><strong>${escapeHtml(words.offlineNoteTitle)}</strong> ${saved}</p>${live}</aside>`;
}

/** Elements that would fetch, frame or run something; none may be left. */
const FORBIDDEN = 'script, iframe, frame, object, embed, video, audio, source, track, form, base, astro-island, link:not([rel="icon"])';
const ADDRESS_ATTRIBUTES = ['src', 'href', 'xlink:href', 'srcset', 'poster', 'action', 'formaction', 'data', 'background', 'ping', 'manifest'];

/** Everything in the file that would make a request or lead nowhere: the build stops on any. */
export function requestProblems(document: Document): string[] {
  const problems: string[] = [];
  const ids = documentIds(document);
  for (const element of all(FORBIDDEN, document)) problems.push(`<${element.name}> element`);
  for (const element of all('*', document)) {
    for (const name of ADDRESS_ATTRIBUTES) {
      const value = element.attribs[name];
      if (value === undefined) continue;
      const isFragment = value.startsWith('#');
      if (isFragment && value.length > 1 && !ids.has(decodeURIComponent(value.slice(1)))) problems.push(`<${element.name} ${name}="${value}">: no such id in the file`);
      else if (isFragment) continue;
      else if (element.name === 'a' && name === 'href' && /^(https?:|mailto:|tel:)/i.test(value)) continue;
      else if (value.startsWith('data:') && (name === 'src' || (element.name === 'link' && name === 'href'))) continue;
      else problems.push(`<${element.name} ${name}="${value.slice(0, 80)}">`);
    }
    const style = element.attribs.style;
    if (style && /url\(\s*['"]?(?!data:|#)/i.test(style)) problems.push(`<${element.name} style="${style.slice(0, 80)}">`);
  }
  for (const style of all('style', document)) {
    for (const match of text(style).matchAll(/url\(\s*['"]?(?!data:|#)([^)'"]*)/gi)) problems.push(`url(${match[1]}) in a stylesheet`);
    if (/@import/i.test(text(style))) problems.push('@import in a stylesheet');
  }
  return problems;
}

/** The offline file's HTML. */
export function offlineHtml(input: OfflinePage): string {
  const document = parsePage(input.html);
  const head = one('head', document);
  const body = one('body', document);
  if (!head || !body) throw new Error('offline file: the story page has no <head> or <body>.');

  // Read from the page before its links go: its icon.
  const icon = one('link[rel~="icon"]', document)?.attribs.href;

  for (const part of [...SITE_ONLY, ...(input.site ? [] : SITE_ONLY_WITHOUT_ADDRESS)]) removeAll(document, part.selector);
  for (const noscript of all('noscript', document)) unwrap(noscript);

  const fileDataUrl = (address: string) => {
    const bytes = input.read(address);
    return bytes ? dataUrl(address, bytes) : undefined;
  };
  const iconData = icon ? fileDataUrl(icon) : undefined;
  const headParts = [
    `<meta http-equiv="content-security-policy" content="${OFFLINE_CSP}">`,
    '<meta name="robots" content="noindex">',
    iconData ? `<link rel="icon" href="${iconData}">` : '',
    `<style>${input.noteCss}</style>`,
  ].join('');
  const charset = one('meta[charset]', head);
  insertAt(head, charset ? head.children.indexOf(charset) + 1 : 0, parseElements(headParts, head));

  inlinePictures(document, { read: input.read });
  for (const style of all('style', document)) {
    const css = offlineCss(text(style), { fonts: input.fonts, dataUrl: fileDataUrl, where: `/${input.page} <style>` });
    style.children = [];
    insertAt(style, 0, [new Text(css)]);
  }

  const liveAddress = input.site ? new URL(`${input.base}${input.page}`, input.site).href : undefined;
  rewriteLinks(document, { base: input.base, site: input.site, page: input.page, redirects: input.redirects });
  // The note goes in after the links are rewritten: its link to the live story must stay an address on the site.
  const skipLink = one('body > .skip-link', document);
  insertAt(body, skipLink ? body.children.indexOf(skipLink) + 1 : 0, parseElements(noteHtml(input, liveAddress)));

  const problems = requestProblems(document);
  if (problems.length > 0) throw new Error(`offline file of /${input.page}: these would make a request or lead nowhere:\n  ${[...new Set(problems)].join('\n  ')}`);
  return serializePage(document);
}
