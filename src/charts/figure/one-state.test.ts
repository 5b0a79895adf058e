/** A drawing with every state, written at one state (share cards, step pictures, the first screen). */
import { describe, expect, it } from 'vitest';
import { atState, withoutHidden } from './one-state';

describe('one state written in', () => {
  it('writes one state in: hidden marks go, dimmed ones are marked, moving ones get that state\'s transform', () => {
    const drawing =
      '<g class="chart-texts off-1"><text>a</text></g><g class="chart-texts off-0"><text>b</text></g>' +
      '<rect class="unit chart-move dim-1" style="--at-0:translate(1px,2px);--at-1:translate(3.5px,-4px) scale(2,2)"/>';
    expect(atState(drawing, 1)).toBe('<g class="chart-texts"><text>b</text></g><rect class="unit chart-move is-dim" transform="translate(3.5 -4) scale(2 2)"/>');
    expect(atState(drawing, 0)).toBe('<g class="chart-texts"><text>a</text></g><rect class="unit chart-move" transform="translate(1 2)"/>');
  });

  it('keeps style declarations that are not places', () => {
    expect(atState('<svg style="aspect-ratio:360/276"><rect class="chart-move" style="--at-0:translate(1px,2px);opacity:0.5"/></svg>', 0)).toBe(
      '<svg style="aspect-ratio:360/276"><rect class="chart-move" transform="translate(1 2)" style="opacity:0.5"/></svg>',
    );
  });

  it('removes hidden elements with their content, including nested ones of the same name', () => {
    expect(withoutHidden('<g><g class="x is-off"><g><text>a</text></g></g><rect class="is-off"/><text>b</text></g>')).toBe('<g><text>b</text></g>');
  });
});
