/**
 * `npm run mutation -- FOLDER --sample N` (docs/testing.md, "Sampling"): the sample is the same on
 * every run and machine, an edit moves only its own lines' mutants, the interval is Wilson's, and
 * Stryker, given the sample's ranges and the ignorer, makes the sampled mutants and no others but
 * their node's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, typed by the test's use of it
import { drawOf, enumerate, keysOf, pick, rangeOf, reportIdOf, sampleIdOf, wilson } from '../../scripts/mutation-sample.mjs';

type Loc = { start: { line: number; column: number }; end: { line: number; column: number } };
type Mutant = { key: string; fileName: string; mutatorName: string; replacement: string; location: Loc };

/** One mutant per line of `source` (the line's text replaced by `0`), as the instrumenter lists them. */
const mutantsOf = (source: string, fileName = 'shared/x.ts'): Mutant[] => {
  const raw = source.split('\n').map((text, line) => ({ fileName, mutatorName: 'ArithmeticOperator', replacement: '0', location: { start: { line, column: 0 }, end: { line, column: text.length } } }));
  return keysOf(raw, source).map((key: string, i: number) => ({ ...raw[i], key }));
};
const lines = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `const v${from + i} = a${from + i} + ${i % 7};`);
const keys = (ms: Mutant[]) => ms.map((m) => m.key);

