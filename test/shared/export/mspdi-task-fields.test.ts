import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { planMspdi } from '../../../shared/export/mspdi';
import { options, samplePlan } from './helpers';

type Task = Record<string, string | undefined>;

/** Each task's own fields, per sample plan, with the plan they came from. */
function exported(which: 'mid' | 'small') {
  const { project, plan } = samplePlan(which);
  const xml = planMspdi(project, plan, options('en'));
  const doc = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'Task' || name === 'PredecessorLink' }).parse(xml) as { Project: { Tasks: { Task: Task[] } } };
  const tasks = doc.Project.Tasks.Task;
  const { phases, milestones } = plan.schedule;
  return { project, plan, xml, tasks, phases, milestones, phaseTasks: tasks.slice(1, 1 + phases.length), milestoneTasks: tasks.slice(1 + phases.length) };
}

describe.each(['mid', 'small'] as const)('MS Project XML task fields (%s sample)', (which) => {
  // Exported in each test, not here: Stryker credits work done while a file is collected to no test.
  it('is well-formed XML with the project task, one task per phase in schedule order, then the milestones', () => {
    const { xml, tasks, phases, milestones, phaseTasks, milestoneTasks } = exported(which);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(tasks.length).toBe(1 + phases.length + milestones.length);
    phases.forEach((p, i) => {
      expect(phaseTasks[i]!.Start, p.id).toBe(`${p.start}T08:00:00`);
      expect(phaseTasks[i]!.Finish, p.id).toBe(`${p.end}T17:00:00`);
    });
    milestones.forEach((m, i) => {
      expect(milestoneTasks[i]!.Milestone).toBe('1');
      expect(milestoneTasks[i]!.Start).toBe(`${m.date}T17:00:00`);
    });
  });

  it('numbers the tasks by position: the project summary task 0, then 1..N in order', () => {
    const { tasks } = exported(which);
    // MSPDI Task.ID is the task's position in the task list; the project summary task is ID 0.
    expect(tasks.map((t) => t.ID)).toEqual(tasks.map((_, i) => String(i)));
  });

  it('makes every task fixed duration, since its dates come from the plan', () => {
    const { tasks } = exported(which);
    // Task Type (mspdi_pj12.xsd; PjTaskFixedType, learn.microsoft.com/office/vba/api/project.pjtaskfixedtype):
    // 0 = fixed units, 1 = fixed duration, 2 = fixed work. The plan fixes the dates, so fixed duration.
    for (const t of tasks) expect(t.Type, t.Name).toBe('1');
  });

  it('marks as critical the project task and each phase on the critical path in at least half the runs', () => {
    const { plan, tasks, phases, phaseTasks, milestoneTasks } = exported(which);
    // The plan's criticality index: the share of simulated runs in which the phase was on the critical path.
    const onPath = new Set(plan.simulation.criticality.filter((c) => c.index >= 0.5).map((c) => c.id));
    expect(onPath.size).toBeGreaterThan(0);
    expect(onPath.size).toBeLessThan(phases.length);
    expect(tasks[0]!.Critical).toBe('1');
    phases.forEach((p, i) => expect(phaseTasks[i]!.Critical, p.id).toBe(onPath.has(p.id) ? '1' : '0'));
    for (const t of milestoneTasks) expect(t.Critical, t.Name).toBe('0');
  });

  it("gives each phase the work of its teams' engineers over its working days, 8 h a day", () => {
    const { project, phases, phaseTasks } = exported(which);
    const engineers = new Map(project.teams.map((t) => [t.id, t.engineers]));
    let staffed = 0;
    phases.forEach((p, i) => {
      const people = p.teamIds.reduce((n, id) => n + (engineers.get(id) ?? 0), 0);
      if (people > 0) staffed++;
      expect(phaseTasks[i]!.Work, p.id).toBe(`PT${p.workingDays * people * 8}H0M0S`);
    });
    expect(staffed).toBeGreaterThan(0);
  });
});
