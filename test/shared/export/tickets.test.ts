import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ADO_COLUMNS, adoCsv } from '../../../shared/export/ado-csv';
import { JIRA_COLUMNS, jiraCsv } from '../../../shared/export/jira-csv';
import { options, samplePlan } from './helpers';

const rows = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

/** Jira: every Parent names an Issue ID above it in the same file; epics, then stories, then sub-tasks. */
function checkJira(files: readonly string[]): { epics: number; stories: number; tasks: number } {
  const counts = { epics: 0, stories: 0, tasks: 0 };
  const ids = new Set<string>();
  for (const file of files) {
    const [header, ...body] = rows(file);
    expect(header).toEqual([...JIRA_COLUMNS]);
    const seen = new Map<string, string>();
    let level = 0;
    for (const r of body) {
      const [id, type, summary, parent, , , , , start, due] = r as string[];
      expect(ids.has(id!), `Issue ID ${id} is unique`).toBe(false);
      ids.add(id!);
      const rank = type === 'Epic' ? 0 : type === 'Story' ? 1 : 2;
      expect(rank).toBeGreaterThanOrEqual(level);
      level = rank;
      expect(summary).not.toBe('');
      expect(start! <= due!).toBe(true);
      if (type === 'Epic') expect(parent).toBe('');
      else {
        expect(seen.get(parent!), `${type} ${id}'s parent ${parent} precedes it`).toBe(type === 'Story' ? 'Epic' : 'Story');
      }
      seen.set(id!, type!);
      if (type === 'Epic') counts.epics++;
      else if (type === 'Story') counts.stories++;
      else counts.tasks++;
    }
    expect(body.length).toBeLessThanOrEqual(10_000);
  }
  return counts;
}

describe('Jira Cloud CSV', () => {
  const { project, plan } = samplePlan('mid');

  it('has an Epic per wave, a Story per workload and a Sub-task per runbook step, parents first', () => {
    const counts = checkJira(jiraCsv(project, plan, options('en')));
    expect(counts).toEqual({ epics: plan.waves.length, stories: plan.waves.reduce((n, w) => n + w.workloadIds.length, 0), tasks: plan.waves.reduce((n, w) => n + w.runbook.length, 0) });
  });

  it('says what each item waits for, and reads in Chinese', () => {
    const [file] = jiraCsv(project, plan, options('zh-CN'));
    const body = rows(file!).slice(1);
    expect(body[0]![1]).toBe('Epic');
    expect(body[0]![2]).toMatch(/^试点/);
    expect(body.some((r) => r[4]!.includes('前置：'))).toBe(true);
    expect(body.every((r) => !/\s/.test(r[5]!))).toBe(true); // labels have no spaces
  });

  it('splits beyond the row limit, each file with its parents, no row lost', () => {
    const total = 1 + plan.waves.length + plan.waves.reduce((n, w) => n + w.workloadIds.length + w.runbook.length, 0) - 1;
    const files = jiraCsv(project, plan, options('en'), 150);
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(rows(f).length - 1).toBeLessThanOrEqual(150);
    const counts = checkJira(files);
    expect(counts.stories + counts.tasks).toBe(total - plan.waves.length);
  });
});

describe('Azure DevOps CSV', () => {
  const { project, plan } = samplePlan('mid');

  it('has a blank ID, Work Item Type and the tree through Title 1/2/3, each child under its parent', () => {
    const files = adoCsv(project, plan, options('en'));
    for (const file of files) {
      const [header, ...body] = rows(file);
      expect(header).toEqual([...ADO_COLUMNS]);
      expect(body.length).toBeLessThanOrEqual(1000);
      let level = -1;
      for (const r of body) {
        expect(r[0]).toBe('');
        const titles = [r[2], r[3], r[4]];
        const here = titles.findIndex((t) => t !== '');
        expect(titles.filter((t) => t !== '')).toHaveLength(1);
        expect(r[1]).toBe(['Epic', 'User Story', 'Task'][here]);
        expect(here).toBeLessThanOrEqual(level + 1); // a child sits right under its parent's level
        level = here;
        expect(r[5]).toMatch(/^<p>/);
      }
    }
    const all = files.flatMap((f) => rows(f).slice(1));
    expect(all.filter((r) => r[1] === 'Task')).toHaveLength(plan.waves.reduce((n, w) => n + w.runbook.length, 0));
    expect(all.some((r) => r[5]!.includes('Waits for:'))).toBe(true);
  });

  it('splits at 1,000 work items per file on the large sample', () => {
    const large = samplePlan('large');
    const files = adoCsv(large.project, large.plan, options('en'));
    const items = large.plan.waves.reduce((n, w) => n + 1 + w.workloadIds.length + w.runbook.length, 0);
    expect(files.length).toBeGreaterThanOrEqual(Math.ceil(items / 1000));
    for (const f of files) {
      const body = rows(f).slice(1);
      expect(body.length).toBeLessThanOrEqual(1000);
      expect(body[0]![1]).toBe('Epic');
    }
  });
});
