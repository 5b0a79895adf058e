/**
 * Map geometry, computed at build time from Natural Earth shapes shipped in
 * the world-atlas npm package: no tiles and no map service, ever. Land is
 * projected once (Equal Earth, fitted to the chart's frame) and each state
 * zooms with a precomputed transform. Paths are simplified (Visvalingam, with
 * topojson-simplify, so coasts and borders stay joined), clipped to what each
 * zoom shows, and rounded, so the page stays light: 1:110m shapes for the
 * world, finer 1:50m shapes only where the map zooms in close (Britain).
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection } from 'topojson-specification';
import { readInstalled } from '../../shared/installed';

/** A topology as topojson-simplify types it (the package's objects carry no properties we use). */
type PlainTopology = Parameters<typeof presimplify>[0];

function readTopology(name: string): PlainTopology {
  return JSON.parse(readInstalled(`world-atlas/${name}.json`).toString('utf8')) as PlainTopology;
}

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/** An equal-area world projection fitted to the frame (the whole globe, edge to edge). */
export function worldProjection(frame: Frame): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [frame.x, frame.y],
      [frame.x + frame.width, frame.y + frame.height],
    ],
    { type: 'Sphere' },
  );
}

/**
 * Thins an SVG path from d3 (M/L/Z commands only): drops points closer than
 * `tolerance` to the last kept point, then writes each ring with relative
 * moves rounded to `digits` decimals (small deltas are much shorter to write
 * than absolute coordinates). Rings that collapse to a point, or closed rings
 * smaller than `minArea` (islands too small to see), are dropped.
 */
