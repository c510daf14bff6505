/**
 * package.json's engines field says which Node runs the project: every installed package's own
 * engines range must hold for every Node it allows, or `npm install` warns (EBADENGINE) on a Node the
 * project claims to support. The README says the same, and what still works on an older Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };

describe('engines', () => {
  it('allows only Node versions every installed package supports', () => {
    const range = pkg.engines.node;
    expect(semver.validRange(range)).not.toBeNull();
    const unsupported = Object.entries(lock.packages).flatMap(([path, info]) => {
      const wanted = !Array.isArray(info.engines) ? info.engines?.node : undefined;
      return wanted && !semver.subset(range, wanted) ? [`${path.replace(/^.*node_modules\//, '')} wants ${wanted}`] : [];
    });
    expect(unsupported).toEqual([]);
  });

  it('is what the README says, together with what runs on Node 20', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(pkg.engines.node);
    expect(readme).toMatch(/Node 20\.19/);
    expect(readme).toMatch(/EBADENGINE/);
  });
});
