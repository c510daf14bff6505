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
