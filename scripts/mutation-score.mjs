/**
 * Mutation scores from Stryker's JSON reports (reports/mutation/<folder>.json): detected (killed
 * or timed out) over valid mutants (detected, survived, no coverage). Compile and runtime errors
 * and ignored mutants are not mutants of the code's behaviour and do not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportIdOf } from './mutation-sample.mjs';

export const FOLDERS = ['shared/plan', 'electron/services', 'shared/model', 'shared/import', 'shared/export', 'electron/cli'];
/** docs/testing.md: the engine and the save path are held to more. */
export const TARGETS = { 'shared/plan': 80, 'electron/services': 80 };

/** `label`: a sampled run's (`sample-200`), whose report sits apart from the full run's. */
export const reportPathOf = (root, folder, label) => join(root, 'reports', 'mutation', `${folder.replace(/\//g, '-')}${label ? `.${label}` : ''}.json`);

export function readReport(root, folder, label) {
  const path = reportPathOf(root, folder, label);
  return existsSync(path) ? { folder, ...JSON.parse(readFileSync(path, 'utf8')) } : null;
}

/**
 * @param {{ folder: string, files: Record<string, { mutants: any[] }> }} report
 * @param {Set<string>} [only] a sample's mutants (mutation-sample.mjs `sampleIdOf`): a sampled run also
 *   reports the other mutants on the sampled nodes, which the sample's score must not count
 */
export function scoreOf(report, only) {
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  const survivors = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      if (only && !only.has(reportIdOf(file, m))) continue;
      if (m.status in count) count[m.status]++;
      if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.push({ file, line: m.location.start.line, mutator: m.mutatorName, replacement: m.replacement, status: m.status });
    }
  }
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  return {
    score: valid === 0 ? 100 : (100 * detected) / valid,
    valid,
    killed: count.Killed,
    timeout: count.Timeout,
    survived: count.Survived,
    noCoverage: count.NoCoverage,
    // A subfolder or one file is held to its folder's target (shared/plan/simulate/pert.ts: 80%).
    target: TARGETS[report.folder.split('/').slice(0, 2).join('/')] ?? 70,
    survivors,
  };
}
