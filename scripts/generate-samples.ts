/**
 * Writes the embedded sample projects (shared/samples/*.decamp.json) from the readable tables in
 * shared/samples/build/. Run after changing a table: `npx tsx scripts/generate-samples.ts`.
 * Every project is validated before it is written, so a broken table never reaches the app.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPath, validateProject } from '../shared/model/load';
import { serializeProject } from '../shared/model/save';
import { SAMPLE_BUILDERS } from '../shared/samples/build';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'samples');
let failed = false;
for (const [id, build] of Object.entries(SAMPLE_BUILDERS)) {
  const checked = validateProject(build());
  if (!checked.ok) {
    failed = true;
    for (const p of checked.problems) console.error(`${id}: ${formatPath(p.path)}: ${p.message}`);
    continue;
  }
  const file = join(dir, `${id}.decamp.json`);
  writeFileSync(file, serializeProject(checked.project));
  console.log(`${file}: ${checked.project.workloads.length} workloads, ${checked.project.dependencies.length} dependencies`);
}
process.exitCode = failed ? 1 : 0;
