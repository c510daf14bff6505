/**
 * Small JSON files in userData (settings, recent files, window state): read with a schema and a
 * fallback so a corrupt or hand-edited file never stops the app; written atomically.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { isCode, writeFileAtomic } from './atomic-write';

export interface JsonStore<T> {
  /** The stored value, or the fallback when the file is missing, not JSON or not of the schema. */
  read(): Promise<T>;
  /** Whether the file exists (first start = no settings file yet). */
  exists(): Promise<boolean>;
  write(value: T): Promise<void>;
}

export function createJsonStore<S extends z.ZodType>(filePath: string, schema: S, fallback: () => z.output<S>): JsonStore<z.output<S>> {
  async function readText(): Promise<string | null> {
    try {
      return await readFile(filePath, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
  }
  return {
    async read() {
      const text = await readText().catch(() => null);
      if (text === null) return fallback();
      try {
        const parsed = schema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : fallback();
      } catch {
        return fallback();
      }
    },
    async exists() {
      return (await readText().catch(() => null)) !== null;
    },
    async write(value) {
      await mkdir(dirname(filePath), { recursive: true });
      await writeFileAtomic(filePath, `${JSON.stringify(value, null, 2)}\n`);
    },
  };
}
