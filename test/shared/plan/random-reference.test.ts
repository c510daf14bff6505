/**
 * The Monte Carlo's generator (shared/plan/simulate/random.ts) against a reference written apart,
 * in BigInt arithmetic rather than 32-bit Math.imul and shifts: a Weyl sequence (step 0x9e3779b9)
 * through MurmurHash3's 32-bit finalizer seeds xoshiro128** (Blackman & Vigna), whose own steps are
 * checked on the state 1, 2, 3, 4 (first outputs 11520, 0, 5927040, worked by hand from the
 * algorithm). Every simulated date depends on these numbers being the ones the seed promises: the
 * same seed gives the same plan on every machine.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../shared/plan/simulate/random';

const M32 = 0xffffffffn;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & M32;

/** xoshiro128** from its four state words. */
function xoshiro(state: [bigint, bigint, bigint, bigint]) {
  let [s0, s1, s2, s3] = state;
  return (): bigint => {
    const result = (rotl((s1 * 5n) & M32, 7n) * 9n) & M32;
    const t = (s1 << 9n) & M32;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11n);
    return result;
  };
}

/** The seeding: seed, seed + golden step, ... each through fmix32. */
function seeded(seed: number) {
  let s = BigInt(seed) & M32;
  const mix = () => {
    s = (s + 0x9e3779b9n) & M32;
    let z = s;
    z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M32;
    z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M32;
    return z ^ (z >> 16n);
  };
  let state: [bigint, bigint, bigint, bigint] = [mix(), mix(), mix(), mix()];
  if (state.every((w) => w === 0n)) state = [1n, state[1], state[2], state[3]];
  const next = xoshiro(state);
  return () => Number(next()) / 2 ** 32;
}

const take = (next: () => number, n: number) => Array.from({ length: n }, next);

describe('the seeded generator against a BigInt reference', () => {
  it('the reference xoshiro128** steps as the algorithm does', () => {
    const next = xoshiro([1n, 2n, 3n, 4n]);
    expect([next(), next(), next()]).toEqual([11520n, 0n, 5927040n]);
  });

  it.each([0, 1, 42, 20_261_202, 2 ** 31 - 1, 2 ** 32 - 1])('seed %s: the first 2,000 uniforms', (seed) => {
    expect(take(createRandom(seed).next, 2_000)).toEqual(take(seeded(seed), 2_000));
  });

  it('negative, fractional, huge and non-finite seeds: truncated, taken modulo 2^32, non-finite as 0', () => {
    for (const [seed, as] of [[-1, 2 ** 32 - 1], [-7, 2 ** 32 - 7], [1.9, 1], [-2.5, 2 ** 32 - 2], [2 ** 32 + 5, 5], [2 ** 40 + 3, 3], [Number.NaN, 0], [Number.POSITIVE_INFINITY, 0]] as const) {
      expect(take(createRandom(seed).next, 50)).toEqual(take(seeded(as), 50));
    }
  });

  it('fill gives the numbers that as many calls of next would, and the stream goes on after them', () => {
    const filled = createRandom(99);
    const out = new Float64Array(1_000);
    filled.fill(out, 7);
    filled.fill(out.subarray(7), 993);
    const reference = seeded(99);
    expect(Array.from(out)).toEqual(take(reference, 1_000));
    expect(take(filled.next, 20)).toEqual(take(reference, 20));
    filled.fill(out, 0);
    expect(filled.next()).toBe(reference());
  });

  it('skip steps past as many uniforms as it is told, in blocks or not, and past none for 0 or less', () => {
    for (const n of [1, 4_095, 4_096, 4_097, 10_000]) {
      const r = createRandom(3);
      const reference = seeded(3);
      take(reference, n);
      r.skip(n);
      expect(take(r.next, 5)).toEqual(take(reference, 5));
    }
    for (const n of [0, -3]) {
      const r = createRandom(3);
      r.skip(n);
      expect(take(r.next, 5)).toEqual(take(seeded(3), 5));
    }
  });

  it('normal is Box-Muller on the next two uniforms, sqrt(-2 ln(1 - u)) cos(2 pi v)', () => {
    const r = createRandom(5);
    const reference = seeded(5);
    for (let i = 0; i < 500; i++) {
      const u = reference();
      const v = reference();
      expect(r.normal()).toBeCloseTo(Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v), 12);
    }
  });
});