export function thinPath(path: string, digits: number, tolerance: number, minArea = 0): string {
  const factor = 10 ** digits;
  const number = (value: number) => {
    const text = String(Math.round(value * factor) / factor);
    return text.replace(/^(-?)0\./, '$1.');
  };
  // Join two numbers: a minus sign or a leading dot already separates them.
  const pair = (x: number, y: number) => {
    const a = number(x);
    const b = number(y);
    return b.startsWith('-') || (b.startsWith('.') && a.includes('.')) ? `${a}${b}` : `${a} ${b}`;
  };
  let out = '';
  // Positions are tracked in rounded units so rounding errors never accumulate.
  let penX = 0;
  let penY = 0;
  for (const ring of path.split(/(?=M)/).filter(Boolean)) {
    const closed = /Z\s*$/.test(ring);
    const points = [...ring.matchAll(/(-?\d+(?:\.\d+)?(?:e-?\d+)?),(-?\d+(?:\.\d+)?(?:e-?\d+)?)/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
    const kept: Array<readonly [number, number]> = [];
    for (const point of points) {
      const last = kept[kept.length - 1];
      if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= tolerance) kept.push(point);
    }
    if (kept.length < (closed ? 3 : 2)) continue;
    if (closed && minArea > 0 && Math.abs(ringArea(kept)) < minArea) continue;
    let startX = 0;
    let startY = 0;
    kept.forEach(([x, y], index) => {
      const rx = Math.round(x * factor) / factor;
      const ry = Math.round(y * factor) / factor;
      const delta = pair(rx - penX, ry - penY);
      out += index === 0 ? `m${delta}` : index === 1 ? `l${delta}` : delta.startsWith('-') ? delta : ` ${delta}`;
      if (index === 0) [startX, startY] = [rx, ry];
      penX = rx;
      penY = ry;
    });
    // Closing a ring puts the pen back at its first point.
    if (closed) {
      out += 'z';
      [penX, penY] = [startX, startY];
    }
  }
  // The first move is relative to the origin, so it is also absolute.
  return out.replace(/^m/, 'M');
}

/** Signed area of a ring (shoelace formula). */
function ringArea(points: ReadonlyArray<readonly [number, number]>): number {
  let area = 0;
  points.forEach(([x0, y0], index) => {
    const [x1, y1] = points[(index + 1) % points.length] ?? [x0, y0];
    area += x0 * y1 - x1 * y0;
  });
  return area / 2;
}

/** The bounding box of `bounds` under a projection: [x0, y0, x1, y1]. */
export function projectedBounds(projection: GeoProjection, [west, south, east, north]: Bounds): [number, number, number, number] {
  const corners = [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
    [(west + east) / 2, north],
    [(west + east) / 2, south],
  ].map((point) => projection(point as [number, number]) ?? [0, 0]);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export interface Zoom {
  /** Scale factor from the world drawing. */
  k: number;
  /** Translation after scaling. */
  x: number;
  y: number;
}

/** The zoom that fits `bounds` (projected with the world projection) into the frame, centred, with `padding` (a share of the frame) around it. */
export function zoomTo(projection: GeoProjection, bounds: Bounds, frame: Frame, padding = 0.06): Zoom {
  const [x0, y0, x1, y1] = projectedBounds(projection, bounds);
  const k = Math.min(frame.width / (x1 - x0), frame.height / (y1 - y0)) * (1 - 2 * padding);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: frame.x + frame.width / 2 - k * cx, y: frame.y + frame.height / 2 - k * cy };
}

export type Resolution = '110m' | '50m';

export interface LayerPaths {
  land: string;
  /** Borders between countries (interior boundaries only). */
  borders: string;
}

const presimplified = new Map<string, PlainTopology>();

/**
 * Country shapes with every point weighted by the area of the triangle it
 * makes with its neighbours, measured after projection (so a weight is in
 * square pixels of the world drawing, at any latitude).
 */
function weightedCountries(resolution: Resolution, projection: GeoProjection): PlainTopology {
  let topology = presimplified.get(resolution);
  if (!topology) {
    topology = presimplify(readTopology(`countries-${resolution}`), (triangle) => {
      const [a, b, c] = triangle.map((point) => projection([point[0], point[1]]) ?? [0, 0]);
      if (!a || !b || !c) return 0;
      return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
    });
    presimplified.set(resolution, topology);
  }
  return topology;
}

/**
 * Land and borders for one zoom, in the world drawing's coordinates: clipped
 * to what the frame shows at that zoom (plus a margin, a share of the frame,
 * for land that slides in as the map zooms; none for a panel drawn exactly
 * to its box), and thinned to
 * `screenTolerance` screen pixels at that zoom, since finer detail would
 * never be seen.
 */
export function layerPaths(projection: GeoProjection, zoom: Zoom, frame: Frame, resolution: Resolution, withBorders: boolean, screenTolerance = 0.5, margin = 0.08): LayerPaths {
  const toWorld = (x: number, y: number): [number, number] => [(x - zoom.x) / zoom.k, (y - zoom.y) / zoom.k];
  const [x0, y0] = toWorld(frame.x - frame.width * margin, frame.y - frame.height * margin);
  const [x1, y1] = toWorld(frame.x + frame.width * (1 + margin), frame.y + frame.height * (1 + margin));
  const clipped = projection.clipExtent([
    [x0, y0],
    [x1, y1],
  ]);
  const path = geoPath(clipped);
  const tolerance = screenTolerance / zoom.k;
  // Enough decimals for a quarter of a screen pixel at this zoom.
  const digits = Math.max(1, Math.ceil(Math.log10(zoom.k * 4)));
  // Drop points whose triangle covers less than about a quarter of a square screen pixel.
  const topology = simplify(weightedCountries(resolution, projection), (screenTolerance * screenTolerance) / (zoom.k * zoom.k));
  // Islands under about 1.5 square screen pixels would be specks; leave them out.
  const land = thinPath(path(feature(topology, topology.objects.land as GeometryCollection)) ?? '', digits, tolerance / 4, 1.5 / (zoom.k * zoom.k));
  const borders = withBorders ? thinPath(path(mesh(topology, topology.objects.countries as GeometryCollection, (a, b) => a !== b)) ?? '', digits, tolerance / 4) : '';
  projection.clipExtent(null);
  return { land, borders };
}
