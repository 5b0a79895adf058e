/** Pictures of one state, and long shapes written once per page. */
import { describe, expect, it } from 'vitest';
import { CHARTS, CHART_IDS } from '../registry';
import { SHARED_PATH_LENGTH, chartDrawing, shapeId, shapesSvg, shareShapes, statePicture } from './state-pictures';

const long = (seed: string) => `M0 0${` l1 ${seed}`.repeat(SHARED_PATH_LENGTH / 4)}`;

describe('shareShapes', () => {
  it('writes a long path once and draws it with <use>, keeping the path\'s own attributes', () => {
    const land = long('2');
    const drawings = [`<svg><path class="map-land off-1" d="${land}" stroke-width="0.5"></path><path class="dot" d="M0 0h1"></path></svg>`, `<svg><path class="map-land" d="${land}"/></svg>`];
    const { drawings: shared, shapes } = shareShapes(drawings);
    const id = shapeId(land);
    expect([...shapes.keys()]).toEqual([id]);
    expect(shared[0]).toBe(`<svg><use class="map-land off-1" href="#${id}" stroke-width="0.5"></use><path class="dot" d="M0 0h1"></path></svg>`);
    expect(shared[1]).toBe(`<svg><use class="map-land" href="#${id}"></use></svg>`);
  });

  it('names different shapes differently, and the same shape the same way on every call', () => {
    expect(shapeId(long('2'))).not.toBe(shapeId(long('3')));
    expect(shapeId(long('2'))).toBe(shapeId(long('2')));
  });

  it('puts the shapes in an SVG that takes no room and is hidden from screen readers', () => {
    const svg = shapesSvg(new Map([['shape-a', 'M0 0h1']]));
    expect(svg).toBe('<svg class="shared-shapes" width="0" height="0" aria-hidden="true"><defs><path id="shape-a" d="M0 0h1"></path></defs></svg>');
    expect(shapesSvg(new Map())).toBe('');
  });
});

describe.each(CHART_IDS)('pictures of the %s chart', (chart) => {
  const states = CHARTS[chart].states as readonly string[];

  it('draws each state for good, hidden from screen readers (the page gives the words)', () => {
    for (const state of states) {
      const picture = statePicture(chart, state, `p-${state}`);
      expect(picture).toMatch(/^<svg [^>]*aria-hidden="true"/);
      expect(picture).not.toMatch(/role="img"|aria-labelledby|\s(?:off|dim)-\d|--at-|data-state-index/);
    }
    expect(new Set(states.map((state) => statePicture(chart, state, 'p'))).size).toBe(states.length);
  });

  it('costs little next to the drawing with every state in it once long shapes are shared', () => {
    const first = states[0] ?? '';
    const { drawings } = shareShapes([chartDrawing(chart, first, chart), ...states.map((state) => statePicture(chart, state, `p-${state}`))]);
    const [drawing = '', ...pictures] = drawings;
    const largest = Math.max(...pictures.map((picture) => picture.length));
    expect(largest).toBeLessThan(drawing.length);
  });
});
