/**
 * How the scroll island shows a state on a server-drawn chart: which layers
 * switch in which frame, and that a newer state drops the frames still to
 * come of an older one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLACING_ATTRIBUTE, placeState, showState, switchFrames, switchGaps, WAVE_GAP_MS } from '../../src/scroll/show-state';

describe('switch frames', () => {
  const still = (name: string) => ({ name, paced: false });
  const paced = (name: string) => ({ name, paced: true });
  it('switches every still layer at once, then one paced layer a frame, in drawing order', () => {
    const frames = switchFrames([still('legend'), paced('marks 1'), paced('marks 2'), still('words'), paced('marks 3')]);
    expect(frames.map((frame) => frame.map((layer) => layer.name))).toEqual([['legend', 'words'], ['marks 1'], ['marks 2'], ['marks 3']]);
  });
  it('has no empty frame', () => {
    expect(switchFrames([paced('a'), paced('b')]).map((frame) => frame.length)).toEqual([1, 1]);
    expect(switchFrames([still('a')]).map((frame) => frame.length)).toEqual([1]);
    expect(switchFrames([])).toEqual([]);
  });
});

describe('switch gaps', () => {
  const still = { paced: false, wave: false };
  const paced = { paced: true };
  const wave = { paced: true, wave: true };
  it('puts WAVE_GAP_MS between two frames of a wave, and starts the wave at the next frame', () => {
    expect(switchGaps([[still], [wave], [wave], [wave]])).toEqual([0, 0, WAVE_GAP_MS, WAVE_GAP_MS]);
    expect(switchGaps([[wave], [wave]])).toEqual([0, WAVE_GAP_MS]);
  });
  it('keeps paced layers that are not in a wave one frame apart', () => {
    expect(switchGaps([[still], [paced], [paced], [paced]])).toEqual([0, 0, 0, 0]);
    expect(switchGaps([])).toEqual([]);
  });
});

/** Just enough of an element for showState. */
class FakeLayer {
  constructor(
    private index: string,
    readonly paced: boolean,
    readonly wave = false,
  ) {}
  getAttribute(name: string) {
    return name === 'data-state-index' ? this.index : null;
  }
  setAttribute(name: string, value: string) {
    if (name === 'data-state-index') this.index = value;
  }
  hasAttribute(name: string) {
    return (name === 'data-paced' && this.paced) || (name === 'data-wave' && this.wave);
  }
}

