/**
 * The pin-held-by-freeze message counts the working days the freeze holds the pinned wave's
 * cutover, in the singular for one day and the plural otherwise (survivor
 * waves/pin-schedule-issues.ts:53 of sample probe-3, `days === 1` as `days !== 1`).
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload } from './arbitraries';
import { FIXED_FRAME } from './numeric-fixtures';

/** Everything in place, no risks, the fixed frame (a function: makeProject reads the default assumptions of the folder under test). */
function pinned(): Project {
  const fixed = makeProject();
  return makeProject({
    project: { ...fixed.project, inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } },
    risks: [],
    assumptions: fixed.assumptions.map((a) => (a.id in FIXED_FRAME ? { ...a, value: FIXED_FRAME[a.id]! } : a)),
    workloads: [makeWorkload('a', { name: 'Orders API', criticality: 'low' })],
    pins: [{ id: 'pin-a', workloadId: 'a', wave: 0 }],
  });
}

function heldMessage(project: Project, end: (ready: string) => string): { ready: string; message: string | undefined } {
  const ready = planProject(project, { runs: 20 }).waves[0]!.cutover.start;
  const frozen = { ...project, calendar: { ...project.calendar, freezeWindows: [{ id: 'f', name: 'Year-end freeze', start: '2026-01-12', end: end(ready) }] } };
  const message = planProject(frozen, { runs: 20 }).issues.find((i) => i.code === 'pin-held-by-freeze')?.message;
  return { ready, message };
}

describe('the pin-held-by-freeze message', () => {
  it('says "1 working day" when the freeze ends on the day the wave is ready', () => {
    // Ready on Friday 2026-02-06 (pin-schedule-issues.test.ts works it by hand); a freeze ending that
    // day holds it to the next working day, Monday 2026-02-09: one working day.
    const { ready, message } = heldMessage(pinned(), (r) => r);
    expect(ready).toBe('2026-02-06');
    expect(message).toContain('The freeze holds the cutover 1 working day, to 2026-02-09.');
  });

  it('says "N working days" when it holds the cutover longer', () => {
    // A freeze to Friday 2026-02-13 holds the Friday 2026-02-06 cutover to Monday 2026-02-16: the
    // five working days 9-13 February held, and the cutover on the sixth.
    const { ready, message } = heldMessage(pinned(), () => '2026-02-13');
    expect(ready).toBe('2026-02-06');
    expect(message).toContain('The freeze holds the cutover 6 working days, to 2026-02-16.');
  });
});
