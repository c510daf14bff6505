import { describe, expect, it } from 'vitest';
import { formatLoadError, formatPath, type LoadError, loadProject, validateProject } from '../../../shared/model/load';
import { serializeProject } from '../../../shared/model/save';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/schema';
import { positionOf, smallProject } from './project-fixture';

function errorsOf(text: string, file?: string): LoadError[] {
  const result = loadProject(text, file);
  if (result.ok) throw new Error('expected the load to fail');
  expect(result).not.toHaveProperty('project');
  return result.errors;
}

describe('loadProject: valid files', () => {
  it('loads a saved project unchanged and reports no migration', () => {
    const project = smallProject();
    const result = loadProject(serializeProject(project), 'shop.decamp.json');
    expect(result).toEqual({ ok: true, project, migratedFrom: CURRENT_FORMAT_VERSION, warnings: [] });
  });

  it('accepts a UTF-8 byte-order mark that Windows editors add', () => {
    const result = loadProject(`\uFEFF${serializeProject(smallProject())}`);
    expect(result.ok).toBe(true);
  });
});

describe('loadProject: reference errors are located and readable', () => {
  it('names both ends of a dangling dependency and points at its "to" field', () => {
    const p = smallProject();
    p.dependencies.push({ id: 'order-db:user-svc', from: 'order-db', to: 'user-svc', kind: 'sync', coupling: 'loose' });
    const text = serializeProject(p);
    const [error, ...rest] = errorsOf(text, 'shop.decamp.json');
    expect(rest).toEqual([]);
    expect(error).toEqual({
      file: 'shop.decamp.json',
      path: ['dependencies', 1, 'to'],
      ...positionOf(text, '"to": "user-svc"'),
      message: "workload 'order-db' depends on 'user-svc', which does not exist",
    });
    expect(formatLoadError(error!)).toBe(
      `shop.decamp.json:${error!.line}:${error!.column}: dependencies[1].to: workload 'order-db' depends on 'user-svc', which does not exist`,
    );
  });

  it('reports an unknown owner team and a dangling dependency start', () => {
    const p = smallProject();
    p.workloads[0]!.team = 'ghosts';
    p.dependencies[0]!.from = 'nobody';
    const messages = errorsOf(serializeProject(p)).map((e) => e.message);
    expect(messages).toContain("workload 'web' is owned by team 'ghosts', which does not exist");
    expect(messages).toContain("dependency 'web:order-db' starts at workload 'nobody', which does not exist");
  });

  it('reports duplicate ids at the second occurrence', () => {
    const p = smallProject();
    p.workloads.push({ ...p.workloads[0]!, name: 'Web again' });
    const text = serializeProject(p);
    const [error] = errorsOf(text);
    expect(error?.path).toEqual(['workloads', 2, 'id']);
    expect(error?.message).toBe("workload id 'web' is used more than once");
    const second = text.indexOf('"id": "web"', text.indexOf('"id": "web"') + 1);
    expect(error?.line).toBe(text.slice(0, second).split('\n').length);
  });

  it('checks pins, overrides, freeze windows and actuals', () => {
    const p = smallProject();
    p.pins.push({ id: 'pin-1', workloadId: 'nope', wave: 0 });
    p.overrides.push({ id: 'ov-1', workloadId: 'web', optimistic: 5, likely: 3, pessimistic: 9 });
    p.calendar.freezeWindows.push({ id: 'bad', name: 'Backwards', start: '2027-06-20', end: '2027-06-01' });
    p.actuals.push({ id: 'a-1', wave: 0, start: '2027-03-01', finish: '2027-02-01' });
    const errors = errorsOf(serializeProject(p));
    expect(errors.map((e) => formatPath(e.path))).toEqual(['pins[0].workloadId', 'overrides[0]', 'calendar.freezeWindows[1].end', 'actuals[0].finish']);
  });
});

