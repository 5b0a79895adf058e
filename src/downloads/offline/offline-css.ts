/**
 * The page's stylesheets, made fit for the offline file (lightningcss, the
 * minifier Vite itself uses, so the rules are read as a browser reads them):
 *
 * - The file has no script, but the browser that opens it usually has
 *   scripting on, so `@media (scripting: none)` would not match and the
 *   presentation made for readers without JavaScript (a picture beside each
 *   step) would stay hidden. Every scripting query is decided as if scripting
 *   were off: `none` is true, `enabled` and `initial-only` are false.
 * - Step pictures were <img> elements and are inline <svg> now (offline-
 *   pictures.ts), marked data-offline-picture: every rule for `img` also
 *   applies to them.
 * - Fonts: a face whose file the page preloads (its core) is written in as a
 *   data: URL; the other faces (rare characters) are left out, and those
 *   characters fall back to the system's fonts, as the stylesheet's own
 *   fallbacks say. Chinese pages use the system's CJK fonts anyway.
 * - Any other url() must name a file of the build; it is written in too.
 */
import { transform, type MediaCondition, type MediaQuery, type ReturnedMediaQuery, type Selector, type SelectorComponent } from 'lightningcss';

/** The attribute that marks an inline <svg> that was an <img> (offline-pictures.ts). */
export const PICTURE_ATTRIBUTE = 'data-offline-picture';

export interface OfflineCssOptions {
  /** The page's address of each font file to write in ("/_astro/core.woff2"). */
  inlineFonts: ReadonlySet<string>;
  /** A file of the build as a data: URL, by its address on the page; undefined if there is no such file. */
  dataUrl: (address: string) => string | undefined;
  /** Where the CSS comes from, for messages. */
  where: string;
}

type Decided = MediaCondition | boolean;

/** A media condition with every scripting feature decided for a reader without JavaScript. */
export function withoutScripting(condition: MediaCondition): Decided {
  switch (condition.type) {
    case 'feature': {
      const feature = condition.value;
      if (feature.name !== 'scripting') return condition;
      const value = feature.type === 'plain' && feature.value.type === 'ident' ? feature.value.value : 'enabled';
      return value === 'none';
    }
    case 'not': {
      const inner = withoutScripting(condition.value);
      return typeof inner === 'boolean' ? !inner : { type: 'not', value: inner };
    }
    case 'operation': {
      const parts = condition.conditions.map(withoutScripting);
      const isAnd = condition.operator === 'and';
      // "and" is false if any part is, "or" true if any part is; the other constants drop out.
      if (parts.includes(!isAnd)) return !isAnd;
      const open = parts.filter((part): part is MediaCondition => typeof part !== 'boolean');
      if (open.length === 0) return isAnd;
      if (open.length === 1) return open[0] as MediaCondition;
      return { type: 'operation', operator: condition.operator, conditions: open };
    }
    default:
      return condition;
  }
}

/** The query decided for a reader without JavaScript: itself, or with no condition, or "not all". */
export function queryWithoutScripting(query: MediaQuery): ReturnedMediaQuery {
  if (!query.condition) return query;
  const decided = withoutScripting(query.condition);
  if (typeof decided !== 'boolean') return { ...query, condition: decided };
  const matches = query.qualifier === 'not' ? !decided : decided;
  if (query.qualifier === 'not' && query.mediaType !== 'all') {
    throw new Error(`offline CSS: cannot decide "not ${query.mediaType} and (scripting)"; write the query another way.`);
  }
  return matches ? { ...query, qualifier: query.qualifier === 'only' ? 'only' : null, condition: null } : { qualifier: 'not', mediaType: 'all', condition: null };
}

const PICTURE_SVG: SelectorComponent[] = [
  { type: 'type', name: 'svg' },
  { type: 'attribute', namespace: null, name: PICTURE_ATTRIBUTE, operation: null },
];

/** Every `img` in a selector also matches an inline picture: img → :is(img, svg[data-offline-picture]). */
export function withPictures(selector: Selector): Selector {
  return selector.map((component) => {
    if (component.type === 'type' && component.name === 'img') {
      return { type: 'pseudo-class', kind: 'is', selectors: [[component], PICTURE_SVG] } as SelectorComponent;
    }
    return component;
  });
}

/** The stylesheet of the offline file, minified. */
export function offlineCss(css: string, options: OfflineCssOptions): string {
  const problems: string[] = [];
  const inline = (address: string): string => {
    if (address.startsWith('data:')) return address;
    const data = options.dataUrl(address);
    if (data === undefined) problems.push(`url(${address}) names no file of the build`);
    return data ?? address;
  };
  const { code } = transform({
    filename: options.where,
    code: Buffer.from(css),
    minify: true,
    visitor: {
      MediaQuery: queryWithoutScripting,
      Selector: withPictures,
      Rule: {
        'font-face'(rule) {
          const urls = rule.value.properties.flatMap((property) => (property.type === 'source' ? property.value.flatMap((source) => (source.type === 'url' ? [source.value.url.url] : [])) : []));
          if (urls.length === 0) return rule;
          if (!urls.some((url) => options.inlineFonts.has(url))) return [];
          const properties = rule.value.properties.map((property) => {
            if (property.type === 'source') {
              const kept = property.value.filter((source) => source.type !== 'url' || options.inlineFonts.has(source.value.url.url));
              return { ...property, value: kept.map((source) => (source.type === 'url' ? { ...source, value: { ...source.value, url: { ...source.value.url, url: inline(source.value.url.url) } } } : source)) };
            }
            // The file is in the page: wait for it rather than keep the fallback ("optional" gives up after 100 ms).
            if (property.type === 'custom' && property.value.name === 'font-display') {
              return { ...property, value: { ...property.value, value: [{ type: 'token' as const, value: { type: 'ident' as const, value: 'block' } }] } };
            }
            return property;
          });
          return { ...rule, value: { ...rule.value, properties } };
        },
      },
      Url(url) {
        return { ...url, url: inline(url.url) };
      },
    },
  });
  if (problems.length > 0) throw new Error(`${options.where}: ${[...new Set(problems)].join('; ')}.`);
  return code.toString();
}