describe('showing a state', () => {
  let queued: FrameRequestCallback[] = [];
  let clock = 0;
  /** Runs the next frame, `after` ms after the one before. */
  const nextFrame = (after = 16) => {
    clock += after;
    const callbacks = queued;
    queued = [];
    for (const callback of callbacks) callback(clock);
  };
  beforeEach(() => {
    queued = [];
    clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
      // Handles are positions in this frame's queue, counted from 1 (0 means none).
      if (handle > 0) queued[handle - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** A chart of these layers, by default: words, two paced layers of marks, more words. */
  const chart = (layers = [new FakeLayer('0', false), new FakeLayer('0', true), new FakeLayer('0', true), new FakeLayer('0', false)]) => {
    const root = { querySelectorAll: () => layers } as unknown as ParentNode;
    const indexes = () => layers.map((layer) => layer.getAttribute('data-state-index')).join('');
    return { root, indexes };
  };

  it('writes the still layers now and the paced ones a frame apart', () => {
    const { root, indexes } = chart();
    showState(root, 2, { paced: true, wave: true });
    expect(indexes()).toBe('2002');
    nextFrame();
    expect(indexes()).toBe('2202');
    nextFrame();
    expect(indexes()).toBe('2222');
    expect(queued).toEqual([]);
  });

  const waveChart = () => chart([new FakeLayer('0', false), ...[1, 2, 3].map(() => new FakeLayer('0', true, true))]);

  it('writes wave layers at the next frame, then each a WAVE_GAP_MS or more after the one before', () => {
    const { root, indexes } = waveChart();
    showState(root, 1, { paced: true, wave: true });
    expect(indexes()).toBe('1000');
    nextFrame();
    expect(indexes()).toBe('1100');
    nextFrame(WAVE_GAP_MS - 20);
    expect(indexes()).toBe('1100');
    nextFrame(20);
    expect(indexes()).toBe('1110');
    nextFrame(WAVE_GAP_MS);
    expect(indexes()).toBe('1111');
    expect(queued).toEqual([]);
  });

  it('writes wave layers a frame apart when marks do not move (reduced motion)', () => {
    const { root, indexes } = waveChart();
    showState(root, 1, { paced: true, wave: false });
    nextFrame();
    nextFrame();
    expect(indexes()).toBe('1110');
    nextFrame();
    expect(indexes()).toBe('1111');
  });

  it('writes every layer at once when not paced (print)', () => {
    const { root, indexes } = chart();
    showState(root, 1, { paced: false, wave: false });
    expect(indexes()).toBe('1111');
    expect(queued).toEqual([]);
  });

  it('drops the frames still to come when stopped, so an older state never lands after a newer one', () => {
    const { root, indexes } = chart();
    const stop = showState(root, 2, { paced: true, wave: true });
    nextFrame();
    expect(indexes()).toBe('2202');
    stop();
    showState(root, 3, { paced: true, wave: true });
    expect(indexes()).toBe('3203');
    nextFrame();
    // Not stopped, the older state would write its last layer now: 3323.
    expect(indexes()).toBe('3303');
    nextFrame();
    expect(indexes()).toBe('3333');
  });

  /** A chart whose layers also keep the placing attribute, as placeState writes it on each layer. */
  class PlacedLayer extends FakeLayer {
    placing = false;
    override setAttribute(name: string, value: string) {
      if (name === PLACING_ATTRIBUTE) this.placing = true;
      else super.setAttribute(name, value);
    }
    removeAttribute(name: string) {
      if (name === PLACING_ATTRIBUTE) this.placing = false;
    }
  }
  const placedChart = () => {
    const layers = [new PlacedLayer('0', false), new PlacedLayer('0', true), new PlacedLayer('0', true), new PlacedLayer('0', false)];
    const { root, indexes } = chart(layers);
    const placing = () => layers.map((layer) => (layer.placing ? 'p' : '-')).join('');
    return { root, indexes, placing };
  };

  it('places a state layer by layer, each held from moving until the style update after its switch has passed', () => {
    const { root, indexes, placing } = placedChart();
    placeState(root, 2);
    // The still layers now, as showState would...
    expect(indexes()).toBe('2002');
    expect(placing()).toBe('p--p');
    // ...then one paced layer a frame; the next frame's style update takes each with no transition...
    nextFrame();
    expect(indexes()).toBe('2202');
    expect(placing()).toBe('pp-p');
    // ...and only the frame after that lets its marks move again.
    nextFrame();
    expect(indexes()).toBe('2222');
    expect(placing()).toBe('-pp-');
    nextFrame();
    expect(placing()).toBe('--p-');
    nextFrame();
    expect(placing()).toBe('----');
    expect(queued).toEqual([]);
  });

  it('places a chart of still layers only at once, and lets it move again two frames on', () => {
    const layers = [new PlacedLayer('1', false), new PlacedLayer('1', false)];
    const { root, indexes } = chart(layers);
    placeState(root, 0);
    expect(indexes()).toBe('00');
    nextFrame();
    expect(layers.every((layer) => layer.placing)).toBe(true);
    nextFrame();
    expect(layers.some((layer) => layer.placing)).toBe(false);
    expect(queued).toEqual([]);
  });

  it('ends the placing at once when stopped, and switches no more layers', () => {
    const { root, indexes, placing } = placedChart();
    const stop = placeState(root, 1);
    nextFrame();
    stop();
    expect(placing()).toBe('----');
    nextFrame();
    expect(indexes()).toBe('1101');
    expect(queued).toEqual([]);
  });
});
