/** Drive the CLI in-process the way a terminal would, capturing what it prints. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { serializeProject } from '../../../shared/model/save';
import type { Project } from '../../../shared/model/schema';
import { loadSample } from '../../../shared/samples';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** An embedded sample's file, as a user would pass it on the command line. */
export const samplePath = (id: string): string => join(process.cwd(), 'shared', 'samples', `${id}.decamp.json`);

/** An embedded sample changed by `edit`, saved in a fresh temporary folder as `name`; its path. */
export function editedSample(id: Parameters<typeof loadSample>[0], edit: (project: Project) => void, name = `${id}.decamp.json`): string {
  const project = loadSample(id);
  edit(project);
  const file = join(mkdtempSync(join(tmpdir(), 'decamp-cli-edited-')), name);
  writeFileSync(file, serializeProject(project));
  return file;
}

/** A sum as the CLI writes money: rounded, with thousands separators (1,234,567), worked out without Intl. */
export const grouped = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');

/** Puts an environment variable back after each test of the calling block, as it was when the block was collected. */
export function restoreEnvAfterEach(name: string): void {
  const saved = process.env[name];
  afterEach(() => {
    if (saved === undefined) delete process.env[name];
    else process.env[name] = saved;
  });
}