describe('mutation sample', () => {
  it('draws the same sample every time, of the size asked', () => {
    const ms = mutantsOf(lines(2000).join('\n'));
    expect(keys(pick(ms, 50))).toEqual(keys(pick(mutantsOf(lines(2000).join('\n')), 50)));
    expect(pick(ms, 50)).toHaveLength(50);
    expect(pick(ms, 5000)).toHaveLength(2000);
    // In source order, and another seed gives another sample.
    const indices = pick(ms, 50).map((m: Mutant) => ms.indexOf(m));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(keys(pick(ms, 50, 'other')).filter((k: string) => keys(pick(ms, 50)).includes(k)).length).toBeLessThan(10);
  });

  it('keeps a mutant in or out of the sample when lines above it change', () => {
    const before = lines(1000);
    const after = ['// a new comment', 'import { y } from "./y";', ...before.slice(0, 400), ...lines(30, 5000), ...before.slice(400)];
    const a = mutantsOf(before.join('\n'));
    const b = mutantsOf(after.join('\n'));
    const edited = new Set(keys(b).filter((k) => !keys(a).includes(k)));
    expect(edited.size).toBe(32);
    // A fraction: the old lines are in the sample exactly when they were.
    const fa = keys(pick(a, 0.1));
    const fb = keys(pick(b, 0.1)).filter((k: string) => !edited.has(k));
    expect(fb).toEqual(fa);
    // A count: only as many old mutants leave as new ones came in.
    const na = keys(pick(a, 100));
    const nb = keys(pick(b, 100));
    const newIn = nb.filter((k: string) => edited.has(k)).length;
    expect(na.filter((k: string) => !nb.includes(k))).toHaveLength(newIn);
    expect(newIn).toBeLessThanOrEqual(10);
  });

  it('tells equal code on two lines apart, and by line text, not line number', () => {
    const source = ['x = 1;', 'y = 2;', 'x = 1;'].join('\n');
    const ks = keys(mutantsOf(source));
    expect(new Set(ks).size).toBe(3);
    expect(ks[0]).not.toBe(ks[2]);
    expect(keys(mutantsOf(`\n\n${source}`)).slice(2)).toEqual(ks);
  });

  it('draws uniformly: a fraction takes its share, counts fall evenly', () => {
    const draws = Array.from({ length: 20000 }, (_, i) => drawOf(`k${i}`));
    const mean = draws.reduce((s, u) => s + u, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01); // sd of the mean 0.002
    const deciles = Array.from({ length: 10 }, (_, d) => draws.filter((u) => u >= d / 10 && u < (d + 1) / 10).length);
    for (const n of deciles) expect(Math.abs(n - 2000)).toBeLessThan(200); // sd 42
  });

  it("gives Wilson's 95% interval", () => {
    // Worked by hand: centre (p + z²/2n) / (1 + z²/n), half z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²).
    const eight = wilson(8, 10);
    expect(eight.low).toBeCloseTo(0.4902, 4);
    expect(eight.high).toBeCloseTo(0.9433, 4);
    // At 0 and n the bounds are z² / (n + z²) from the end: 3.8416 / 13.8416.
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(0, 10).high).toBeCloseTo(0.27754, 5);
    expect(wilson(10, 10).low).toBeCloseTo(1 - 0.27754, 5);
    expect(wilson(10, 10).high).toBe(1);
    // Large n: close to the normal interval, p ± 1.96 sqrt(p(1-p)/n).
    const big = wilson(8000, 10000);
    expect(big.low).toBeCloseTo(0.8 - 1.96 * Math.sqrt(0.16 / 10000), 3);
    expect(big.high).toBeCloseTo(0.8 + 1.96 * Math.sqrt(0.16 / 10000), 3);
  });

  it("names a mutant of Stryker's report (1-based) as its sample entry (0-based)", () => {
    const m = { fileName: 'shared/x.ts', mutatorName: 'EqualityOperator', replacement: 'a <= b', location: { start: { line: 4, column: 2 }, end: { line: 4, column: 8 } } };
    expect(rangeOf(m)).toBe('shared/x.ts:5:2-5:8');
    const reported = { mutatorName: 'EqualityOperator', replacement: 'a <= b', location: { start: { line: 5, column: 3 }, end: { line: 5, column: 9 } } };
    expect(reportIdOf('shared/x.ts', reported)).toBe(sampleIdOf(m));
  });

  it('makes, with the ranges and the ignorer, the sampled mutants and only their nodes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'decamp-sample-'));
    const source = [
      'export function f(a: number, b: number): number {',
      '  if (a < b) {',
      '    return a + b * 2;',
      '  }',
      "  return a > 0 ? a - 1 : 'none'.length;",
      '}',
    ].join('\n');
    writeFileSync(join(root, 'x.ts'), source);
    const all: Mutant[] = await enumerate(root, 'x.ts');
    expect(all.length).toBeGreaterThan(10);
    // The function body's block: its range holds every other mutant of the file.
    const block = all.find((m) => m.mutatorName === 'BlockStatement' && m.location.start.line === 0)!;
    const plus = all.find((m) => m.mutatorName === 'ArithmeticOperator' && m.replacement.includes('a - b'))!;
    const samplePath = join(root, 'sample.json');
    writeFileSync(samplePath, JSON.stringify({ mutants: [block, plus].map((m) => ({ ...m, fileName: join(root, 'x.ts') })) }));
    process.env.DECAMP_MUTATION_SAMPLE = samplePath;
    // @ts-expect-error: a plain ES module script, typed by the test's use of it
    const { strykerPlugins } = await import('../../scripts/mutation-sample-ignorer.mjs');
    const { createInstrumenter } = await import('@stryker-mutator/instrumenter');
    const { createInjector } = await import('typed-inject');
    const { commonTokens } = await import('@stryker-mutator/api/plugin');
    const logger = { isDebugEnabled: () => false, debug() {}, info() {}, warn() {}, error() {} };
    const instrumenter = createInstrumenter(createInjector().provideValue(commonTokens.logger, logger as never) as never);
    const toRange = (m: Mutant) => ({ start: m.location.start, end: m.location.end });
    const run = async (ignorers: unknown[]) =>
      (await instrumenter.instrument([{ name: join(root, 'x.ts'), content: readFileSync(join(root, 'x.ts'), 'utf8'), mutate: [toRange(block), toRange(plus)] }], { plugins: null, excludedMutations: [], ignorers, noHeader: true } as never)).mutants.filter((m: { status?: string }) => m.status !== 'Ignored');
    // Without the ignorer the block's range brings all of the file's mutants.
    expect((await run([])).length).toBe(all.length);
    // With it: the two sampled, the other mutants of the `a + b * 2` node (here none), and the if's
    // block, which holds that node: the ignorer cannot leave out a node without what is inside it.
    const made = (await run([strykerPlugins[0].value])).map((m: { mutatorName: string; replacement: string }) => `${m.mutatorName} ${m.replacement}`);
    expect(made).toContain('BlockStatement {}');
    expect(made).toContain(`ArithmeticOperator ${plus.replacement}`);
    const plusNode = all.filter((m) => m.location.start.line === plus.location.start.line && m.location.start.column === plus.location.start.column && m.location.end.column === plus.location.end.column);
    expect(plusNode).toHaveLength(1);
    expect(made.sort()).toEqual(['ArithmeticOperator a - b * 2', 'BlockStatement {}', 'BlockStatement {}']);
    // The `a < b`, `a > 0` and `'none'` nodes (inside the sampled block, holding no sampled node) are left out.
    expect(all.filter((m) => m.location.start.line === 1 && m.mutatorName === 'EqualityOperator').length).toBeGreaterThan(0);
  });
});
