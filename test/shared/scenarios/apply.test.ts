import { describe, expect, it } from 'vitest';
import { defaultRiskRegister } from '../../../shared/model/default-risks';
import { validateProject } from '../../../shared/model/load';
import type { Project, Scenario, ScenarioChange } from '../../../shared/model/schema';
import { applyScenario } from '../../../shared/scenarios/apply';
import { loadSample } from '../../../shared/samples';
import { project, workload } from '../plan/numeric-fixtures';

const scenario = (changes: ScenarioChange[], name = 'What if'): Scenario => ({ id: 'what-if', name, changes });

const base = (): Project =>
  project({
    workloads: [workload('web', { name: 'Web shop' }), workload('db', { name: 'Orders DB', kind: 'database', target: { provider: 'aws', service: 'aws.aurora', region: 'cn-north-1' }, targetMonthlyCost: 900 }), workload('old', { strategy: 'retire' })],
    teams: [
      { id: 'team-a', name: 'Team A', engineers: 3 },
      { id: 'team-b', name: 'Team B', engineers: 2 },
    ],
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [{ id: 'f-618', name: '618', start: '2027-06-01', end: '2027-06-20' }] },
  });

describe('applyScenario', () => {
  it('adds engineers to a team and sets the rest as the baseline has it', () => {
    const out = applyScenario(base(), scenario([{ kind: 'team', teamId: 'team-a', addEngineers: 2 }]));
    expect(out.project.teams.find((t) => t.id === 'team-a')!.engineers).toBe(5);
    expect(out.project.teams.find((t) => t.id === 'team-b')!.engineers).toBe(2);
    expect(out.outcomes[0]).toMatchObject({ status: 'applied', parts: [{ text: { code: 'team.addEngineers', params: { team: 'Team A', from: 3, to: 5, delta: 2 }, message: 'Team A: 2 more engineers (3 → 5)' } }] });
    expect(out.stale).toEqual([]);
  });

  it('lets a baseline edit flow into the scenario: only the differences are stored', () => {
    const s = scenario([{ kind: 'team', teamId: 'team-a', addEngineers: 2 }]);
    const edited = base();
    edited.teams[0] = { ...edited.teams[0]!, engineers: 4 };
    edited.workloads.push(workload('new-api', { name: 'New API' }));
    const out = applyScenario(edited, s);
    expect(out.project.teams[0]!.engineers).toBe(6);
    expect(out.project.workloads.map((w) => w.id)).toContain('new-api');
  });

  it('keeps the scenario and baseline lists out of the scenario project, and never edits the baseline', () => {
    const b = { ...base(), scenarios: [scenario([{ kind: 'start-date', date: '2027-04-05' }])], baselines: [] };
    const before = JSON.stringify(b);
    const out = applyScenario(b, b.scenarios[0]!);
    expect(out.project.project.startDate).toBe('2027-04-05');
    expect('scenarios' in out.project).toBe(false);
    expect('baselines' in out.project).toBe(false);
    expect(JSON.stringify(b)).toBe(before);
  });

  it('replaces a target provider everywhere it is used, and says which entered run costs no longer apply', () => {
    const out = applyScenario(base(), scenario([{ kind: 'target', provider: 'huawei', replaces: 'aws' }]));
    expect(out.project.project.defaultTargets).toEqual(['huawei']);
    const db = out.project.workloads.find((w) => w.id === 'db')!;
    expect(db.target).toEqual({ provider: 'huawei' });
    expect(db.targetMonthlyCost).toBeUndefined();
    // The web shop had no target of its own: it follows the default target, now Huawei Cloud.
    expect(out.project.workloads.find((w) => w.id === 'web')!.target).toBeUndefined();
    // The retired workload moves nowhere, so it is not counted.
    expect(out.outcomes[0]!.parts[0]!.text.params).toMatchObject({ from: 'aws', to: 'huawei', count: 2, costs: 1 });
    expect(out.outcomes[0]!.parts[0]!.text.message).toBe('Every workload bound for AWS goes to Huawei Cloud instead (2 workloads); 1 entered target run cost was for AWS and is estimated again');
  });

  it('reports, never drops, a difference whose workload, team, freeze or risk has gone', () => {
    const changes: ScenarioChange[] = [
      { kind: 'workload', workloadId: 'legacy-crm', strategy: 'refactor' },
      { kind: 'team', teamId: 'team-gone', engineers: 9 },
      { kind: 'remove-freeze', freezeId: 'double-11' },
      { kind: 'risk', riskId: 'risk.nope', enabled: false },
      { kind: 'target', provider: 'gcp', replaces: 'azure' },
      { kind: 'assumption', assumptionId: 'effort.base.teleport', value: 1 },
      { kind: 'workload', workloadId: 'web', team: 'team-z' },
    ];
    const out = applyScenario(base(), scenario(changes));
    expect(out.stale.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(out.stale.map((o) => o.parts[0]!.reason!.code)).toEqual([
      'stale.workloadGone',
      'stale.teamGone',
      'stale.freezeGone',
      'stale.riskGone',
      'stale.nothingToProvider',
      'stale.unknownAssumption',
      'stale.teamGone',
    ]);
    expect(out.stale[0]!.parts[0]!.reason!.message).toBe("workload 'legacy-crm' is no longer in the baseline");
    // Nothing changed, and every difference is still listed.
    expect(out.project).toEqual(applyScenario(base(), scenario([])).project);
    expect(out.outcomes).toHaveLength(changes.length);
  });

  it('applies the parts of a difference that still apply and reports the rest', () => {
    const out = applyScenario(base(), scenario([{ kind: 'workload', workloadId: 'web', strategy: 'replatform', team: 'team-gone' }]));
    expect(out.project.workloads[0]!.strategy).toBe('replatform');
    expect(out.project.workloads[0]!.team).toBe('team-a');
    expect(out.outcomes[0]!.parts.map((p) => p.status)).toEqual(['applied', 'stale']);
    expect(out.outcomes[0]!.status).toBe('stale');
  });

  it('says when the baseline has caught up with a difference', () => {
    const out = applyScenario(base(), scenario([{ kind: 'workload', workloadId: 'web', strategy: 'rehost' }, { kind: 'team', teamId: 'team-b', engineers: 2 }]));
    expect(out.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    expect(out.outcomes[0]!.parts[0]!.reason!.code).toBe('stale.same');
  });

  it('moves a workload to a new team the scenario adds, in order', () => {
    const out = applyScenario(base(), scenario([{ kind: 'add-team', team: { id: 'tiger', name: 'Tiger team', engineers: 4 } }, { kind: 'workload', workloadId: 'db', team: 'tiger' }]));
    expect(out.stale).toEqual([]);
    expect(out.project.workloads.find((w) => w.id === 'db')!.team).toBe('tiger');
    expect(out.outcomes[1]!.parts[0]!.text.message).toBe('Orders DB: owner team Team A → Tiger team');
  });

  it('changes an assumption, adds and removes freezes, moves the start', () => {
    const out = applyScenario(
      base(),
      scenario([
        { kind: 'assumption', assumptionId: 'transfer.bandwidthMbps', value: 200 },
        { kind: 'add-freeze', window: { id: 'f-d11', name: 'Double 11', start: '2027-11-01', end: '2027-11-15' } },
        { kind: 'remove-freeze', freezeId: 'f-618' },
        { kind: 'start-date', date: '2027-05-03' },
      ], 'Fast line'),
    );
    expect(out.stale).toEqual([]);
    expect(out.project.assumptions.find((a) => a.id === 'transfer.bandwidthMbps')).toMatchObject({ value: 200, source: 'Scenario "Fast line"' });
    expect(out.project.calendar.freezeWindows.map((f) => f.id)).toEqual(['f-d11']);
    expect(out.project.project.startDate).toBe('2027-05-03');
  });

  it('switches a default risk off and takes a mitigation, writing the register into the scenario only', () => {
    const sample = loadSample('ecommerce-iot');
    const register = defaultRiskRegister(sample);
    const withMitigation = register.find((r) => r.mitigation && !r.mitigation.adopted)!;
    const other = register.find((r) => r !== withMitigation)!;
    const out = applyScenario({ ...sample, risks: undefined }, scenario([{ kind: 'risk', riskId: withMitigation.id, mitigationAdopted: true }, { kind: 'risk', riskId: other.id, enabled: false }]));
    expect(out.stale).toEqual([]);
    expect(out.project.risks!.find((r) => r.id === withMitigation.id)!.mitigation!.adopted).toBe(true);
    expect(out.project.risks!.find((r) => r.id === other.id)!.enabled).toBe(false);
  });

  it('gives a valid project for every kind of difference on the mid-size sample', () => {
    const sample = loadSample('ecommerce-iot');
    const w = sample.workloads[0]!;
    const changes: ScenarioChange[] = [
      { kind: 'target', provider: 'huawei' },
      { kind: 'workload', workloadId: w.id, strategy: 'refactor', target: { provider: 'self-hosted' } },
      { kind: 'team', teamId: sample.teams[0]!.id, addEngineers: -2, focus: 0.5, dayRate: 1200 },
      { kind: 'add-team', team: { id: 'contractors', name: 'Contractors', engineers: 6 } },
      { kind: 'assumption', assumptionId: 'transfer.bandwidthMbps', value: 200 },
      { kind: 'start-date', date: '2027-03-01' },
      { kind: 'add-freeze', window: { id: 'audit', name: 'Audit', start: '2027-05-01', end: '2027-05-10' } },
    ];
    const out = applyScenario(sample, scenario(changes));
    const checked = validateProject(JSON.parse(JSON.stringify(out.project)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('keeps a team at one engineer at least', () => {
    const out = applyScenario(base(), scenario([{ kind: 'team', teamId: 'team-b', addEngineers: -5 }]));
    expect(out.project.teams[1]!.engineers).toBe(1);
    expect(out.outcomes[0]!.parts[0]!.text.message).toBe('Team B: 1 fewer engineer (2 → 1)');
  });
});
