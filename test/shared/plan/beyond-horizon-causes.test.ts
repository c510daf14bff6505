/**
 * The beyond-horizon error's message (shared/plan/horizon.ts): when the plan runs past the
 * ten-year horizon and no assessment, landing zone, review, freeze, team part or copy is past it on
 * its own, the message names the waves, hypercare and decommission together; when more than three
 * causes are found it lists the first three and counts the rest.
 */
import { describe, expect, it } from 'vitest';
import { planDeterministic } from '../../../shared/plan/plan-project';
import type { Project } from '../../../shared/model/schema';
import { project, workload } from './numeric-fixtures';

function withValues(p: Project, values: Record<string, number>): Project {
  return { ...p, assumptions: p.assumptions.map((a) => (a.id in values ? { ...a, value: values[a.id]! } : a)) };
}

const beyond = (p: Project) => planDeterministic(p).issues.filter((i) => i.code === 'beyond-horizon');

describe('the beyond-horizon message', () => {
  it('names the waves, hypercare and decommission when nothing else is past the horizon on its own', () => {
    // 3,000 working days of hypercare (about twelve years) after the pilot: the fixture starts on
    // 2027-03-01, so the horizon ends ten years later.
    const issues = beyond(withValues(project(), { 'phase.hypercare.productionDays': 3000 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('error');
    expect(issues[0]!.params.causes).toBe(1);
    expect(issues[0]!.message).toBe(
      'The plan cannot finish inside ten years (by 2037-03-01); its dates stop there. The waves, hypercare and decommission together are longer than the horizon (phase.hypercare.*, phase.decommission.*, phase.cutover.*).',
    );
  });

  it('the same for a decommission of years', () => {
    const issues = beyond(withValues(project(), { 'phase.decommission.personDaysPerWorkload': 30000 }));
    expect(issues.map((i) => i.message)).toEqual([
      'The plan cannot finish inside ten years (by 2037-03-01); its dates stop there. The waves, hypercare and decommission together are longer than the horizon (phase.hypercare.*, phase.decommission.*, phase.cutover.*).',
    ]);
  });

  it('lists three of four causes and says one more', () => {
    // An assessment and a landing zone of 3,000 days each hold both teams' parts of the pilot past
    // the horizon: four causes (assessment, landing zone, Team A's part, Team B's part).
    const p = project({
      teams: [{ id: 'team-a', name: 'Team A', engineers: 3 }, { id: 'team-b', name: 'Team B', engineers: 2 }],
      workloads: [workload('a'), workload('b', { team: 'team-b' })],
    });
    const issues = beyond(withValues(p, { 'phase.assess.baseDays': 3000, 'phase.assess.maxDays': 3000, 'phase.foundation.daysPerProvider': 3000 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params.causes).toBe(4);
    expect(issues[0]!.message).toBe(
      'The plan cannot finish inside ten years (by 2037-03-01); its dates stop there. ' +
        'The assessment (phase.assess.baseDays, daysPerApplication, maxDays) is longer than the horizon; ' +
        "the landing zone cannot be ready inside it (phase.foundation.daysPerProvider, daysPerAccount, daysPerRegion, daysPerIdentityIntegration, or the platform team's capacity for the platform work); " +
        'team Team A works 2.1 person-days a working day (engineers x focus) and its part of Pilot needs 5.4, most of it a (5.4 person-days); and 1 more.',
    );
  });
});
