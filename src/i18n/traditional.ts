/**
 * 繁體 from 简体, at build: opencc-js converts characters (from 'cn' to
 * 'tw', the Taiwan standard: characters and variant forms only, never 'twp',
 * whose word swaps would rewrite verbatim quotes), then the reviewed overrides
 * in content/zh-hant/overrides.yaml put terms and names into Taiwan usage,
 * and quotation marks become 「」 (『』 inside), as Taiwan's punctuation
 * standard writes them.
 *
 * On a page, text marked with another language (`lang="en"`, a 简体 source
 * title, the switcher's language names) is left as written; the words of a
 * quoted Chinese original (`data-verbatim`) get characters and quotation
 * marks only, no overrides, so they stay the speaker's words.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { z } from 'zod';
import { applyEdits, attributeEdit, childrenOf, parseLocated, textEdit, type HtmlEdit, type LocatedNode } from '../shared/html.ts';
import { parseOrThrow } from '../shared/validation-error.ts';

export const OVERRIDES_FILE = 'content/zh-hant/overrides.yaml';

const charactersToTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const charactersToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Traditional (any standard) to simplified characters: how quotes are compared and 简体 pages are checked. */
export function toSimplified(text: string): string {
  return charactersToSimplified(text);
}

/** 简体 to Taiwan-standard characters, with no word changes. */
export function toTraditionalCharacters(text: string): string {
  return charactersToTaiwan(text);
}

const HAN = /\p{Script=Han}/u;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * “…” → 「…」 and ‘…’ → 『…』 where the quotation is Chinese: it holds a
 * character, or a Chinese character or full-width mark stands right outside
 * it. An English title or quote inside a Chinese page keeps its own marks,
 * and so does an apostrophe in a Latin name.
 */
export function taiwanQuotationMarks(text: string): string {
  const chineseAround = (inner: string, before: string, after: string) => HAN.test(inner) || CJK.test(before) || CJK.test(after);
  const paired = (open: string, close: string, toOpen: string, toClose: string) => (input: string) =>
    input.replace(new RegExp(`${open}([^${open}${close}]*)${close}`, 'gu'), (whole, inner: string, offset: number, all: string) =>
      chineseAround(inner, all[offset - 1] ?? '', all[offset + whole.length] ?? '') ? `${toOpen}${inner}${toClose}` : whole,
    );
  const marked = paired('‘', '’', '『', '』')(paired('“', '”', '「', '」')(text));
  // A mark whose partner is in another text node (a quotation around a link): by the character beside it.
  return marked.replace(/“(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '「').replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])”/gu, '」');
}

let overrides: { pattern: RegExp; map: Map<string, string> } | undefined;

/** The reviewed overrides, longest first, as one pattern. */
function loadOverrides(): { pattern: RegExp; map: Map<string, string> } {
  if (!overrides) {
    const entries = parseOrThrow(z.record(z.string().min(1), z.string().min(1)), parse(readFileSync(OVERRIDES_FILE, 'utf8')), { file: OVERRIDES_FILE });
    const keys = Object.keys(entries).sort((a, b) => b.length - a.length);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    overrides = { pattern: new RegExp(keys.map(escape).join('|'), 'g'), map: new Map(Object.entries(entries)) };
  }
  return overrides;
}

export function applyOverrides(text: string): string {
  const { pattern, map } = loadOverrides();
  return text.replace(pattern, (key) => map.get(key) ?? key);
}

/** 繁體 for text the site writes (not a quoted original). */
export function toTraditional(text: string): string {
  return taiwanQuotationMarks(applyOverrides(toTraditionalCharacters(text)));
}

type Mode = 'convert' | 'characters' | 'keep';

function convertText(text: string, mode: Mode): string {
  if (mode === 'keep' || !HAN.test(text) && !/[“”‘’]/.test(text)) return text;
  return mode === 'convert' ? toTraditional(text) : taiwanQuotationMarks(toTraditionalCharacters(text));
}

/** The mode an element sets for itself and its content, or undefined when it keeps its parent's. */
function modeOf(node: LocatedNode): Mode | undefined {
  const attribute = (name: string) => node.attrs?.find((candidate) => candidate.name === name)?.value;
  const lang = attribute('lang');
  if (lang !== undefined && lang !== 'zh-Hant') return 'keep';
  if (attribute('data-verbatim') !== undefined) return 'characters';
  return lang === 'zh-Hant' ? 'convert' : undefined;
}

/**
 * A 简体 page made 繁體: text and attribute values converted, except where
 * an element's language or a verbatim quote says otherwise. Scripts and
 * styles are left alone (the scripts' hashes are in the page's CSP), except
 * JSON-LD, which is data. Works on a whole page or a fragment (an SVG).
 */
export function traditionalHtml(html: string): string {
  if (!HAN.test(html) && !/[“”‘’]/.test(html)) return html;
  const edits: (HtmlEdit | undefined)[] = [];
  const walk = (node: LocatedNode, inherited: Mode) => {
    if (node.nodeName === '#text') {
      edits.push(textEdit(node, convertText(node.value ?? '', inherited)));
      return;
    }
    // An element's own attributes follow its own language (an English quote's title stays English).
    const mode = modeOf(node) ?? inherited;
    for (const attribute of node.attrs ?? []) edits.push(attributeEdit(node, attribute.name, convertText(attribute.value, mode)));
    if (node.tagName === 'style') return;
    if (node.tagName === 'script') {
      const isData = node.attrs?.some((attribute) => attribute.name === 'type' && attribute.value === 'application/ld+json');
      for (const child of isData ? childrenOf(node) : []) edits.push(textEdit(child, convertText(child.value ?? '', mode), true));
      return;
    }
    for (const child of childrenOf(node)) walk(child, mode);
  };
  walk(parseLocated(html), 'convert');
  return applyEdits(html, edits);
}
