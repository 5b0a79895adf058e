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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|[^<]+|</g;

function convertText(text: string, mode: Mode): string {
  if (mode === 'keep' || !HAN.test(text) && !/[“”‘’]/.test(text)) return text;
  return mode === 'convert' ? toTraditional(text) : taiwanQuotationMarks(toTraditionalCharacters(text));
}

/** The mode an element sets for its content, or undefined when it keeps its parent's. */
function modeOf(attributes: string): Mode | undefined {
  const lang = /\slang="([^"]*)"/.exec(attributes)?.[1];
  if (lang !== undefined && lang !== 'zh-Hant') return 'keep';
  if (/\sdata-verbatim\b/.test(attributes)) return 'characters';
  return lang === 'zh-Hant' ? 'convert' : undefined;
}

/**
 * A 简体 page made 繁體: text and attribute values converted, except where
 * an element's language or a verbatim quote says otherwise. Scripts are left
 * alone (their hashes are in the page's CSP), except JSON-LD, which is data.
 */
export function traditionalHtml(html: string): string {
  const stack: { name: string; mode: Mode; depth: number }[] = [];
  const mode = (): Mode => stack.at(-1)?.mode ?? 'convert';
  let out = '';
  for (const match of html.matchAll(TOKEN)) {
    const [whole, rawTag, rawAttributes = '', rawBody = '', closing, name = '', attributes = ''] = match;
    if (whole.startsWith('<!--')) {
      out += whole;
    } else if (rawTag !== undefined) {
      const isData = rawTag === 'script' && /type="application\/ld\+json"/.test(rawAttributes);
      out += isData && mode() !== 'keep' ? `<${rawTag}${rawAttributes}>${convertText(rawBody, mode())}</${rawTag}>` : whole;
    } else if (name !== '') {
      const tag = name.toLowerCase();
      if (closing) {
        const top = stack.at(-1);
        if (top && top.name === tag && --top.depth === 0) stack.pop();
        out += whole;
        continue;
      }
      const own = modeOf(attributes);
      // An element's own attributes follow its own language (an English quote's title stays English).
      out += convertText(whole, own ?? mode());
      if (VOID.has(tag) || attributes.trimEnd().endsWith('/')) continue;
      const top = stack.at(-1);
      if (own !== undefined && own !== mode()) stack.push({ name: tag, mode: own, depth: 1 });
      else if (top && top.name === tag) top.depth += 1;
    } else {
      out += convertText(whole, mode());
    }
  }
  return out;
}
