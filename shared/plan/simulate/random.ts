/**
 * Seeded randomness for the Monte Carlo: xoshiro128** (Blackman & Vigna), seeded through
 * splitmix32. 32-bit integer arithmetic only (Math.imul), so every JS engine gives the same
 * sequence for the same seed, and a draw allocates nothing.
 */

/** A seeded generator of uniform numbers in [0, 1). */
export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Standard normal (Box-Muller; one draw per call, the pair's second half is discarded). */
  normal(): number;
  /** The next `n` uniforms into `out[0..n)`: the same numbers as `n` calls of `next`, in one loop. */
  fill(out: Float64Array, n: number): void;
  /** Steps past the next `n` uniforms without computing them: afterwards it draws what `n` calls of `next` would have left. */
  skip(n: number): void;
}

/** splitmix32: spreads a small seed over all 32 bits so nearby seeds give unrelated streams. */
function splitmix32(state: number): () => number {
  let s = state | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const TWO_POW_32 = 4294967296;
/** A xoshiro128** generator for `seed` (any finite number; non-integers are truncated). */
export function createRandom(seed: number): Random {
  const mix = splitmix32(Number.isFinite(seed) ? Math.trunc(seed) % TWO_POW_32 : 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  // The all-zero state is the one xoshiro cannot leave.
  if ((a | b | c | d) === 0) a = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result >>> 0;
  };

  const next = (): number => nextUint32() / TWO_POW_32;
  const fill = (out: Float64Array, n: number): void => {
    // nextUint32 inlined on locals: the Monte Carlo draws every workload's effort this way.
    let sa = a;
    let sb = b;
    let sc = c;
    let sd = d;
    for (let k = 0; k < n; k++) {
      const x = Math.imul(sb, 5);
      const result = Math.imul((x << 7) | (x >>> 25), 9);
      const t = sb << 9;
      sc ^= sa;
      sd ^= sb;
      sb ^= sc;
      sa ^= sd;
      sc ^= t;
      sd = (sd << 11) | (sd >>> 21);
      out[k] = (result >>> 0) / TWO_POW_32;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
  };
  return {
    next,
    fill,
    skip: (n) => {
      // The generator's step on locals, as in `fill`, without the outputs: a helper thread steps
      // the effort stream past millions of uniforms a plan.
      let sa = a;
      let sb = b;
      let sc = c;
      let sd = d;
      for (let k = 0; k < n; k++) {
        const t = sb << 9;
        sc ^= sa;
        sd ^= sb;
        sb ^= sc;
        sa ^= sd;
        sc ^= t;
        sd = (sd << 11) | (sd >>> 21);
      }
      a = sa;
      b = sb;
      c = sc;
      d = sd;
    },
    normal: () => {
      // 1 - u keeps the log argument in (0, 1].
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
