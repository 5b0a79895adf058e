import { describe, expect, it } from 'vitest';
import { blockingTime, LONG_TASK_MS } from './blocking-time';

describe('blocking time over a scroll', () => {
  it('counts only the part of each task past 50 ms', () => {
    expect(blockingTime([51, 180])).toBe(1 + 130);
    expect(blockingTime([LONG_TASK_MS + 12.5])).toBe(12.5);
  });

  it('is nothing for tasks of 50 ms or less, and for no tasks', () => {
    expect(blockingTime([50, 49, 3])).toBe(0);
    expect(blockingTime([])).toBe(0);
  });
});
