/**
 * `npm run mutation` (docs/testing.md): the score table it prints, and where Stryker keeps the
 * results a rerun reuses. Those must be in a tracked file: a result only in the ignored reports/
 * was lost with the machine that measured it.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, typed by the test's use of it
import { scoreOf } from '../../scripts/mutation-score.mjs';
// @ts-expect-error: a plain ES module config, typed by the test's use of it
import strykerConfig from '../../stryker.config.mjs';

const mutant = (status: string) => ({ status, location: { start: { line: 1, column: 1 } }, mutatorName: 'ArithmeticOperator', replacement: '-' });
const report = (folder: string, statuses: string[]) => ({ folder, files: { [`${folder}/x.ts`]: { mutants: statuses.map(mutant) } } });

describe('mutation score', () => {
  it('counts killed and timed out as detected, over every mutant that ran or had no test', () => {
    const s = scoreOf(report('shared/model', ['Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError']));
    expect(s).toMatchObject({ killed: 2, timeout: 1, survived: 1, noCoverage: 1, target: 70 });
    expect(s.score).toBe(60);
    expect(s.survivors.map((m: { status: string }) => m.status)).toEqual(['Survived', 'NoCoverage']);
  });

  it("counts only a sample's mutants when given them, not the others Stryker ran on their nodes", () => {
    const at = (status: string, line: number, replacement: string) => ({ status, location: { start: { line, column: 3 }, end: { line, column: 9 } }, mutatorName: 'EqualityOperator', replacement });
    const r = { folder: 'shared/plan', files: { 'shared/plan/x.ts': { mutants: [at('Killed', 5, 'a <= b'), at('Survived', 5, 'a >= b'), at('Survived', 7, 'a >= b')] } } };
    // The sample's positions are Stryker's internal 0-based ones (scripts/mutation-sample.mjs).
    const sampled = new Set([`shared/plan/x.ts:EqualityOperator:a <= b:4:2:4:8`, `shared/plan/x.ts:EqualityOperator:a >= b:6:2:6:8`]);
    expect(scoreOf(r, sampled)).toMatchObject({ killed: 1, survived: 1, valid: 2, score: 50 });
    expect(scoreOf(r)).toMatchObject({ killed: 1, survived: 2, valid: 3 });
  });

  it("holds a subfolder or one file to its folder's target", () => {
    expect(scoreOf(report('shared/plan/simulate/percentiles.ts', ['Killed'])).target).toBe(80);
    expect(scoreOf(report('shared/plan/schedule', ['Killed'])).target).toBe(80);
    expect(scoreOf(report('electron/services/atomic-write.ts', ['Killed'])).target).toBe(80);
    expect(scoreOf(report('shared/model/load.ts', ['Killed'])).target).toBe(70);
  });

  it('keeps the incremental results in a file git tracks', () => {
    const file: string = strykerConfig.incrementalFile;
    expect(file).toMatch(/^test\/mutation\/shared-plan\.incremental\.json$/);
    // check-ignore exits 1 (and execFileSync throws) when the path is not ignored.
    expect(() => execFileSync('git', ['check-ignore', '-q', file], { stdio: 'ignore' })).toThrow();
  });
});
