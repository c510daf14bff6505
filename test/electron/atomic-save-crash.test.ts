/**
 * Proof that a save never tears a file: a child process saves versions A and B in a loop and is
 * killed with SIGKILL at a random moment, 200 times. After every kill the file (and its .bak) is
 * exactly A or exactly B, and loads as a valid project. A kill inside a write leaves a hidden temp
 * file; the next save removes those of dead processes, so they never pile up.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadProject } from '../../shared/model/load';
import { serializeProject } from '../../shared/model/save';
import { backupPathOf } from '../../electron/services/atomic-write';
import { createFileService } from '../../electron/services/file-service';
import { makeProject } from './fixtures/project';

const KILLS = 200;
const PARALLEL = 4;
/** Big enough (about 125 KB) that a write and its fsync take measurable time to land a kill in. */
const WORKLOADS = 200;

let dir: string;
let child: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-crash-'));
  child = join(dir, 'save-loop.mjs');
  // Bundled once so each of the 200 children starts in tens of milliseconds, not a TS compile.
  await build({ entryPoints: [join(import.meta.dirname, 'fixtures/save-loop.ts')], bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], outfile: child, logLevel: 'silent' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Start the saver, wait for its first save (which says how long a save takes on this machine right now), then SIGKILL it
 * at a random moment within the next two saves' time: a fixed window misses every write on a loaded machine.
 */
function runAndKill(target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, String(WORKLOADS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.once('data', (d: Buffer) => {
      const saveMs = Number(/saved (\d+)/.exec(d.toString())?.[1] ?? 20);
      setTimeout(() => proc.kill('SIGKILL'), Math.random() * 2 * saveMs);
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`saver exited on its own: ${stderr}`))));
  });
}

it(`leaves exactly the old or the new version after each of ${KILLS} SIGKILLs mid-save`, async () => {
  const a = serializeProject(makeProject('A', WORKLOADS));
  const b = serializeProject(makeProject('B', WORKLOADS));
  const seen = { A: 0, B: 0, killedMidWrite: 0, mostLeftovers: 0, leftAtEnd: 0 };

  async function lane(lane: number, kills: number): Promise<void> {
    const laneDir = join(dir, `lane-${lane}`);
    await rm(laneDir, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(laneDir));
    const target = join(laneDir, 'plan.decamp.json');
    await writeFile(target, a);
    for (let k = 0; k < kills; k++) {
      await runAndKill(target);
      const onDisk = await readFile(target, 'utf8');
      expect(onDisk === a || onDisk === b, `kill ${k}: file is neither version (${onDisk.length} bytes)`).toBe(true);
      expect(loadProject(onDisk).ok).toBe(true);
      seen[onDisk === a ? 'A' : 'B']++;
      const backup = await readFile(backupPathOf(target), 'utf8').catch(() => a);
      expect(backup === a || backup === b, `kill ${k}: .bak is neither version`).toBe(true);
      // A kill between creating the temp file and renaming it leaves the temp behind; the next saver clears it.
      const leftovers = (await readdir(laneDir)).filter((n) => n.endsWith('.tmp'));
      if (leftovers.length > 0) seen.killedMidWrite++;
      seen.mostLeftovers = Math.max(seen.mostLeftovers, leftovers.length);
    }
    // The last kill's temp files, if any, go with the next save.
    seen.leftAtEnd += (await readdir(laneDir)).filter((n) => n.endsWith('.tmp')).length;
    const next = await createFileService({ loadSample: () => makeProject('A') }).saveTo(target, makeProject('B', WORKLOADS));
    expect(next.ok).toBe(true);
    expect((await readdir(laneDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }

  await Promise.all(Array.from({ length: PARALLEL }, (_, i) => lane(i, KILLS / PARALLEL)));
  expect(seen.A + seen.B).toBe(KILLS);
  // The kills really landed at different points of the save loop, including inside a write.
  expect(seen.A).toBeGreaterThan(0);
  expect(seen.B).toBeGreaterThan(0);
  expect(seen.killedMidWrite).toBeGreaterThan(0);
  // Without the clean-up they accumulate (26 after 100 kills); with it, only a kill before the next saver's clean-up leaves more than one.
  expect(seen.mostLeftovers).toBeLessThanOrEqual(4);
  console.info(
    `atomic save: ${KILLS} kills, final A ${seen.A}, B ${seen.B}, killed mid-write ${seen.killedMidWrite}, most temp files at once ${seen.mostLeftovers}, left after the last kill ${seen.leftAtEnd}, after the next save 0`,
  );
  // About 60 s alone on 2 cores (each kill waits for one whole save first); the margin is for a loaded CI machine running other
  // suites beside it (180 s was exceeded at a load average of 13).
}, 420_000);
