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
 * - Fonts: a face whose file the page preloads (its core) is written in, as
 *   one face for each static weight made of it (static-weights.ts), with
 *   data: URLs; the other faces (rare characters) are left out, and those
 *   characters fall back to the system's fonts, as the stylesheet's own
 *   fallbacks say. Chinese pages use the system's CJK fonts anyway.
 * - Any other url() must name a file of the build; it is written in too.
 */
import { transform, type MediaCondition, type MediaQuery, type ReturnedMediaQuery, type Selector, type SelectorComponent } from 'lightningcss';

/** The attribute that marks an inline <svg> that was an <img> (offline-pictures.ts). */
export const PICTURE_ATTRIBUTE = 'data-offline-picture';

/** A font file written into the offline file in place of one of the page's. */
export interface InlineFont {
  /** Its weight: a static instance of a variable font (static-weights.ts). */
  weight: number;
  /** A data: URL of the file (woff2). */
  url: string;
}

export interface OfflineCssOptions {
  /** The files to write in for a font file of the page, by its address ("/_astro/core.woff2"); faces of other files are left out. */
  fonts: ReadonlyMap<string, readonly InlineFont[]>;
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
          const properties = rule.value.properties;
          const urls = properties.flatMap((property) => (property.type === 'source' ? property.value.flatMap((source) => (source.type === 'url' ? [source.value.url.url] : [])) : []));
          if (urls.length === 0) return rule;
          const files = urls.map((url) => options.fonts.get(url)).find((found) => found !== undefined);
          if (!files) return [];
          return files.map((file) => ({
            ...rule,
            value: {
              ...rule.value,
              properties: properties.map((property) => {
                if (property.type === 'source') return { ...property, value: [{ type: 'url' as const, value: { url: { url: file.url, loc: rule.value.loc }, format: { type: 'string' as const, value: 'woff2' }, tech: [] } }] };
                if (property.type === 'font-weight') {
                  const weight = { type: 'absolute' as const, value: { type: 'weight' as const, value: file.weight } };
                  return { ...property, value: [weight, weight] as typeof property.value };
                }
                // The file is in the page: wait for it rather than keep the fallback ("optional" gives up after 100 ms).
                if (property.type === 'custom' && property.value.name === 'font-display') {
                  return { ...property, value: { ...property.value, value: [{ type: 'token' as const, value: { type: 'ident' as const, value: 'block' } }] } };
                }
                return property;
              }),
            },
          }));
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
