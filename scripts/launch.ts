/**
 * `npm start`: build with electron-vite and launch Electron, or, when the Electron binary is not
 * installed (this machine cannot download it), say so in one line and point to `npm run web`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const MISSING_BINARY_MESSAGE =
  'Decamp: the Electron binary is not installed on this machine (it is downloaded on first run and this machine has no network for it). Run `npm run web` to use Decamp in your browser.';

export interface ElectronPackageProbe {
  /** Folder of the installed `electron` npm package, or null if it is not installed. */
  readonly packageDir: string | null;
  readonly exists: (path: string) => boolean;
  readonly readText: (path: string) => string;
  readonly overrideDistPath?: string | undefined;
}

export type ElectronBinary = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/**
 * Where the Electron executable is, decided without running the electron package's index.js
 * (which would try to download the binary): path.txt names it inside dist/, and it must exist.
 */
export function findElectronBinary(probe: ElectronPackageProbe): ElectronBinary {
  if (!probe.packageDir) return { ok: false, message: MISSING_BINARY_MESSAGE };
  const pathFile = join(probe.packageDir, 'path.txt');
  const relative = probe.exists(pathFile) ? probe.readText(pathFile).trim() : '';
  if (probe.overrideDistPath) {
    const overridden = join(probe.overrideDistPath, relative || 'electron');
    return probe.exists(overridden) ? { ok: true, path: overridden } : { ok: false, message: MISSING_BINARY_MESSAGE };
  }
  if (!relative) return { ok: false, message: MISSING_BINARY_MESSAGE };
  const binary = join(probe.packageDir, 'dist', relative);
  return probe.exists(binary) ? { ok: true, path: binary } : { ok: false, message: MISSING_BINARY_MESSAGE };
}

/** The probe for this machine. */
export function localElectronProbe(fromDir: string): ElectronPackageProbe {
  let packageDir: string | null = null;
  try {
    packageDir = dirname(createRequire(join(fromDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    packageDir = null;
  }
  return { packageDir, exists: existsSync, readText: (p) => readFileSync(p, 'utf8'), overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH };
}

/** Build, then run Electron on the build; resolves to the exit code. */
export async function launch(rootDir: string): Promise<number> {
  const binary = findElectronBinary(localElectronProbe(rootDir));
  if (!binary.ok) {
    console.error(binary.message);
    return 1;
  }
  const cli = join(rootDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = spawnSync(process.execPath, [cli, 'build'], { cwd: rootDir, stdio: 'inherit' });
  if (built.status !== 0) return built.status ?? 1;
  const args = [rootDir, ...process.argv.slice(2)];
  return new Promise((resolve) => {
    const child = spawn(binary.path, args, { cwd: rootDir, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Decamp: could not start Electron: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 0));
  });
}
