/**
 * What the CLI needs from the machine, passed in so tests drive it without a terminal.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Exit codes are part of the public contract (scripts and CI pipelines read them). */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/** `1 team`, `3 teams`: the CLI speaks English only, so one rule (with the odd plural spelled out) is enough. */
export function counted(n: number, one: string, other = `${one}s`): string {
  return `${n} ${n === 1 ? one : other}`;
}

/** Files past this size are refused before reading: no project file is this large. */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; displayName: string } | { ok: false; message: string };

/** Read a project file as text, with a one-line reason on failure. */
export async function readProjectFile(path: string, cwd: string): Promise<ReadResult> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) return { ok: false, message: `'${path}' is a folder, not a project file.` };
    if (info.size > MAX_PROJECT_BYTES) {
      return { ok: false, message: `'${path}' is ${(info.size / 1024 / 1024).toFixed(0)} MB; project files over 200 MB are refused.` };
    }
    return { ok: true, text: await readFile(full, 'utf8'), displayName: path };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `'${path}' does not exist.` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `'${path}' cannot be read: permission denied.` };
    return { ok: false, message: `'${path}' cannot be read: ${(error as Error).message}` };
  }
}
