/**
 * Blocking time: how long a page kept a reader waiting, summed over its long
 * tasks. Lighthouse counts it between first paint and the page being ready
 * (Total Blocking Time); the benchmark counts it over a whole scroll. A count
 * of long tasks makes a 51 ms task and a 180 ms one the same; this does not.
 */

/** A task longer than this, in ms, is a long task (the Long Tasks API's threshold, and Lighthouse's). */
export const LONG_TASK_MS = 50;

/** The part of each task past LONG_TASK_MS, summed, in ms. Shorter tasks add nothing. */
export function blockingTime(durations: readonly number[]): number {
  return durations.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK_MS), 0);
}
