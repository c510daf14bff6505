/**
 * PERT-beta draws by table lookup. A PERT-beta on (O, M, P) is O + (P - O) x Beta(a, b) with
 * a = 1 + 4m, b = 1 + 4(1 - m), m = (M - O) / (P - O): its shape depends only on m. With default
 * ratios every estimate has one of two shapes, so we tabulate the inverse CDF once per shape (m
 * rounded to 1/128) and a draw is one uniform, one lookup and one interpolation: as cheap as a
 * triangular draw, with PERT's mean (O + 4M + P) / 6 instead of the triangle's heavier (O + M + P) / 3.
 */

/** Intervals in each inverse-CDF table (the table has one more entry). */
export const PERT_TABLE_STEPS = 1024;
const SHAPE_STEPS = 128;
const GRID = 8192;

/** Inverse-CDF tables for the shapes a set of estimates needs, concatenated. */
export interface PertTables {
  readonly values: Float64Array;
  /** Per estimate: offset of its table in `values`. */
  readonly offsetOf: Int32Array;
}

/** Builds the tables for estimates given as (O, M, P) arrays. */
export function buildPertTables(o: Float64Array, m: Float64Array, p: Float64Array): PertTables {
  const shapeIndex = new Map<number, number>();
  const shapes: number[] = [];
  const offsetOf = new Int32Array(o.length);
  for (let i = 0; i < o.length; i++) {
    const range = p[i]! - o[i]!;
    const mode = range > 0 ? (m[i]! - o[i]!) / range : 0.5;
    const key = Math.round(Math.min(1, Math.max(0, mode)) * SHAPE_STEPS);
    let s = shapeIndex.get(key);
    if (s === undefined) {
      s = shapes.length;
      shapeIndex.set(key, s);
      shapes.push(key);
    }
    offsetOf[i] = s * (PERT_TABLE_STEPS + 1);
  }
  const values = new Float64Array(shapes.length * (PERT_TABLE_STEPS + 1));
  shapes.forEach((key, s) => values.set(shapeTable(key), s * (PERT_TABLE_STEPS + 1)));
  return { values, offsetOf };
}

/** Tables by shape key, computed once per process: a shape's table never changes (129 at most). */
const SHAPE_CACHE = new Map<number, Float64Array>();

function shapeTable(key: number): Float64Array {
  let t = SHAPE_CACHE.get(key);
  if (!t) {
    t = inverseCdf(key / SHAPE_STEPS);
    SHAPE_CACHE.set(key, t);
  }
  return t;
}

/** Quantiles of Beta(1 + 4m, 1 + 4(1 - m)) at 0, 1/Q, ..., 1, by integrating the density on a grid. */
export function inverseCdf(mode: number): Float64Array {
  const a = 1 + 4 * mode;
  const b = 1 + 4 * (1 - mode);
  const cdf = new Float64Array(GRID + 1);
  let prev = density(0, a, b);
  for (let i = 1; i <= GRID; i++) {
    const cur = density(i / GRID, a, b);
    cdf[i] = cdf[i - 1]! + (prev + cur) / 2;
    prev = cur;
  }
  const total = cdf[GRID]!;
  const out = new Float64Array(PERT_TABLE_STEPS + 1);
  let i = 0;
  for (let j = 0; j <= PERT_TABLE_STEPS; j++) {
    const q = (j / PERT_TABLE_STEPS) * total;
    while (i < GRID - 1 && cdf[i + 1]! < q) i++;
    const lo = cdf[i]!;
    const hi = cdf[i + 1]!;
    const f = hi > lo ? (q - lo) / (hi - lo) : 0;
    out[j] = Math.min(1, Math.max(0, (i + f) / GRID));
  }
  out[0] = 0;
  out[PERT_TABLE_STEPS] = 1;
  return out;
}

function density(x: number, a: number, b: number): number {
  return Math.pow(x, a - 1) * Math.pow(1 - x, b - 1);
}
