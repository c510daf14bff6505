#!/usr/bin/env node
// `npm run bench [engine|sensitivity|renderer ...]`: runs the benchmarks through tsx, each writing
// its own section of docs/performance.md. With no name, all of them; the renderer one needs Chromium (the export one prints its PDF with it when there is one).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCHES = { engine: 'bench/index.ts', sensitivity: 'bench/sensitivity.ts', layout: 'bench/layout.ts', import: 'bench/import.ts', export: 'bench/export.ts', renderer: 'bench/renderer/index.ts', views: 'bench/renderer/plan-views.ts' };
const asked = process.argv.slice(2).filter((a) => a in BENCHES);
const extra = process.argv.slice(2).filter((a) => !(a in BENCHES));
const names = asked.length > 0 ? asked : Object.keys(BENCHES);

let status = 0;
for (const name of names) {
  if ((name === 'renderer' || name === 'views') && !existsSync(process.env.DECAMP_CHROMIUM ?? '/usr/bin/chromium')) {
    console.log('\nrenderer benchmark skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)');
    continue;
  }
  console.log(`\n=== ${name} benchmark (${BENCHES[name]}) ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, BENCHES[name]), ...extra], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
