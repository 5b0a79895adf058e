import { describe, expect, it } from 'vitest';
import { CLOSE_ENOUGH, describeCpuSpeed, LOW_TIER_PHONE, MID_TIER_PHONE, slowdownFor, timesAsFast } from './device-speed';

describe('a slowed CPU, said against real phones', () => {
  it('is a multiple of the phone’s score', () => {
    expect(timesAsFast(528)).toBe(2);
    expect(timesAsFast(132)).toBe(0.5);
    expect(timesAsFast(500, MID_TIER_PHONE)).toBe(0.5);
  });

  it('names the low-tier phone and both scores', () => {
    expect(describeCpuSpeed(370)).toBe('benchmark index 370, 1.4× as fast as a low-tier phone (Moto G Power 2022), which scores 264');
    expect(describeCpuSpeed(132.4)).toBe('benchmark index 132, 0.5× as fast as a low-tier phone (Moto G Power 2022), which scores 264');
  });

  it('calls a score within 5% of the phone’s as fast as it', () => {
    expect(describeCpuSpeed(LOW_TIER_PHONE.index + 10)).toBe('benchmark index 274, as fast as a low-tier phone (Moto G Power 2022), which scores 264');
    expect(describeCpuSpeed(LOW_TIER_PHONE.index * 1.06)).toContain('1.1× as fast');
  });

  it('says when there is no score', () => {
    expect(describeCpuSpeed(Number.NaN)).toBe('not measured');
    expect(describeCpuSpeed(0)).toBe('not measured');
  });
});

describe('the slowdown that makes this machine the low-tier phone', () => {
  /** A machine whose score falls in proportion to the rate, with the rates tried. */
  const machine = (unslowed: number) => {
    const tried: number[] = [];
    const score = async (rate: number) => {
      tried.push(rate);
      return unslowed / rate;
    };
    return { score, tried };
  };

  it('is the rate at which the benchmark scores as the phone, to within 10 points', async () => {
    const { score, tried } = machine(1320);
    const rate = await slowdownFor(score);
    expect(Math.abs(1320 / rate - LOW_TIER_PHONE.index)).toBeLessThan(CLOSE_ENOUGH);
    // The machine unslowed, the bracket's slow end, then at most eight tries.
    expect(tried.length).toBeLessThanOrEqual(10);
  });

  it('follows a machine whose score is not in proportion to the rate', async () => {
    // Halving the score takes more than doubling the rate.
    const score = async (rate: number) => 1600 / rate ** 0.8;
    const rate = await slowdownFor(score);
    expect(Math.abs((await score(rate)) - LOW_TIER_PHONE.index)).toBeLessThan(CLOSE_ENOUGH);
    expect(rate).toBeGreaterThan(1600 / LOW_TIER_PHONE.index);
  });

  it('is 1 on a machine no faster than the phone', async () => {
    const { score, tried } = machine(LOW_TIER_PHONE.index);
    expect(await slowdownFor(score)).toBe(1);
    expect(tried).toEqual([1]);
  });

  it('targets the mid-tier phone when asked', async () => {
    const { score } = machine(2000);
    const rate = await slowdownFor(score, MID_TIER_PHONE);
    expect(Math.abs(2000 / rate - MID_TIER_PHONE.index)).toBeLessThan(CLOSE_ENOUGH);
  });
});
