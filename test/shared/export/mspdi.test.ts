import { XMLParser } from 'fast-xml-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { MSPDI_NAMESPACE, planMspdi } from '../../../shared/export/mspdi';
import { compileCalendar, isoToDay, isWorkingDay, workingDaysBetween } from '../../../shared/plan/calendar';
import { options, samplePlan } from './helpers';

/** The Task sequence of mspdi_pj12.xsd (Project 2007 XML Data Interchange Schema), as far as we write it. */
const TASK_ORDER = ['UID', 'ID', 'Name', 'Type', 'IsNull', 'CreateDate', 'Contact', 'WBS', 'WBSLevel', 'OutlineNumber', 'OutlineLevel', 'Priority', 'Start', 'Finish', 'Duration', 'DurationFormat', 'Work', 'Stop', 'Resume', 'ResumeValid', 'EffortDriven', 'Recurring', 'OverAllocated', 'Estimated', 'Milestone', 'Summary', 'Critical', 'IsSubproject', 'IsSubprojectReadOnly', 'SubprojectName', 'ExternalTask', 'ExternalTaskProject', 'EarlyStart', 'EarlyFinish', 'LateStart', 'LateFinish', 'StartVariance', 'FinishVariance', 'WorkVariance', 'FreeSlack', 'TotalSlack', 'FixedCost', 'FixedCostAccrual', 'PercentComplete', 'PercentWorkComplete', 'Cost', 'OvertimeCost', 'OvertimeWork', 'ActualStart', 'ActualFinish', 'ActualDuration', 'ActualCost', 'ActualOvertimeCost', 'ActualWork', 'ActualOvertimeWork', 'RegularWork', 'RemainingDuration', 'RemainingCost', 'RemainingWork', 'RemainingOvertimeCost', 'RemainingOvertimeWork', 'ACWP', 'CV', 'ConstraintType', 'CalendarUID', 'ConstraintDate', 'Deadline', 'LevelAssignments', 'LevelingCanSplit', 'LevelingDelay', 'LevelingDelayFormat', 'PreLeveledStart', 'PreLeveledFinish', 'Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress', 'IgnoreResourceCalendar', 'Notes', 'HideBar', 'Rollup', 'BCWS', 'BCWP', 'PhysicalPercentComplete', 'EarnedValueMethod', 'PredecessorLink'];
const PROJECT_ORDER = ['SaveVersion', 'UID', 'Name', 'Title', 'Subject', 'Category', 'Company', 'Manager', 'Author', 'CreationDate', 'Revision', 'LastSaved', 'ScheduleFromStart', 'StartDate', 'FinishDate', 'FYStartDate', 'CriticalSlackLimit', 'CurrencyDigits', 'CurrencySymbol', 'CurrencyCode', 'CurrencySymbolPosition', 'CalendarUID', 'DefaultStartTime', 'DefaultFinishTime', 'MinutesPerDay', 'MinutesPerWeek', 'DaysPerMonth', 'DefaultTaskType', 'DefaultFixedCostAccrual', 'DefaultStandardRate', 'DefaultOvertimeRate', 'DurationFormat', 'WorkFormat', 'EditableActualCosts', 'HonorConstraints', 'EarnedValueMethod', 'InsertedProjectsLikeSummary', 'MultipleCriticalPaths', 'NewTasksEffortDriven', 'NewTasksEstimated', 'SplitsInProgressTasks', 'SpreadActualCost', 'SpreadPercentComplete', 'TaskUpdatesResource', 'FiscalYearStart', 'WeekStartDay', 'OutlineCodes', 'WBSMasks', 'ExtendedAttributes', 'Calendars', 'Tasks', 'Resources', 'Assignments'];

type Node = Record<string, unknown>;
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const children = (n: Node) => n[tagOf(n)] as Node[];
const text = (n: Node) => String((children(n)[0] as Node | undefined)?.['#text'] ?? '');
const child = (n: Node, tag: string) => children(n).find((c) => tagOf(c) === tag);

function inOrder(tags: readonly string[], order: readonly string[]): boolean {
  const idx = tags.map((t) => order.indexOf(t));
  return idx.every((i) => i >= 0) && idx.every((i, k) => k === 0 || i >= idx[k - 1]!);
}

