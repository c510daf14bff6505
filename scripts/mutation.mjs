#!/usr/bin/env node
/**
 * `npm run mutation [FOLDER...] [-- STRYKER OPTIONS]`: Stryker over each folder in turn (default:
 * every folder docs/testing.md reports), then the score per folder from the JSON reports in
 * reports/mutation/. Per folder so that one folder's run is short enough to repeat, and so that an
 * incremental rerun after a change in one folder tests only that folder's changed mutants.
 *
 * `--sample N` (a count, or a fraction below 1) and `--seed S` run a seeded random sample of each
 * folder's mutants instead of all of them, and print the sample's score with its 95% interval
 * (scripts/mutation-sample.mjs).
 *
 * Where ../shared is present, the sandbox sees it too (its specs read the real fixtures from there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLDERS, scoreOf, readReport } from './mutation-score.mjs';
import { DEFAULT_SEED, enumerate, pick, rangeOf, sampleIdOf, wilson } from './mutation-sample.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const split = args.indexOf('--');
const ours = split < 0 ? args : args.slice(0, split);
const extra = split < 0 ? [] : args.slice(split + 1);
const option = (flag) => {
  const at = ours.indexOf(flag);
  if (at < 0) return undefined;
  const [value] = ours.splice(at, 2).slice(1);
  if (value === undefined) {
    console.error(`mutation: ${flag} needs a value`);
    process.exit(2);
  }
  return value;
};
// --score: print the scores of the last run's reports (and its sample files) without running Stryker.
const scoreOnly = ours.includes('--score') && ours.splice(ours.indexOf('--score'), 1).length > 0;
const sampleSize = option('--sample');
const seed = option('--seed') ?? DEFAULT_SEED;
if (sampleSize !== undefined && !(Number(sampleSize) > 0)) {
  console.error(`mutation: --sample takes a count or a fraction below 1, not ${sampleSize}`);
  process.exit(2);
}
const label = sampleSize === undefined ? undefined : `sample-${sampleSize}${seed === DEFAULT_SEED ? '' : `-${seed}`}`;
const named = ours.map((f) => f.replace(/\/+$/, ''));
const folders = named.length > 0 ? named : FOLDERS;
for (const folder of folders) {
  if (!existsSync(join(root, folder))) {
    console.error(`mutation: no folder ${folder}`);
    process.exit(2);
  }
}

// The sandbox is .stryker-tmp/sandbox-*/, so a spec's "../shared" (four levels up from test/shared/import) is .stryker-tmp/shared.
const outside = resolve(root, '..', 'shared');
const linkPath = join(root, '.stryker-tmp', 'shared');
if (existsSync(outside) && !existsSync(linkPath)) {
  mkdirSync(join(root, '.stryker-tmp'), { recursive: true });
  symlinkSync(outside, linkPath, 'dir');
}

const samplePathOf = (folder) => join(root, 'reports', 'mutation', `${folder.replace(/\//g, '-')}.${label}.mutants.json`);
/** A sample as the last run wrote it: the one its report is of, even if the code changed since. */
function readSample(folder) {
  const path = samplePathOf(folder);
  if (!existsSync(path)) return undefined;
  const { total, mutants } = JSON.parse(readFileSync(path, 'utf8'));
  return { path, total, ids: new Set(mutants.map(sampleIdOf)) };
}

/** The sampled mutants of a folder, written where the Stryker config and the ignorer read them. */
async function writeSample(folder) {
  const all = await enumerate(root, folder);
  const mutants = pick(all, Number(sampleSize), seed);
  const path = samplePathOf(folder);
  mkdirSync(dirname(path), { recursive: true });
  const ranges = [...new Set(mutants.map(rangeOf))];
  writeFileSync(path, JSON.stringify({ folder, label, seed, size: sampleSize, total: all.length, ranges, mutants }, null, 1));
  console.log(`mutation: ${folder}: ${mutants.length} of ${all.length} mutants sampled (seed ${seed}), ${ranges.length} nodes`);
  return { path, total: all.length, ids: new Set(mutants.map(sampleIdOf)) };
}

let failed = 0;
for (const folder of scoreOnly ? [] : folders) {
  console.log(`\n::: mutation ${folder}`);
  const sample = label ? await writeSample(folder) : undefined;
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DECAMP_MUTATE: folder, ...(sample ? { DECAMP_MUTATION_SAMPLE: sample.path } : {}) },
  });
  console.log(`mutation: ${folder}: Stryker ran ${((Date.now() - started) / 60000).toFixed(1)} min`);
  if (run.status !== 0) {
    console.error(`mutation: Stryker failed on ${folder} (exit ${run.status})`);
    failed++;
  }
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
console.log(`\nfolder\tscore${label ? '\t95% interval\tsample\tof' : ''}\tkilled\ttimeout\tsurvived\tno coverage\ttarget`);
for (const folder of folders) {
  const report = readReport(root, folder, label);
  if (!report) continue;
  const sample = label ? readSample(folder) : undefined;
  if (label && !sample) continue;
  const s = scoreOf(report, sample?.ids);
  const { low, high } = wilson(s.killed + s.timeout, s.valid);
  const sampled = sample ? `\t${pct(low)}-${pct(high)}\t${s.valid}\t${sample.total}` : '';
  console.log(`${folder}\t${s.score.toFixed(1)}%${sampled}\t${s.killed}\t${s.timeout}\t${s.survived}\t${s.noCoverage}\t${s.target}%`);
}
process.exit(failed > 0 ? 1 : 0);
