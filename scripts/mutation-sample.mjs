/**
 * Seeded random mutant sampling for `npm run mutation -- FOLDER --sample N` (docs/testing.md,
 * "Sampling"). A folder's every mutant takes tens of hours on this machine (shared/plan alone has
 * over 10,000), so its score is estimated from a random sample of its mutants, with a 95% Wilson
 * interval: random mutant selection (Wong and Mathur, JSS 1995; Zhang et al., ICSE 2010; docs/testing.md).
 *
 * The sample is a pure function of the code: each mutant's place in it is a hash of its file,
 * mutator, replacement, the code it replaces and the line around it (not its line number), so the
 * same sample comes back on every machine, and an edit moves only the mutants of the lines it
 * touches in or out of it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The seed mixed into every hash: change it (`--seed`) for an independent sample. */
export const DEFAULT_SEED = 'decamp-1';

/** Stryker's positions: lines and columns 0-based (its API), as the instrumenter returns them. */
const textAt = (lines, { start, end }) =>
  start.line === end.line
    ? lines[start.line].slice(start.column, end.column)
    : [lines[start.line].slice(start.column), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.column)].join('\n');

/**
 * A mutant's identity apart from where it sits: file, mutator, replacement, the code it replaces
 * and its first line's text, then which of the equal ones in the file it is (`#2`). An edit above
 * it moves its line number but not its key.
 * @param {{ fileName: string, mutatorName: string, replacement: string, location: { start: { line: number, column: number }, end: { line: number, column: number } } }[]} mutants one file's, in source order
 * @param {string} source the file's text
 */
export function keysOf(mutants, source) {
  const lines = source.split('\n');
  const seen = new Map();
  return mutants.map((m) => {
    const base = [m.fileName, m.mutatorName, m.replacement, textAt(lines, m.location), lines[m.location.start.line].trim()].join('\u0000');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}\u0000#${n}`;
  });
}

/** A key's uniform draw in [0, 1): the first 52 bits of SHA-256 over the seed and the key. */
export function drawOf(key, seed = DEFAULT_SEED) {
  const hex = createHash('sha256').update(`${seed}\u0000${key}`).digest('hex');
  return parseInt(hex.slice(0, 13), 16) / 2 ** 52;
}

/**
 * The sample: with `size` below 1, every mutant whose draw is under it (a fraction: an added
 * mutant never displaces another); with a whole number, the `size` smallest draws (bottom-k).
 * Either way a uniform random sample without replacement, in the order given.
 * @template {{ key: string }} M
 * @param {M[]} mutants
 * @param {number} size
 * @param {string} [seed]
 * @returns {M[]}
 */
export function pick(mutants, size, seed = DEFAULT_SEED) {
  if (!(size > 0)) throw new Error(`mutation sample: size must be above 0, not ${size}`);
  const drawn = mutants.map((m, i) => ({ i, u: drawOf(m.key, seed) }));
  const chosen = size < 1 ? drawn.filter((d) => d.u < size) : [...drawn].sort((a, b) => a.u - b.u || a.i - b.i).slice(0, Math.floor(size));
  return chosen.map((d) => d.i).sort((a, b) => a - b).map((i) => mutants[i]);
}

/**
 * Wilson's score interval for a proportion `detected / n` (95% with z = 1.96): unlike the normal
 * approximation it stays inside [0, 1] and is fair near 100%, where mutation scores sit.
 */
export function wilson(detected, n, z = 1.96) {
  if (n === 0) return { low: 0, high: 1 };
  const p = detected / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Stryker's `mutate` entry for a mutant: `file:line:column-line:column`, lines 1-based and columns
 * 0-based as Stryker reads them. Stryker mutates every node inside the range, so the range of a
 * block or a function brings its inner mutants too; the ignorer (mutation-sample-ignorer.mjs)
 * leaves those out, and the score counts the sample alone.
 */
export const rangeOf = ({ fileName, location: { start, end } }) => `${fileName}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;

/** A mutant in Stryker's JSON report (positions 1-based) as the same string as its sample entry. */
export const reportIdOf = (fileName, m) =>
  [fileName, m.mutatorName, m.replacement, m.location.start.line - 1, m.location.start.column - 1, m.location.end.line - 1, m.location.end.column - 1].join(':');
export const sampleIdOf = (m) => [m.fileName, m.mutatorName, m.replacement, m.location.start.line, m.location.start.column, m.location.end.line, m.location.end.column].join(':');

/** Every .ts file under a folder (or the one file), relative to the root with forward slashes: Stryker's `FOLDER/**\/*.ts`. */
export function filesOf(root, target) {
  if (target.endsWith('.ts')) return [target];
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(path);
    }
  };
  walk(target);
  return out.map((f) => relative(root, join(root, f)).split(sep).join('/'));
}

const quiet = { isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, fatal: console.error };

/**
 * Every mutant Stryker would make in a folder, with its key: Stryker's own instrumenter (the
 * version the run uses), so the sample is drawn from exactly the mutants the run can make.
 */
export async function enumerate(root, target) {
  const { createInstrumenter } = await import('@stryker-mutator/instrumenter');
  const { createInjector } = await import('typed-inject');
  const { commonTokens } = await import('@stryker-mutator/api/plugin');
  const instrumenter = createInstrumenter(createInjector().provideValue(commonTokens.logger, quiet));
  const all = [];
  for (const fileName of filesOf(root, target)) {
    const source = readFileSync(join(root, fileName), 'utf8');
    const { mutants } = await instrumenter.instrument([{ name: fileName, content: source, mutate: true }], { plugins: null, excludedMutations: [], ignorers: [], noHeader: true });
    const own = mutants.filter((m) => m.status !== 'Ignored');
    keysOf(own, source).forEach((key, i) => {
      const { fileName: f, mutatorName, replacement, location } = own[i];
      all.push({ key, fileName: f, mutatorName, replacement, location });
    });
  }
  return all;
}
