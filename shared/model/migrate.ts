/**
 * Format versions. A file is migrated step by step from its version to the current one before it
 * is validated; a file from a newer Decamp is refused, never guessed at.
 */
import { migrateFormat1 } from './migrate-format-1';
import { CURRENT_FORMAT_VERSION } from './schema';

/** Turns a document of version n into one of version n + 1. Keyed by n. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * One step per format; each has fixtures of real files of the older format under
 * test/shared/model/fixtures/ (the embedded samples as Decamp saved them).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateFormat1,
};

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; fromVersion: number }
  | { ok: false; message: string; path: (string | number)[] };

export function migrateDocument(
  value: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = CURRENT_FORMAT_VERSION,
): MigrationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, path: [], message: 'A project file must be a JSON object with a formatVersion, project, workloads and dependencies.' };
  }
  const doc = value as Record<string, unknown>;
  const version = doc.formatVersion;
  if (version === undefined) {
    return { ok: false, path: [], message: 'This is not a Decamp project file: it has no formatVersion.' };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, path: ['formatVersion'], message: `formatVersion must be a whole number of 1 or more, not ${JSON.stringify(version)}.` };
  }
  if (version > current) {
    return {
      ok: false,
      path: ['formatVersion'],
      message: `This file was saved by a newer Decamp (format version ${version}); this version reads format version ${current} and older. Update Decamp to open it.`,
    };
  }
  let migrated = doc;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, path: ['formatVersion'], message: `No migration from format version ${v} to ${v + 1}.` };
    try {
      migrated = { ...step(migrated), formatVersion: v + 1 };
    } catch (e) {
      // A migration meets files nobody foresaw; refuse the file instead of crashing the app.
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, path: [], message: `Could not upgrade this file from format version ${v} to ${v + 1}: ${why}` };
    }
  }
  return { ok: true, doc: migrated, fromVersion: version };
}
