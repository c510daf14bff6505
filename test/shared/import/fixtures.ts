/**
 * The real files in ../shared/fixtures/real (read in place, never copied). Where ../shared is absent
 * (a user's own clone) the specs that need them skip and say why; CI always has them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ImportInput } from '../../../shared/import/types';

export const REAL = resolve(__dirname, '../../../../shared/fixtures/real');
export const HAVE_REAL = existsSync(REAL);
export const SKIP_REASON = `the real fixtures are not at ${REAL} (../shared is absent in this checkout); CI has them`;

if (!HAVE_REAL) console.warn(`Skipping real-fixture import specs: ${SKIP_REASON}`);

export function realFile(path: string): ImportInput {
  return { name: path, bytes: readFileSync(join(REAL, path)) };
}

/** Every file under a fixture folder ending in one of `exts`, named relative to the fixtures root. */
export function realFolder(folder: string, exts: readonly string[]): ImportInput[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : exts.some((e) => p.endsWith(e)) ? [p] : []; });
  return walk(join(REAL, folder)).sort().map((p) => ({ name: relative(REAL, p).replace(/\\/g, '/'), bytes: readFileSync(p) }));
}
