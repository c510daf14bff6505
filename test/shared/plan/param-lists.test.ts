/**
 * Lists of names in engine texts' params read in any language: joined with commas and a count of
 * the rest ("a, b, c +2"), never the English "a, b and 2 others" the messages say (the app and the
 * documents interpolate params into Chinese sentences).
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { loadSample, SAMPLES } from '../../../shared/samples';

describe('lists in params', () => {
  it.each(SAMPLES.map((s) => s.id))('%s: no issue or risk param joins names with English words', (id) => {
    const plan = planProject(loadSample(id), { runs: 100 });
    const english: string[] = [];
    for (const text of [...plan.issues, ...plan.risks]) {
      for (const [key, value] of Object.entries(text.params)) {
        if (typeof value === 'string' && / and \d+ others?$|\((async|data|sync|auth|network|shared-storage)\)/.test(value)) english.push(`${text.code}.${key}: ${value}`);
      }
    }
    expect(english).toEqual([]);
  });
});
