/**
 * Autosave for crash recovery: while a document has unsaved changes the page sends it here every
 * 30 s; main keeps one entry per document in userData/recovery. After a crash the next start lists
 * them and the page offers to recover. A clean save or close removes the entry.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { IpcResult, OpenedDocument, RecoveryEntry } from '../../shared/ipc';
import { serializeProject } from '../../shared/model/save';
import type { Project } from '../../shared/model/schema';
import { isCode, writeFileAtomic } from './atomic-write';
import { parseProjectText } from './project-file';

const ENTRY_SUFFIX = '.recovery.json';
/** Recovery ids are ours (hex or "untitled"); anything else could walk out of the folder. */
const ID_PATTERN = /^(untitled|[0-9a-f]{24})$/;

/** One entry per document: by path for saved files, one slot for the untitled document. */
export function recoveryIdFor(filePath: string | null): string {
  return filePath === null ? 'untitled' : createHash('sha256').update(filePath).digest('hex').slice(0, 24);
}

const EnvelopeSchema = z.object({
  recoveryFormat: z.literal(1),
  id: z.string(),
  displayName: z.string(),
  filePath: z.string().nullable(),
  /** The file's disk version the copy's document was based on; copies written before it was kept have none. */
  diskVersion: z.string().nullable().optional(),
  savedAt: z.string(),
  /** The project file text, exactly as a save would write it. */
  projectText: z.string(),
});

export interface RecoveryStore {
  write(document: { project: Project; filePath: string | null; diskVersion: string | null; displayName: string }): Promise<RecoveryEntry>;
  list(): Promise<RecoveryEntry[]>;
  /**
   * The recovered document, with the disk version it was based on: saving it over a file nobody changed since goes ahead,
   * over one changed since (a git pull after the crash) asks first, as any save does.
   */
  recover(id: string): Promise<IpcResult<OpenedDocument>>;
  discard(id: string): Promise<void>;
}

export function createRecoveryStore(folder: string, now: () => Date = () => new Date()): RecoveryStore {
  const pathOf = (id: string) => join(folder, `${id}${ENTRY_SUFFIX}`);

  async function readEnvelope(id: string): Promise<z.infer<typeof EnvelopeSchema> | null> {
    if (!ID_PATTERN.test(id)) return null;
    try {
      const parsed = EnvelopeSchema.safeParse(JSON.parse(await readFile(pathOf(id), 'utf8')));
      return parsed.success && parsed.data.id === id ? parsed.data : null;
    } catch {
      return null;
    }
  }

  const entryOf = (e: z.infer<typeof EnvelopeSchema>): RecoveryEntry => ({ id: e.id, displayName: e.displayName, filePath: e.filePath, savedAt: e.savedAt });

  return {
    async write({ project, filePath, diskVersion, displayName }) {
      const id = recoveryIdFor(filePath);
      const envelope = { recoveryFormat: 1 as const, id, displayName, filePath, diskVersion, savedAt: now().toISOString(), projectText: serializeProject(project) };
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(pathOf(id), JSON.stringify(envelope));
      return entryOf(envelope);
    },

    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if (isCode(error, 'ENOENT')) return [];
        throw error;
      }
      const ids = names.filter((n) => n.endsWith(ENTRY_SUFFIX)).map((n) => n.slice(0, -ENTRY_SUFFIX.length));
      const envelopes = await Promise.all(ids.map(readEnvelope));
      return envelopes
        .filter((e) => e !== null)
        .map(entryOf)
        .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    },

    async recover(id) {
      const envelope = await readEnvelope(id);
      if (!envelope) return { ok: false, error: { code: 'not-found', message: 'That recovered document is no longer available.' } };
      const parsed = parseProjectText(envelope.projectText, envelope.displayName);
      if (!parsed.ok) return parsed;
      const diskVersion = envelope.filePath === null ? null : (envelope.diskVersion ?? null);
      return { ok: true, value: { project: parsed.value, filePath: envelope.filePath, displayName: envelope.displayName, diskVersion } };
    },

    async discard(id) {
      if (!ID_PATTERN.test(id)) return;
      await unlink(pathOf(id)).catch((error: unknown) => {
        if (!isCode(error, 'ENOENT')) throw error;
      });
    },
  };
}
