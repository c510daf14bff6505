import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../shared/model/load';
import { serializeProject } from '../../../shared/model/save';
import { CURRENT_FORMAT_VERSION, type Project } from '../../../shared/model/schema';
import { smallProject } from './project-fixture';

/** The same project with every object's keys inserted in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  }
  return value;
}

describe('serializeProject', () => {
  it('writes 2-space indented JSON with one trailing newline', () => {
    const text = serializeProject(smallProject());
    expect(text.startsWith(`{\n  "formatVersion": ${CURRENT_FORMAT_VERSION},\n  "project": {\n    "name": `)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain('\t');
    expect(text).not.toContain('\r');
  });

  it('orders keys the same way whatever order they were built in', () => {
    const p = smallProject();
    expect(serializeProject(reversedKeys(p) as Project)).toBe(serializeProject(p));
  });

  it('puts the keys a reader looks for first: id, name, kind, then the rest alphabetically', () => {
    const text = serializeProject(smallProject());
    const topLevel = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(topLevel).toEqual(['formatVersion', 'project', 'workloads', 'dependencies', 'teams', 'calendar', 'assumptions', 'pins', 'overrides', 'actuals']);
    const workloadKeys = [...text.slice(text.indexOf('"workloads"'), text.indexOf('"dependencies"')).matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]);
    expect(workloadKeys.slice(0, 12)).toEqual(['id', 'name', 'kind', 'complexity', 'criticality', 'downtimeTolerance', 'monthlyCost', 'notes', 'size', 'sourceService', 'strategy', 'tags']);
    expect(text).toMatch(/"id": "web:order-db",\n\s+"kind": "sync",\n\s+"from": "web",\n\s+"to": "order-db",\n\s+"coupling": "tight"/);
  });

  it('keeps the user order of arrays', () => {
    const p = smallProject();
    p.workloads.reverse();
    const saved = loadProject(serializeProject(p));
    expect(saved.ok && saved.project.workloads.map((w) => w.id)).toEqual(['order-db', 'web']);
  });

  it('gives identical bytes when saved twice, and when a loaded file is saved again', () => {
    const first = serializeProject(smallProject());
    expect(serializeProject(smallProject())).toBe(first);
    const loaded = loadProject(first);
    if (!loaded.ok) throw new Error('fixture should load');
    expect(serializeProject(loaded.project)).toBe(first);
  });

  it('drops optional fields set to undefined rather than writing null', () => {
    const p = smallProject();
    p.workloads[0]!.region = undefined;
    p.teams[0]!.focus = undefined;
    const text = serializeProject(p);
    expect(text).not.toContain('"region"');
    expect(text).not.toContain('"focus"');
    expect(text).not.toContain('null');
  });
});
