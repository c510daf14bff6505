import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, localElectronProbe, MISSING_BINARY_MESSAGE } from '../../scripts/launch';

const files = (present: Record<string, string>) => ({
  exists: (p: string) => p in present,
  readText: (p: string) => present[p] ?? '',
});

describe('npm start: is the Electron binary there?', () => {
  const pkg = '/repo/node_modules/electron';

  it('finds the binary named by path.txt inside dist/', () => {
    const probe = { packageDir: pkg, ...files({ [join(pkg, 'path.txt')]: 'electron', [join(pkg, 'dist', 'electron')]: '' }) };
    expect(findElectronBinary(probe)).toEqual({ ok: true, path: join(pkg, 'dist', 'electron') });
  });

  it.each([
    ['the package is not installed', { packageDir: null, ...files({}) }],
    ['the download never ran (no path.txt)', { packageDir: pkg, ...files({}) }],
    ['path.txt exists but the binary does not', { packageDir: pkg, ...files({ [join(pkg, 'path.txt')]: 'electron' }) }],
    ['an override dist path that is empty', { packageDir: pkg, overrideDistPath: '/nowhere', ...files({ [join(pkg, 'path.txt')]: 'electron' }) }],
  ])('says so in one line when %s', (_why, probe) => {
    const result = findElectronBinary(probe);
    expect(result).toEqual({ ok: false, message: MISSING_BINARY_MESSAGE });
    expect(MISSING_BINARY_MESSAGE).not.toContain('\n');
    expect(MISSING_BINARY_MESSAGE).toContain('npm run web');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const probe = { packageDir: pkg, overrideDistPath: '/opt/electron', ...files({ [join('/opt/electron', 'electron')]: '' }) };
    expect(findElectronBinary(probe)).toEqual({ ok: true, path: join('/opt/electron', 'electron') });
  });

  it('agrees with this machine: the package is installed, and the answer matches whether dist/ holds the binary', () => {
    const probe = localElectronProbe(join(import.meta.dirname, '../..'));
    expect(probe.packageDir).not.toBeNull();
    const result = findElectronBinary(probe);
    const pathTxt = join(probe.packageDir!, 'path.txt');
    const expected = probe.exists(pathTxt) && probe.exists(join(probe.packageDir!, 'dist', probe.readText(pathTxt).trim()));
    expect(result.ok).toBe(expected);
  });
});
