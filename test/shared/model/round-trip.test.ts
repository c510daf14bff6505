import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProject, validateProject } from '../../../shared/model/load';
import { serializeProject } from '../../../shared/model/save';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/schema';
import { projectArbitrary } from './project-arbitrary';

describe('save then load (property)', () => {
  it('gives back the same project for any valid project', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        expect(validateProject(project)).toMatchObject({ ok: true });
        const text = serializeProject(project);
        const loaded = loadProject(text, 'p.decamp.json');
        expect(loaded).toEqual({ ok: true, project, migratedFrom: CURRENT_FORMAT_VERSION, warnings: [] });
        // Saving what was loaded changes nothing: no churn in git diffs.
        if (loaded.ok) expect(serializeProject(loaded.project)).toBe(text);
      }),
      { numRuns: 300, seed: 20270111 },
    );
  });

  it('never throws on a corrupted saved file, and never half-loads it', () => {
    fc.assert(
      fc.property(projectArbitrary, fc.nat(), fc.string({ unit: 'binary', maxLength: 3 }), (project, at, junk) => {
        const text = serializeProject(project);
        const cut = at % (text.length + 1);
        const corrupted = text.slice(0, cut) + junk + text.slice(cut + 1);
        const result = loadProject(corrupted);
        if (!result.ok) {
          expect(result).not.toHaveProperty('project');
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.column).toBeGreaterThanOrEqual(1);
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
