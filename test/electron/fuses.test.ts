/**
 * Electron fuses, flipped by electron-builder when it packages the app (`electronFuses`): the
 * binary cannot be turned into a plain Node (ELECTRON_RUN_AS_NODE), take options from the
 * environment or a debugger flag, or load code other than our integrity-checked app.asar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { asar?: unknown; electronFuses?: Record<string, unknown> };
const scheme = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('electron-builder fuses', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and loads only the integrity-checked asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('uses only fuse names electron-builder knows (a typo would be ignored silently)', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const name of Object.keys(config.electronFuses ?? {})) expect(known, name).toContain(name);
  });

  it('is documented in docs/security.md', () => {
    const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
    for (const name of Object.keys(config.electronFuses ?? {})) expect(doc, name).toContain(`\`${name}\``);
  });
});
