/**
 * The import boundaries are a rule the lint checks (shared/ is pure; renderer/ reaches the platform
 * only through DesktopApi). These tests lint code through ESLint's Node API with the repo's own
 * eslint.config.js, so a config edit that silently drops a boundary fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = join(__dirname, '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** Rule ids reported for `code` linted as if it were the file at `filePath` (relative to the repo). */
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return result.messages.map((m) => m.ruleId ?? '');
}

describe('shared/ is the pure domain', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", 'a Node built-in (node:fs)'],
    ["import * as path from 'path';\nexport const p = path;\n", 'a bare Node built-in (path)'],
    ["import { useState } from 'react';\nexport const u = useState;\n", 'React'],
    ["import { create } from 'zustand';\nexport const c = create;\n", 'UI state (zustand)'],
    ["import { app } from 'electron';\nexport const a = app;\n", 'Electron'],
    ["import { x } from '../../electron/x';\nexport const y = x;\n", 'electron/'],
    ["import { x } from '../../renderer/x';\nexport const y = x;\n", 'renderer/'],
  ])('reports %j (%s)', async (code) => {
    expect(await ruleIds(code, 'shared/model/x.ts')).toContain('no-restricted-imports');
  });

  it('accepts a clean shared module that imports shared code and zod', async () => {
    const code = "import { z } from 'zod';\nimport { type Project } from './schema';\nexport const Id = z.string();\nexport type P = Project;\n";
    expect(await ruleIds(code, 'shared/model/x.ts')).toEqual([]);
  });

  it('reports the real fixture file that breaks the rule', async () => {
    const code = readFileSync(join(repoRoot, 'test', 'fixtures', 'lint', 'shared-imports-node.ts'), 'utf8');
    const [result] = await eslint.lintText(code, { filePath: join(repoRoot, 'shared', 'model', 'shared-imports-node.ts') });
    expect(result?.messages.map((m) => [m.ruleId, m.line])).toEqual([['no-restricted-imports', 3]]);
    expect(result?.messages[0]?.message).toContain('no Node built-ins');
  });

  it('keeps the fixture folder out of the repo lint', async () => {
    expect(await eslint.isPathIgnored(join(repoRoot, 'test', 'fixtures', 'lint', 'shared-imports-node.ts'))).toBe(true);
  });
});

describe('renderer/ reaches the platform only through DesktopApi', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'Electron'],
    ["import { readFile } from 'node:fs';\nexport const r = readFile;\n", 'a Node built-in (node:fs)'],
    ["import { x } from '../electron/x';\nexport const y = x;\n", 'electron/'],
  ])('reports %j (%s)', async (code) => {
    expect(await ruleIds(code, 'renderer/views/x.tsx')).toContain('no-restricted-imports');
  });

  it('accepts React and shared/ imports', async () => {
    const code = "import { useState } from 'react';\nimport { type Project } from '../../shared/model/schema';\nexport function useP(): Project | null {\n  const [p] = useState<Project | null>(null);\n  return p;\n}\n";
    expect(await ruleIds(code, 'renderer/views/x.tsx')).toEqual([]);
  });
});

describe('electron/ may use Node and Electron', () => {
  it('does not apply the shared or renderer boundaries there', async () => {
    const code = "import { readFileSync } from 'node:fs';\nimport { app } from 'electron';\nexport const r = [readFileSync, app];\n";
    expect(await ruleIds(code, 'electron/main/x.ts')).toEqual([]);
  });
});
