/**
 * Images of the story page written into the offline file. A step's picture
 * (an SVG file of one chart state, named by an <img>) becomes inline SVG:
 *
 * - drawn with the page's own chart stylesheet, as the pinned chart is: the
 *   file's <style> (the same tokens and chart rules) is left out, so the
 *   picture follows the page in dark mode and in print;
 * - its long shapes (the map's land) written once: a path the page already
 *   defines (the shapes a scrolly shares with <use>) or another picture has
 *   drawn becomes a <use> of that one definition, so four pictures of the map
 *   cost four sets of dots and labels, not four copies of the land;
 * - its ids kept unique in the file.
 *
 * Any other image becomes a data: URL.
 */
import { all, insertAt, parseElements, replaceWith, type Document, type Element } from './dom.ts';
import { PICTURE_ATTRIBUTE } from './offline-css.ts';

/** Path data at least this long is written once and reused. */
export const SHARED_PATH_LENGTH = 1500;

/** The id prefix of shapes the offline file defines itself. */
const OFFLINE_SHAPE = 'offline-shape-';

const MIME: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif', woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf' };

/** A file's bytes as a data: URL, its type from its name. */
export function dataUrl(name: string, bytes: Buffer): string {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const mime = MIME[extension];
  if (!mime) throw new Error(`offline file: no data: URL type for "${name}"`);
  return `data:${mime};base64,${bytes.toString('base64')}`;
}

export interface PictureFiles {
  /** A file of the build by its address on the page ("/pictures/map/world.svg"); undefined if none. */
  read: (address: string) => Buffer | undefined;
}

/** Every id in the document. */
export function documentIds(document: Document): Set<string> {
  return new Set(all('[id]', document).map((element) => element.attribs.id ?? ''));
}

/** References to ids inside an SVG: href="#x", xlink:href="#x", url(#x) and id lists of aria attributes. */
function renameIds(svg: Element, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0) return;
  const renamed = (id: string) => renames.get(id) ?? id;
  for (const element of [svg, ...all('*', svg)]) {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name === 'id') element.attribs[name] = renamed(value);
      else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) element.attribs[name] = `#${renamed(value.slice(1))}`;
      else if (name.startsWith('aria-') && name.endsWith('by')) element.attribs[name] = value.split(/\s+/).map(renamed).join(' ');
      else if (value.includes('url(#')) element.attribs[name] = value.replace(/url\(#([^)]+)\)/g, (_match, id: string) => `url(#${renamed(id)})`);
    }
  }
}

/** Gives each id of the SVG that the file already uses a new one, and records the SVG's ids as used. */
function keepIdsUnique(svg: Element, used: Set<string>): void {
  const renames = new Map<string, string>();
  for (const element of [svg, ...all('[id]', svg)]) {
    const id = element.attribs.id;
    if (!id) continue;
    if (used.has(id)) {
      let count = 2;
      while (used.has(`${id}-${count}`)) count += 1;
      renames.set(id, `${id}-${count}`);
      used.add(`${id}-${count}`);
    } else used.add(id);
  }
  renameIds(svg, renames);
}

/** Shapes the page defines once for reuse (path elements with an id and long path data), by their path data. */
function definedShapes(document: Document): Map<string, string> {
  const shapes = new Map<string, string>();
  for (const path of all('svg path[id][d]', document)) {
    const d = path.attribs.d ?? '';
    if (d.length >= SHARED_PATH_LENGTH && !shapes.has(d)) shapes.set(d, path.attribs.id ?? '');
  }
  return shapes;
}

/** Replaces the image elements of `document` with inline SVG pictures or data: URLs. */
export function inlinePictures(document: Document, files: PictureFiles): void {
  const images = all('img', document);
  if (images.length === 0) return;
  const used = documentIds(document);
  const shapes = definedShapes(document);
  const newShapes: [string, string][] = [];

  const sharedShape = (d: string): string => {
    let id = shapes.get(d);
    if (!id) {
      id = `${OFFLINE_SHAPE}${shapes.size + 1}`;
      while (used.has(id)) id = `${id}-x`;
      used.add(id);
      shapes.set(d, id);
      newShapes.push([id, d]);
    }
    return id;
  };

  for (const image of images) {
    const src = image.attribs.src ?? '';
    if (image.attribs.srcset !== undefined) throw new Error(`offline file: <img srcset> (${src}) is not supported; name one file.`);
    if (src.startsWith('data:')) continue;
    const bytes = files.read(src);
    if (!bytes) throw new Error(`offline file: the image ${src} is not a file of the build.`);
    if (!/\.svg$/i.test(src.split(/[?#]/)[0] ?? '')) {
      image.attribs.src = dataUrl(src, bytes);
      delete image.attribs.loading;
      continue;
    }
    const [svg] = parseElements(bytes.toString('utf8'));
    if (!svg || svg.name !== 'svg') throw new Error(`offline file: ${src} holds no <svg>.`);
    for (const style of all('style', svg)) replaceWith(style, []);
    delete svg.attribs.xmlns;
    delete svg.attribs['xmlns:xlink'];
    for (const path of all('path[d]', svg)) {
      const d = path.attribs.d ?? '';
      if (d.length < SHARED_PATH_LENGTH) continue;
      // The <use> keeps the path's other attributes, its id too: the drawing may reuse the shape itself (the map's inset).
      const { d: _d, ...rest } = path.attribs;
      const [use] = parseElements('<use></use>', svg);
      if (use) {
        use.attribs = { ...rest, href: `#${sharedShape(d)}` };
        replaceWith(path, [use]);
      }
    }
    keepIdsUnique(svg, used);
    svg.attribs[PICTURE_ATTRIBUTE] = src;
    if (image.attribs.class) svg.attribs.class = `${svg.attribs.class ?? ''} ${image.attribs.class}`.trim();
    const alt = image.attribs.alt ?? '';
    if (alt) {
      delete svg.attribs['aria-hidden'];
      Object.assign(svg.attribs, { role: 'img', 'aria-label': alt });
    } else Object.assign(svg.attribs, { 'aria-hidden': 'true', focusable: 'false' });
    replaceWith(image, [svg]);
  }

  if (newShapes.length > 0) {
    const body = all('body', document)[0];
    const [holder] = parseElements('<svg class="shared-shapes" width="0" height="0" aria-hidden="true" style="position:absolute;overflow:hidden"><defs></defs></svg>');
    const defs = holder && all('defs', holder)[0];
    if (!body || !holder || !defs) throw new Error('offline file: the page has no <body>.');
    insertAt(defs, 0, newShapes.flatMap(([id, d]) => parseElements(`<path id="${id}" d="${d}"></path>`, holder)));
    insertAt(body, 0, [holder]);
  }
}
