/** Drive the CLI in-process the way a terminal would, capturing what it prints. */
import { join } from 'node:path';
import { runCli } from '../../../electron/cli/main';

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
