/**
 * Corners of the loader a review found: byte-order marks, a fractional formatVersion, repeated keys,
 * and syntax errors located by the one-pass scan (json-scan.ts) rather than a parse tree.
 */
import { describe, expect, it } from 'vitest';
import { formatLoadWarning, loadProject, stripByteOrderMarks } from '../../../shared/model/load';
import { scanJson } from '../../../shared/model/json-scan';
import { positionsOfPaths } from '../../../shared/model/locate';
import { serializeProject } from '../../../shared/model/save';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/schema';
import { positionOf, smallProject } from './project-fixture';

describe('byte-order marks', () => {
  it('opens a file with one or two marks the same way', () => {
    const text = serializeProject(smallProject());
    for (const marks of ['\uFEFF', '\uFEFF\uFEFF']) {
      const result = loadProject(`${marks}${text}`, 'bom.decamp.json');
      expect(result.ok, JSON.stringify(marks)).toBe(true);
    }
    expect(stripByteOrderMarks('\uFEFF\uFEFF{}')).toBe('{}');
    expect(stripByteOrderMarks('{"a": "\uFEFF"}')).toBe('{"a": "\uFEFF"}');
  });

  it('locates errors in the text after the marks', () => {
    const result = loadProject('\uFEFF\uFEFF{\n  "formatVersion": 1,\n  "x": tru\n}');
    expect(result).toMatchObject({ ok: false, reason: 'not-json', errors: [{ line: 3, column: 8 }] });
  });
});

describe('why a file did not load', () => {
  const doc = (formatVersion: unknown) => JSON.stringify({ ...(JSON.parse(serializeProject(smallProject())) as object), formatVersion });

  it('calls formatVersion 1.5 an invalid version, not a newer format', () => {
    const result = loadProject(doc(1.5));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-project' });
    expect(!result.ok && result.errors[0]?.message).toMatch(/formatVersion must be a whole number of 1 or more, not 1.5/);
  });

  it('calls the next whole formatVersion a newer format', () => {
    expect(loadProject(doc(CURRENT_FORMAT_VERSION + 1))).toMatchObject({ ok: false, reason: 'newer-format' });
  });

  it('calls broken JSON not JSON', () => {
    expect(loadProject('{"formatVersion": 1,')).toMatchObject({ ok: false, reason: 'not-json' });
  });
});

describe('years outside the planning range', () => {
  it.each(['0099-05-01', '0001-01-01', '1999-12-31', '2201-01-01'])('refuses %s saying which years are allowed, not that the date is unreal', (date) => {
    const p = smallProject();
    p.project.startDate = date;
    const result = loadProject(serializeProject(p));
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual(['project.startDate must be in the years 2000 to 2200']);
  });

  it('still calls 30 February unreal', () => {
    const p = smallProject();
    p.project.startDate = '2027-02-30';
    const result = loadProject(serializeProject(p));
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual(['project.startDate is not a real calendar date']);
  });
});

describe('repeated keys', () => {
  it('loads, keeps the last value as JSON.parse does, and warns at the second key with the item named', () => {
    const text = serializeProject(smallProject()).replace('"name": "Web servers",', '"name": "Web servers",\n      "name": "Storefront",');
    const result = loadProject(text, 'dup.decamp.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project.workloads[0]?.name).toBe('Storefront');
    expect(result.warnings).toEqual([
      {
        file: 'dup.decamp.json',
        path: ['workloads', 0, 'name'],
        ...positionOf(text, '"name": "Storefront"'),
        message: "workload 'web': name is given more than once in the same object; Decamp uses the last value",
      },
    ]);
    expect(formatLoadWarning(result.warnings[0]!)).toMatch(/^dup\.decamp\.json:\d+:7: warning: workloads\[0\]\.name: workload 'web'/);
  });

  it('sees a key written with an escape as the same key', () => {
    const scan = scanJson('{"a": 1, "\\u0061": 2, "b": {"a": 1}}');
    expect(scan.duplicateKeys).toEqual([{ path: ['a'], offset: 9 }]);
  });

  it('a valid file has no warnings', () => {
    const result = loadProject(serializeProject(smallProject()));
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('the one-pass scan', () => {
  it.each([
    ['', 0, 'a value was expected'],
    ['{"a": 1,}', 8, 'a property name in double quotes was expected'],
    ['[1, 2,]', 6, 'a value was expected'],
    ['{"a" 1}', 5, 'a colon was expected'],
    ['{"a": 1 "b": 2}', 8, 'a comma was expected'],
    ['{"a": [1, 2}', 11, 'a comma was expected'],
    ['{"a": 1', 7, 'a closing } was expected'],
    ['[1', 2, 'a closing ] was expected'],
    ['{"a": "x', 6, 'a string is not closed'],
    ['{"a": "\\x"}', 7, 'an invalid escape character'],
    ['{"a": "\\u12G4"}', 7, 'an invalid \\u escape'],
    ['{"a": "tab\there"}', 10, 'an invalid character in a string'],
    ['{"a": 01}', 7, 'a comma was expected'],
    ['{"a": 1.}', 6, 'a malformed number'],
    ['{"a": -}', 6, 'a malformed number'],
    ['{"a": tru}', 6, 'an unexpected character'],
    ['{"a": 1} // note', 9, 'comments are not allowed in a project file'],
    ['{} {}', 3, 'nothing more was expected after the end of the document'],
    ['\u00a0{}', 0, 'an unexpected character'],
  ])('%j: at %i, %s', (text, offset, what) => {
    expect(scanJson(text).syntaxError).toEqual({ offset, message: `Not valid JSON: ${what}.` });
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each(['{}', '[]', '0', '-0.5e+10', '"\\u00e9\\n"', '{"a": [true, false, null, {"b": []}]}', ' \n\t\r{ "a" : 1 } \n'])('%j is JSON', (text) => {
    expect(scanJson(text).syntaxError).toBeNull();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('refuses nesting past the limit without recursion', () => {
    const text = `{"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(scanJson(text).syntaxError?.message).toMatch(/nested more than 200 levels deep/);
  });

  it('locates paths, with a missing one at its nearest ancestor', () => {
    const text = '{\n  "a": {\n    "b": [10, {"c": 1}]\n  }\n}';
    expect(positionsOfPaths(text, [['a', 'b', 1, 'c'], ['a', 'b', 0], ['a', 'missing'], []])).toEqual([
      { line: 3, column: 16 },
      { line: 3, column: 11 },
      { line: 2, column: 3 },
      { line: 1, column: 1 },
    ]);
  });
});