describe('loadProject: shape errors name the item and the field', () => {
  it('says which workload has an out-of-range complexity, at that line', () => {
    const p = smallProject();
    p.workloads[1]!.complexity = 9;
    const text = serializeProject(p);
    const [error] = errorsOf(text, 'f.json');
    expect(error?.message).toBe("workload 'order-db': complexity must be at most 5");
    expect(error?.path).toEqual(['workloads', 1, 'complexity']);
    expect({ line: error?.line, column: error?.column }).toEqual(positionOf(text, '"complexity": 9'));
  });

  it('explains enums, missing fields, unknown fields and impossible dates', () => {
    const doc = JSON.parse(serializeProject(smallProject())) as Record<string, unknown> & { workloads: Record<string, unknown>[]; project: Record<string, unknown> };
    doc.workloads[0]!.strategy = 'lift-and-pray';
    delete doc.workloads[1]!.size;
    doc.workloads[1]!.colour = 'red';
    doc.project.startDate = '2027-02-30';
    const messages = errorsOf(JSON.stringify(doc, null, 2)).map((e) => e.message);
    expect(messages).toContain(`workload 'web': strategy must be one of "rehost", "relocate", "replatform", "refactor", "repurchase", "retire", "retain"`);
    expect(messages).toContain("workload 'order-db': size is required");
    expect(messages).toContain("workload 'order-db': has unknown field(s) 'colour'");
    expect(messages).toContain('project.startDate is not a real calendar date');
  });

  it('numbers items without an id by position', () => {
    const doc = JSON.parse(serializeProject(smallProject())) as { teams: unknown[] };
    doc.teams = [{ name: 'No id', engineers: 2 }];
    const messages = errorsOf(JSON.stringify(doc)).map((e) => e.message);
    expect(messages).toContain('team #1: id is required');
  });

  it('caps the number of errors so a wrong file does not flood the user', () => {
    const doc = JSON.parse(serializeProject(smallProject())) as { workloads: unknown[] };
    doc.workloads = Array.from({ length: 200 }, (_, i) => ({ id: `w${i}` }));
    expect(errorsOf(JSON.stringify(doc)).length).toBe(50);
  });
});

describe('loadProject: syntax and version errors', () => {
  it('locates a syntax error and reports only the first one', () => {
    const text = '{\n  "formatVersion": 1,\n  "project": {,\n}';
    const errors = errorsOf(text, 'broken.decamp.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'broken.decamp.json', path: [], line: 3, column: 15 });
    expect(errors[0]?.message).toMatch(/^Not valid JSON: /);
    expect(formatLoadError(errors[0]!)).toBe(`broken.decamp.json:3:15: ${errors[0]!.message}`);
  });

  it.each([
    ['', 'Not valid JSON: a value was expected.'],
    ['// note\n{}', 'Not valid JSON: comments are not allowed in a project file.'],
    ['{"formatVersion": 1,}', 'Not valid JSON: a property name in double quotes was expected.'],
    ['[1, 2]', 'A project file must be a JSON object with a formatVersion, project, workloads and dependencies.'],
    ['null', 'A project file must be a JSON object with a formatVersion, project, workloads and dependencies.'],
  ])('refuses %j with a sentence', (text, message) => {
    expect(errorsOf(text)[0]?.message).toBe(message);
  });

  it('refuses deeply nested input instead of overflowing the stack', () => {
    const text = `{"formatVersion": 1, "x": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const [error] = errorsOf(text);
    expect(error?.message).toMatch(/nested more than \d+ levels deep/);
    expect(error?.line).toBe(1);
  });

  it('refuses a file without formatVersion', () => {
    const doc = JSON.parse(serializeProject(smallProject())) as Record<string, unknown>;
    delete doc.formatVersion;
    const [error] = errorsOf(JSON.stringify(doc));
    expect(error?.message).toBe('This is not a Decamp project file: it has no formatVersion.');
    expect(error).toMatchObject({ line: 1, column: 1 });
  });

  it('refuses a newer formatVersion, naming both versions, at the formatVersion field', () => {
    const text = serializeProject(smallProject()).replace(`"formatVersion": ${CURRENT_FORMAT_VERSION}`, '"formatVersion": 7');
    const [error] = errorsOf(text, 'future.decamp.json');
    expect(error?.message).toContain('format version 7');
    expect(error?.message).toContain(`reads format version ${CURRENT_FORMAT_VERSION} and older`);
    expect(error).toMatchObject({ path: ['formatVersion'], ...positionOf(text, '"formatVersion"') });
  });

  it.each([0, 1.5, '1', null])('refuses formatVersion %j', (version) => {
    const doc = { ...(JSON.parse(serializeProject(smallProject())) as object), formatVersion: version };
    expect(errorsOf(JSON.stringify(doc))[0]?.message).toMatch(/formatVersion must be a whole number of 1 or more/);
  });
});

describe('validateProject', () => {
  it('validates an in-memory value with the same rules as a file', () => {
    const p = smallProject();
    expect(validateProject(p)).toEqual({ ok: true, project: p });
    p.dependencies[0]!.to = 'gone';
    const result = validateProject(p);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: ['dependencies', 0, 'to'], message: "workload 'web' depends on 'gone', which does not exist" }]);
  });
});

describe('formatLoadError and formatPath', () => {
  it('prints like a compiler, with <input> when there is no file name and no path for whole-file errors', () => {
    expect(formatLoadError({ path: [], line: 1, column: 1, message: 'Not valid JSON: a value was expected.' })).toBe('<input>:1:1: Not valid JSON: a value was expected.');
    expect(formatLoadError({ file: 'a.json', path: ['workloads', 3, 'size', 'dataGb'], line: 40, column: 9, message: 'm' })).toBe('a.json:40:9: workloads[3].size.dataGb: m');
  });

  it('writes indexes in brackets, even at the root', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['calendar', 'freezeWindows', 2, 'end'])).toBe('calendar.freezeWindows[2].end');
  });
});
