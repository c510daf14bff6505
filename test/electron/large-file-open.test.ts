/**
 * A crafted file just under the 200 MB open limit loads or is refused, without crashing main: each
 * kind is opened by main's real reader in a child process limited to 1 GB of V8 heap, which is
 * killed if it runs past a generous time limit (a hang guard, not a speed target: the figures are
 * in docs/performance.md, "Opening large files", from `npm run bench file-open`).
 */
import { mkdtemp, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CRAFTED_KINDS, type CraftedKind, writeCraftedFile } from '../../bench/file-open/crafted-files';
import { bundleOpenChild, openInChild } from '../../bench/file-open/run-open';
import { MAX_PROJECT_BYTES } from '../../electron/services/project-file';

/** Just under the limit (200 MiB), as a crafted file would be. */
const SIZE = MAX_PROJECT_BYTES - 700_000;
const HEAP_MB = 1024;
const TIME_LIMIT_MS = 90_000;

const EXPECTED: Record<CraftedKind, { ok: boolean; code: string | null }> = {
  estate: { ok: true, code: null },
  whitespace: { ok: true, code: null },
  'long-string': { ok: true, code: null },
  'syntax-error-at-end': { ok: false, code: 'not-json' },
  'invalid-everywhere': { ok: false, code: 'invalid-project' },
  'tiny-values': { ok: false, code: 'too-large' },
  'empty-objects': { ok: false, code: 'too-large' },
  'distinct-keys': { ok: false, code: 'too-large' },
};

let dir: string;
let child: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-large-'));
  child = await bundleOpenChild(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it.each(CRAFTED_KINDS)(`a %s file of 199 MB loads or is refused under a ${HEAP_MB} MB heap`, async (kind) => {
  const file = join(dir, `${kind}.decamp.json`);
  const written = writeCraftedFile(kind, file, SIZE);
  expect(written).toBeGreaterThan(SIZE - 100_000);
  try {
    const outcome = await openInChild(child, file, HEAP_MB, TIME_LIMIT_MS);
    console.info(`open ${kind} (${(written / 1024 / 1024).toFixed(0)} MB): ${outcome.ok ? `loaded ${outcome.workloads} workloads` : `refused (${outcome.code})`} in ${outcome.ms} ms, peak RSS ${outcome.peakRssMb} MB`);
    expect({ ok: outcome.ok, code: outcome.code }).toEqual(EXPECTED[kind]);
    // The reader holds the text once and builds the project once: well under what crashed main before (3 GB at 50 MB).
    expect(outcome.peakRssMb).toBeLessThan(1_400);
    if (!outcome.ok) expect(outcome.message).toMatch(/:\d+:\d+: /);
  } finally {
    await rm(file, { force: true });
  }
}, TIME_LIMIT_MS + 60_000);

it('refuses a 220 MB file from its size alone, before reading it', async () => {
  const file = join(dir, 'huge.decamp.json');
  await writeFile(file, '');
  await truncate(file, 220 * 1024 * 1024); // sparse: nothing to read, so only the size check can answer quickly
  expect((await stat(file)).size).toBe(220 * 1024 * 1024);
  const outcome = await openInChild(child, file, 64, 20_000);
  expect(outcome).toMatchObject({ ok: false, code: 'too-large' });
  expect(outcome.message).toContain('220 MB; Decamp opens project files up to 200 MB');
  expect(outcome.peakRssMb).toBeLessThan(200);
  await rm(file, { force: true });
});
