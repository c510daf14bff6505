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

  // Users see names, never ids: "ram is a single point of failure" was a finding of the first review.
  it.each(SAMPLES.map((s) => s.id))('%s: risk titles name the workloads they are about by name, not id', (id) => {
    const project = loadSample(id);
    const plan = planProject(project, { runs: 100 });
    const names = new Map(project.workloads.map((w) => [w.id, w.name]));
    const raw: string[] = [];
    for (const r of plan.risks) {
      // The names the title quotes are taken out first ("images" is the id of "Product images bucket").
      const rest = [...names.values()].sort((a, b) => b.length - a.length).reduce((text, name) => text.split(name).join(' '), r.title);
      for (const wid of r.workloadIds) {
        const name = names.get(wid);
        if (name !== undefined && name !== wid && new RegExp(`(^|[^\\w-])${wid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w-]|$)`).test(rest)) raw.push(`${r.id}: ${r.title}`);
      }
    }
    expect(raw).toEqual([]);
  });
});
