/**
 * Reading a project file from disk into a Project, refusing (with the loader's located messages)
 * anything too large, not JSON, from a newer Decamp, or invalid. Reading never changes anything.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IpcError, IpcResult } from '../../shared/ipc';
import { formatLoadError, type LoadError, loadProject } from '../../shared/model/load';
import type { Project } from '../../shared/model/schema';
import { isCode } from './atomic-write';

/** Files past this are refused before reading: no real plan is this big, and reading it would stall the app. */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

export const PROJECT_EXTENSION = '.decamp.json';

/** `shop.decamp.json` -> `shop`: the name a title bar shows. */
export function displayNameOf(filePath: string): string {
  const name = basename(filePath);
  return name.toLowerCase().endsWith(PROJECT_EXTENSION) ? name.slice(0, -PROJECT_EXTENSION.length) : name.replace(/\.json$/i, '');
}

/**
 * Fingerprint of a file's content as read: size, mtime and sha256. Saving compares it with the
 * file on disk to notice a git pull or another editor in between.
 */
export function diskVersionOf(content: Uint8Array, mtimeMs: number): string {
  const hash = createHash('sha256').update(content).digest('hex');
  return `${content.byteLength}:${Math.trunc(mtimeMs)}:${hash}`;
}

/** Same content? Only the hash decides: a `touch` or a checkout of identical bytes is no conflict. */
export function sameContent(a: string, b: string): boolean {
  const hashOf = (v: string) => v.slice(v.lastIndexOf(':') + 1);
  return hashOf(a) === hashOf(b);
}

/** The fingerprint of what is on disk now, or null if there is no file. */
export async function currentDiskVersion(filePath: string): Promise<string | null> {
  try {
    const info = await stat(filePath);
    return diskVersionOf(await readFile(filePath), info.mtimeMs);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

export interface ProjectFileRead {
  readonly project: Project;
  readonly diskVersion: string;
  readonly warnings: readonly LoadError[];
}

const fail = (error: IpcError): { ok: false; error: IpcError } => ({ ok: false, error });

/** Read, size-check, parse, migrate and validate a project file. */
export async function readProjectFile(filePath: string, maxBytes: number = MAX_PROJECT_BYTES): Promise<IpcResult<ProjectFileRead>> {
  const name = basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return fail({ code: 'not-found', message: `${name} is not a file.` });
    size = info.size;
  } catch (error) {
    return fail(ioError(error, name, 'open'));
  }
  if (size > maxBytes) {
    return fail({ code: 'too-large', message: `${name} is ${megabytes(size)} MB; Decamp opens project files up to ${megabytes(maxBytes)} MB.` });
  }
  // The fingerprint is taken from the bytes, then only the text is kept: a 200 MB file is not held twice while it parses.
  let text: string;
  let diskVersion: string;
  try {
    const bytes = await readFile(filePath);
    if (bytes.byteLength > maxBytes) {
      return fail({ code: 'too-large', message: `${name} is ${megabytes(bytes.byteLength)} MB; Decamp opens project files up to ${megabytes(maxBytes)} MB.` });
    }
    diskVersion = diskVersionOf(bytes, (await stat(filePath)).mtimeMs);
    text = bytes.toString('utf8');
  } catch (error) {
    return fail(ioError(error, name, 'read'));
  }
  const parsed = parseProjectText(text, name);
  return parsed.ok ? { ok: true, value: { project: parsed.value, diskVersion, warnings: parsed.warnings } } : parsed;
}

/** A parsed project and what the loader warned about (repeated keys), located. */
export type ParsedProject = { readonly ok: true; readonly value: Project; readonly warnings: readonly LoadError[] } | { readonly ok: false; readonly error: IpcError };

/** Text -> Project, with the loader's reason turned into the error code the page shows (not JSON, newer format, invalid). */
export function parseProjectText(text: string, name: string): ParsedProject {
  const loaded = loadProject(text, name);
  if (loaded.ok) return { ok: true, value: loaded.project, warnings: loaded.warnings };
  const loadErrors = loaded.errors;
  const first = loadErrors[0] ? formatLoadError(loadErrors[0]) : name;
  switch (loaded.reason) {
    case 'not-json':
      return fail({ code: 'not-json', message: `${name} is not a JSON file, so it cannot be a Decamp project. ${first}`, loadErrors });
    case 'too-large':
      return fail({ code: 'too-large', message: `${name} cannot be opened. ${first}`, loadErrors });
    case 'newer-format':
      return fail({ code: 'newer-format', message: `${name}: ${loadErrors[0]?.message ?? 'it was saved by a newer Decamp.'}`, loadErrors });
    case 'invalid-project': {
      const more = loadErrors.length > 1 ? ` (and ${loadErrors.length - 1} more)` : '';
      return fail({ code: 'invalid-project', message: `${name} is not a valid Decamp project: ${first}${more}`, loadErrors });
    }
  }
}

/** An fs error as a sentence; the raw code stays out of the user's way. */
export function ioError(error: unknown, name: string, verb: 'open' | 'read' | 'save'): IpcError {
  if (isCode(error, 'ENOENT')) return { code: 'not-found', message: `${name} no longer exists.` };
  if (isCode(error, 'EACCES') || isCode(error, 'EPERM')) return { code: 'io', message: `Decamp has no permission to ${verb} ${name}.` };
  if (isCode(error, 'ENOSPC')) return { code: 'io', message: `The disk is full: ${name} could not be saved. The previous version is unchanged.` };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'io', message: `Could not ${verb} ${name}: ${detail}` };
}

export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
