/**
 * Project files that never lose work: open with a disk fingerprint, save atomically with a .bak,
 * refuse to overwrite a file someone else changed since it was opened unless the user says so.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { IpcResult, OpenedDocument, SampleId, SavedDocument } from '../../shared/ipc';
import { formatPath } from '../../shared/model/load';
import { serializeProject } from '../../shared/model/save';
import type { Project } from '../../shared/model/schema';
import { removeStaleTemps, resolveLinks, writeFileAtomic } from './atomic-write';
import { currentDiskVersion, diskVersionOf, displayNameOf, ioError, MAX_PROJECT_BYTES, megabytes, parseProjectText, PROJECT_EXTENSION, readProjectFile, sameContent } from './project-file';

export interface FileServiceOptions {
  /** The embedded samples (shared/samples); injected so the service does not care how they ship. */
  readonly loadSample: (id: SampleId) => Project;
  readonly maxBytes?: number;
}

export interface SaveRequest {
  readonly project: Project;
  readonly filePath: string;
  /** Fingerprint from when the document was opened or last saved; null if it never came from this path. */
  readonly diskVersion: string | null;
  readonly overwriteChanged: boolean;
}

export interface FileService {
  openPath(filePath: string): Promise<IpcResult<OpenedDocument>>;
  openSample(id: SampleId): IpcResult<OpenedDocument>;
  /** Save over a known path, checking it was not changed on disk meanwhile. */
  save(request: SaveRequest): Promise<IpcResult<SavedDocument>>;
  /** Save to a path the user just chose in a Save dialog (which already confirmed any overwrite). */
  saveTo(filePath: string, project: Project): Promise<IpcResult<SavedDocument>>;
}

/** `plan` -> `plan.decamp.json`; a name that already ends in .decamp.json is kept. */
export function withProjectExtension(filePath: string): string {
  if (filePath.toLowerCase().endsWith(PROJECT_EXTENSION)) return filePath;
  return filePath.replace(/\.json$/i, '') + PROJECT_EXTENSION;
}

export function createFileService(options: FileServiceOptions): FileService {
  const maxBytes = options.maxBytes ?? MAX_PROJECT_BYTES;

  async function write(filePath: string, project: Project): Promise<IpcResult<SavedDocument>> {
    const refused = refusal(filePath, project);
    if (!refused.ok) return refused;
    const bytes = refused.value;
    try {
      await writeFileAtomic(filePath, bytes, { backup: true });
      const { mtimeMs } = await stat(filePath);
      return { ok: true, value: { filePath, displayName: displayNameOf(filePath), diskVersion: diskVersionOf(bytes, mtimeMs) } };
    } catch (error) {
      return { ok: false, error: ioError(error, basename(filePath), 'save') };
    }
  }

  /**
   * The bytes to write, or why not: a file Decamp would refuse to open (over the size limit, a dangling reference, a repeated
   * id) is never written, so a save can never turn a working file into one that no longer opens. The check is the open itself.
   */
  function refusal(filePath: string, project: Project): IpcResult<Buffer> {
    const name = basename(filePath);
    const text = serializeProject(project);
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.byteLength > maxBytes) {
      return { ok: false, error: { code: 'too-large', message: `${name} was not saved: it would be ${megabytes(bytes.byteLength)} MB, and Decamp opens project files up to ${megabytes(maxBytes)} MB.` } };
    }
    const reopened = parseProjectText(text, name);
    if (!reopened.ok) {
      const { loadErrors } = reopened.error;
      const first = loadErrors?.[0];
      // Some loader sentences end in a full stop (a scan's 'Too large to be a project file: ...'); this one adds its own.
      const why = (first ? `${formatPath(first.path) ? `${formatPath(first.path)}: ` : ''}${first.message}` : reopened.error.message).replace(/\.$/, '');
      const more = loadErrors && loadErrors.length > 1 ? ` (and ${loadErrors.length - 1} more)` : '';
      return {
        ok: false,
        error: { code: 'invalid-project', message: `${name} was not saved, because Decamp could not open it again: ${why}${more}. The file on disk is unchanged.`, ...(loadErrors ? { loadErrors } : {}) },
      };
    }
    return { ok: true, value: bytes };
  }

  return {
    async openPath(requested) {
      const filePath = resolve(requested);
      const read = await readProjectFile(filePath, maxBytes);
      // Housekeeping of our own: temp files a killed save of this file left behind (full-size copies, hidden).
      await resolveLinks(filePath)
        .then(removeStaleTemps)
        .catch(() => undefined);
      if (!read.ok) return read;
      const { project, diskVersion, warnings } = read.value;
      return { ok: true, value: { project, filePath, displayName: displayNameOf(filePath), diskVersion, ...(warnings.length > 0 ? { loadWarnings: warnings } : {}) } };
    },

    openSample(id) {
      try {
        return { ok: true, value: { project: options.loadSample(id), filePath: null, displayName: id, diskVersion: null } };
      } catch (error) {
        return { ok: false, error: { code: 'not-found', message: `The sample ${id} could not be loaded: ${error instanceof Error ? error.message : String(error)}` } };
      }
    },

    async save({ project, filePath: requested, diskVersion, overwriteChanged }) {
      const filePath = resolve(requested);
      if (!overwriteChanged) {
        let onDisk: string | null;
        try {
          onDisk = await currentDiskVersion(filePath);
        } catch (error) {
          return { ok: false, error: ioError(error, basename(filePath), 'save') };
        }
        // A file that vanished since opening is simply written again; one that appeared or changed is not ours to clobber.
        const changed = onDisk !== null && (diskVersion === null || !sameContent(onDisk, diskVersion));
        if (changed) {
          return {
            ok: false,
            error: {
              code: 'changed-on-disk',
              message: `${basename(filePath)} was changed by another program since you opened it. Save anyway to overwrite it (the other version is kept as ${basename(filePath)}.bak), or reload it.`,
            },
          };
        }
      }
      return write(filePath, project);
    },

    saveTo(filePath, project) {
      return write(resolve(filePath), project);
    },
  };
}
