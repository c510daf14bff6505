/** The version printed by `decamp --version`: package.json's, read once from disk. */
import { readFileSync } from 'node:fs';

export function decampVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
