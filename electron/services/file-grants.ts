/**
 * The save grant: the files the page may have main write to. Main adds a path when the user chose it
 * (an Open or Save dialog, the OS opening a file with Decamp, the native Open Recent menu) or when
 * main itself recorded it from such a choice (the recent list, a recovery copy); the page can only
 * name a path, never add one. See docs/security.md, "Writing files".
 */
import { isAbsolute, resolve } from 'node:path';

export interface FileGrants {
  /** The user chose this file: the page may save over it from now on. */
  grant(filePath: string): void;
  /** Whether a path the page names is one the user chose. Relative paths never are. */
  isGranted(filePath: string): boolean;
}

/** One spelling per file: `a/../b` and `b` are the same grant; case folds where the file system usually does. */
export function grantKey(filePath: string, platform: NodeJS.Platform = process.platform): string {
  const normal = resolve(filePath);
  return platform === 'linux' ? normal : normal.toLowerCase();
}

export function createFileGrants(platform: NodeJS.Platform = process.platform): FileGrants {
  const granted = new Set<string>();
  return {
    grant(filePath) {
      if (isAbsolute(filePath)) granted.add(grantKey(filePath, platform));
    },
    isGranted(filePath) {
      return isAbsolute(filePath) && granted.has(grantKey(filePath, platform));
    },
  };
}