describe('MS Project XML (MSPDI)', () => {
  const { project, plan } = samplePlan('mid');
  // Exported in each test, not while the file is collected: Stryker credits that work to no test.
  let xml: string;
  let root: Node;
  let tasks: Node[];
  beforeEach(() => {
    xml = planMspdi(project, plan, options('en'));
    const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false }).parse(xml) as Node[];
    root = doc.find((n) => tagOf(n) === 'Project')!;
    tasks = children(child(root, 'Tasks')!);
  });

  it("writes a wave task's notes in the document's language: its cutover, P50/P80/P95 and workloads", () => {
    const pilot = plan.waves[0]!;
    const zhXml = planMspdi(project, plan, options('zh-CN'));
    const notes = (x: string) => [...x.matchAll(/<Notes>([^<]+)<\/Notes>/g)].map((m) => m[1]!);
    const en = notes(xml)[0]!;
    const zh = notes(zhXml)[0]!;
    // The pilot cuts over in one day, so its note gives one date, not a range from a day to itself.
    expect(pilot.cutover.end).toBe(pilot.cutover.start);
    expect(en).toMatch(new RegExp(`^Cutover ${pilot.cutover.start}; P50 ${pilot.p50End}, P80 ${pilot.p80End}, P95 ${pilot.p95End}\\. `));
    expect(zh).toMatch(new RegExp(`^切换 ${pilot.cutover.start}；P50 ${pilot.p50End}，P80 ${pilot.p80End}，P95 ${pilot.p95End}。`));
    expect(zh).not.toMatch(/Cutover/);
  });

  it('has the Project namespace on the root and the schema order of its elements', () => {
    expect((root[':@'] as Node)['@_xmlns']).toBe(MSPDI_NAMESPACE);
    expect(inOrder(children(root).map(tagOf), PROJECT_ORDER)).toBe(true);
    for (const t of tasks) expect(inOrder(children(t).map(tagOf), TASK_ORDER), text(child(t, 'Name')!)).toBe(true);
  });

  it('links only to tasks that exist, finish-to-start where the dates allow', () => {
    const uids = new Set(tasks.map((t) => text(child(t, 'UID')!)));
    let links = 0;
    for (const t of tasks) {
      for (const link of children(t).filter((c) => tagOf(c) === 'PredecessorLink')) {
        links++;
        expect(uids.has(text(child(link, 'PredecessorUID')!))).toBe(true);
        expect(['0', '1', '3']).toContain(text(child(link, 'Type')!));
      }
    }
    expect(links).toBeGreaterThan(plan.schedule.phases.length);
    const decommission = tasks.find((t) => text(child(t, 'Name')!) === 'Decommission the source')!;
    expect(children(decommission).filter((c) => tagOf(c) === 'PredecessorLink').map((l) => text(child(l, 'Type')!))).toContain('1');
  });

  it('gives a finish-to-start link the working days between the two tasks as LinkLag, in tenths of a minute', () => {
    const cal = compileCalendar(project.calendar);
    const byUid = new Map(tasks.map((t) => [text(child(t, 'UID')!), t]));
    const day = (stamp: string) => isoToDay(stamp.slice(0, 10));
    let lagged = 0;
    for (const t of tasks) {
      for (const link of children(t).filter((c) => tagOf(c) === 'PredecessorLink')) {
        const lag = Number(text(child(link, 'LinkLag')!));
        expect(text(child(link, 'LagFormat')!)).toBe('7'); // shown in days
        if (text(child(link, 'Type')!) !== '1') {
          expect(lag).toBe(0);
          continue;
        }
        const pred = byUid.get(text(child(link, 'PredecessorUID')!))!;
        // Working days after the predecessor's finish and before this task's start, 8 h x 60 min x 10 each.
        let between = 0;
        for (let d = day(text(child(pred, 'Finish')!)) + 1; d < day(text(child(t, 'Start')!)); d++) if (isWorkingDay(cal, d)) between++;
        expect(lag, text(child(t, 'Name')!)).toBe(between * 8 * 60 * 10);
        if (lag > 0) lagged++;
      }
    }
    expect(lagged).toBeGreaterThan(0);
  });

  it('gives every phase its working days x 8 h, and the project task the whole schedule', () => {
    const hours = (d: string) => Number(/^PT(\d+)H0M0S$/.exec(d)![1]);
    for (const phase of plan.schedule.phases) {
      const t = tasks.find((x) => text(child(x, 'Start')!) === `${phase.start}T08:00:00` && text(child(x, 'Finish')!) === `${phase.end}T17:00:00`)!;
      expect(t, phase.id).toBeTruthy();
      expect(hours(text(child(t, 'Duration')!)) / 8, phase.id).toBe(phase.workingDays);
    }
    const summary = tasks[0]!;
    expect(text(child(summary, 'OutlineLevel')!)).toBe('0');
    expect(hours(text(child(summary, 'Duration')!)) / 8).toBe(workingDaysBetween(project.calendar, plan.schedule.start, plan.schedule.end));
    expect(text(child(summary, 'Finish')!)).toBe(`${plan.schedule.end}T17:00:00`);
  });

  it('has a base calendar with the working week and holidays, team resources and assignments', () => {
    const calendar = children(child(root, 'Calendars')!)[0]!;
    const weekDays = children(child(calendar, 'WeekDays')!);
    expect(weekDays.map((d) => text(child(d, 'DayWorking')!))).toEqual(['0', '1', '1', '1', '1', '1', '0']);
    const exceptions = children(child(calendar, 'Exceptions')!);
    expect(exceptions.length).toBe(project.calendar.holidays.length + project.calendar.makeUpWorkdays.length);
    const resources = children(child(root, 'Resources')!);
    expect(resources.map((r) => text(child(r, 'Name')!))).toEqual(project.teams.map((t) => t.name));
    const assignments = children(child(root, 'Assignments')!);
    const taskUids = new Set(tasks.map((t) => text(child(t, 'UID')!)));
    const resourceUids = new Set(resources.map((r) => text(child(r, 'UID')!)));
    expect(assignments.length).toBeGreaterThan(0);
    for (const a of assignments) {
      expect(taskUids.has(text(child(a, 'TaskUID')!))).toBe(true);
      expect(resourceUids.has(text(child(a, 'ResourceUID')!))).toBe(true);
    }
  });
});
