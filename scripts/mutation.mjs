#!/usr/bin/env node
/**
 * `npm run mutation [FOLDER...] [-- STRYKER OPTIONS]`: Stryker over each folder in turn (default:
 * every folder docs/testing.md reports), then the score per folder from the JSON reports in
 * reports/mutation/. Per folder so that one folder's run is short enough to repeat, and so that an
 * incremental rerun after a change in one folder tests only that folder's changed mutants.
 *
 * Where ../shared is present, the sandbox sees it too (its specs read the real fixtures from there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLDERS, scoreOf, readReport } from './mutation-score.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const split = args.indexOf('--');
const named = (split < 0 ? args : args.slice(0, split)).map((f) => f.replace(/\/+$/, ''));
const extra = split < 0 ? [] : args.slice(split + 1);
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

let failed = 0;
for (const folder of folders) {
  console.log(`\n::: mutation ${folder}`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DECAMP_MUTATE: folder },
  });
  if (run.status !== 0) {
    console.error(`mutation: Stryker failed on ${folder} (exit ${run.status})`);
    failed++;
  }
}

console.log('\nfolder\tscore\tkilled\ttimeout\tsurvived\tno coverage\ttarget');
for (const folder of folders) {
  const report = readReport(root, folder);
  if (!report) continue;
  const s = scoreOf(report);
  console.log(`${folder}\t${s.score.toFixed(1)}%\t${s.killed}\t${s.timeout}\t${s.survived}\t${s.noCoverage}\t${s.target}%`);
}
process.exit(failed > 0 ? 1 : 0);
