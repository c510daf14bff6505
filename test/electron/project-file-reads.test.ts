/**
 * How an open reads the file, seen through a wrapped node:fs/promises: a file over the limit is
 * refused from its size alone, never read (reading 2 GB would stall the app); a file that grew past
 * the limit between the size check and the read is refused from the bytes read; a read that fails
 * after the size check says it could not read the file, and why.
 */
import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../shared/model/save';
import { makeProject } from './fixtures/project';

const reads: string[] = [];
/** What the wrapped calls answer instead: a size stat reports, an error readFile throws. */
const inject: { statSize?: number; readError?: string } = {};

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    stat: async (...args: Parameters<typeof real.stat>) => {
      const info = await real.stat(...args);
      return inject.statSize === undefined ? info : Object.assign(Object.create(Object.getPrototypeOf(info)), info, { size: inject.statSize });
    },
    readFile: (async (path: string, ...rest: unknown[]) => {
      reads.push(basename(String(path)));
      if (inject.readError) throw Object.assign(new Error(`${inject.readError}: i/o error, read`), { code: inject.readError });
      return (real.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof real.readFile,
  };
});

const { readProjectFile } = await import('../../electron/services/project-file');

let dir: string;
let filePath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-reads-'));
  filePath = join(dir, 'plan.decamp.json');
  await writeFile(filePath, serializeProject(makeProject('A')));
  reads.length = 0;
  delete inject.statSize;
  delete inject.readError;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('opening a project file', () => {
  it('refuses a file over the limit from its size alone, without reading a byte of it', async () => {
    inject.statSize = 300 * 1024 * 1024;
    expect(await readProjectFile(filePath)).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'plan.decamp.json is 300 MB; Decamp opens project files up to 200 MB.' },
    });
    expect(reads).toEqual([]);
  });

  it('refuses a file that grew past the limit after its size was taken, from the bytes read', async () => {
    inject.statSize = 10;
    const read = await readProjectFile(filePath, 1024);
    expect(read).toEqual({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/^plan\.decamp\.json is \d+\.\d MB; Decamp opens project files up to 0\.0 MB\.$/) } });
    expect(reads).toEqual(['plan.decamp.json']);
  });

  it('says it could not read the file, and why, when the read fails after the size check', async () => {
    inject.readError = 'EIO';
    expect(await readProjectFile(filePath)).toEqual({ ok: false, error: { code: 'io', message: 'Could not read plan.decamp.json: EIO: i/o error, read' } });
  });

  it('reads a file within the limit once', async () => {
    const read = await readProjectFile(filePath);
    expect(read.ok).toBe(true);
    expect(reads).toEqual(['plan.decamp.json']);
  });
});
