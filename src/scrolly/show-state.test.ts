/**
 * Showing a state: every state layer takes the index at once; a cut holds
 * the transitions off until the new places are styled.
 */
import { describe, expect, it } from 'vitest';
import { PLACING_ATTRIBUTE, showState } from './show-state.client';

/** A chart root with two state layers that records what happens to it, in order. */
function fakeChart() {
  const log: string[] = [];
  const attributes = new Map<string, string>();
  const layer = (name: string) => ({ setAttribute: (attribute: string, value: string) => log.push(`${name} ${attribute}=${value}`) });
  const root = {
    setAttribute: (name: string, value: string) => {
      attributes.set(name, value);
      log.push(`root +${name}`);
    },
    removeAttribute: (name: string) => {
      attributes.delete(name);
      log.push(`root -${name}`);
    },
    querySelectorAll: () => [layer('a'), layer('b')],
    getBoundingClientRect: () => {
      log.push(`styled${attributes.has(PLACING_ATTRIBUTE) ? ' while placing' : ''}`);
      return {};
    },
  };
  return { root: root as unknown as HTMLElement, log };
}

describe('showing a state', () => {
  it('writes the index on every state layer at once, and lets CSS move the marks', () => {
    const { root, log } = fakeChart();
    showState(root, 2);
    expect(log).toEqual(['a data-state-index=2', 'b data-state-index=2']);
  });

  it('cuts a state in: transitions held off until the new places are styled', () => {
    const { root, log } = fakeChart();
    showState(root, 1, { cut: true });
    expect(log).toEqual([`root +${PLACING_ATTRIBUTE}`, 'a data-state-index=1', 'b data-state-index=1', 'styled while placing', `root -${PLACING_ATTRIBUTE}`]);
  });
});
