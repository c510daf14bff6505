/** Which project file the OS asked us to open, from a command line (first launch or second instance). */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_FILE = /\.decamp\.json$/i;

/**
 * The last argument naming a `.decamp.json` file, made absolute against `cwd` (a second instance's
 * cwd, not ours). Flags and Electron's own arguments are skipped; `file://` URLs are accepted.
 */
export function documentPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    let candidate = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (PROJECT_FILE.test(candidate)) return isAbsolute(candidate) ? candidate : resolve(cwd, candidate);
  }
  return null;
}
