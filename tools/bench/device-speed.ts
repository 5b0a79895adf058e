/**
 * How fast a slowed CPU is, said against real phones. The benchmark slows
 * Chromium's CPU 4×, but 4× of a fast machine and 4× of a busy one are
 * different phones, and this machine's speed changes from run to run. So the
 * benchmark scores the slowed CPU with Lighthouse's own CPU benchmark
 * (BenchmarkIndex) and compares that score with the two phones Chrome
 * DevTools calibrates its CPU throttling to (its CalibrationController).
 */

/** A phone and its Lighthouse BenchmarkIndex score. */
export interface ReferencePhone {
  name: string;
  index: number;
}

/** Chrome DevTools' low-tier calibration target: a Moto G Power (2022). */
export const LOW_TIER_PHONE: ReferencePhone = { name: 'a low-tier phone (Moto G Power 2022)', index: 264 };

/** Chrome DevTools' mid-tier calibration target: a Pixel 5. */
export const MID_TIER_PHONE: ReferencePhone = { name: 'a mid-tier phone (Pixel 5)', index: 1000 };

/** A BenchmarkIndex score as a multiple of a phone's: 2 is twice as fast. */
export function timesAsFast(index: number, phone: ReferencePhone = LOW_TIER_PHONE): number {
  return index / phone.index;
}

/** Within this share of the phone's score, a CPU is called as fast as the phone. */
const SAME_SPEED = 0.05;

/** One line for a report: the score, and how it stands against the low-tier phone. */
export function describeCpuSpeed(index: number): string {
  if (!Number.isFinite(index) || index <= 0) return 'not measured';
  const times = timesAsFast(index);
  const against = Math.abs(times - 1) < SAME_SPEED ? `as fast as ${LOW_TIER_PHONE.name}` : `${times.toFixed(1)}× as fast as ${LOW_TIER_PHONE.name}`;
  return `benchmark index ${Math.round(index)}, ${against}, which scores ${LOW_TIER_PHONE.index}`;
}

/** Lighthouse's CPU benchmark score with the CPU slowed by a rate (1 is not slowed). */
export type ScoreAtRate = (rate: number) => Promise<number>;

/** Scores this close to the target are a match (Chrome DevTools' calibration uses 10 points too). */
export const CLOSE_ENOUGH = 10;

/**
 * The CPU slowdown at which the benchmark scores as the phone does, found by
 * bisection between no slowdown and one well past it, as Chrome DevTools
 * calibrates its throttling: a score falls as the rate rises, but not in
 * proportion, so the rate is searched for, not computed (and the bracket
 * widened when the score at its slow end is still above the phone's).
 * Returns 1 when the machine itself is no faster than the phone.
 */
export async function slowdownFor(score: ScoreAtRate, phone: ReferencePhone = LOW_TIER_PHONE, tries = 8): Promise<number> {
  const unslowed = await score(1);
  if (unslowed <= phone.index + CLOSE_ENOUGH) return 1;
  let faster = 1;
  let slower = (unslowed / phone.index) * 1.5;
  // A machine whose score falls slower than its rate rises needs a wider bracket.
  for (let widen = 0; widen < 3 && (await score(slower)) > phone.index; widen += 1) {
    faster = slower;
    slower *= 2;
  }
  let rate = slower;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    // Chromium takes the rate to two decimal places.
    rate = Math.round(((faster + slower) / 2) * 100) / 100;
    const scored = await score(rate);
    if (Math.abs(scored - phone.index) < CLOSE_ENOUGH) break;
    if (scored > phone.index) faster = rate;
    else slower = rate;
  }
  return rate;
}
