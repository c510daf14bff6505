import { beforeEach, describe, expect, it } from 'vitest';
import { validateProject } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { createDecampStore, type DecampStore } from '../../../renderer/src/store';

describe('progress, scenario and currency actions', () => {
  let store: DecampStore;
  beforeEach(() => {
    store = createDecampStore(null);
    store.getState().replaceDocument({ project: loadSample('ecommerce-iot'), filePath: 'mid.decamp.json', displayName: 'mid.decamp.json', diskVersion: 'v1' });
  });
  const s = () => store.getState();

  it('records a wave’s actuals, replaces them, clears them, and each is one undo step', () => {
    expect(s().setWaveProgress(0, { start: '2027-01-25', finish: '2027-03-10' }).ok).toBe(true);
    expect(s().project.actuals).toEqual([{ id: 'actual-1', wave: 0, start: '2027-01-25', finish: '2027-03-10' }]);
    expect(s().setWaveProgress(0, { start: '2027-01-25', blocked: { reason: 'ICP filing', since: '2027-02-01' } }).ok).toBe(true);
    expect(s().project.actuals).toEqual([{ id: 'actual-1', wave: 0, start: '2027-01-25', blocked: { reason: 'ICP filing', since: '2027-02-01' } }]);
    expect(validateProject(s().project).ok).toBe(true);
    s().undo();
    expect(s().project.actuals[0]!.finish).toBe('2027-03-10');
    expect(s().setWaveProgress(0, {}).ok).toBe(true);
    expect(s().project.actuals).toEqual([]);
  });

  it('refuses a finish before the start, and a wave finish with no start, leaving the file alone', () => {
    const before = s().project;
    const late = s().setWaveProgress(1, { start: '2027-03-10', finish: '2027-03-01' });
    expect(late).toMatchObject({ ok: false, params: { detail: 'beforeStart' } });
    expect(s().setWaveProgress(1, { finish: '2027-03-01' })).toMatchObject({ ok: false, params: { detail: 'needed' } });
    expect(s().project).toBe(before);
  });

  it('records a workload’s progress with its person-days, and removes the list when the last entry is cleared', () => {
    const id = s().project.workloads[0]!.id;
    expect(s().setWorkloadProgress(id, { start: '2027-01-25', finish: '2027-02-05', effort: 12 }).ok).toBe(true);
    expect(s().project.workloadActuals).toEqual([{ id: 'progress-1', workloadId: id, start: '2027-01-25', finish: '2027-02-05', effort: 12 }]);
    expect(validateProject(s().project).ok).toBe(true);
    expect(s().setWorkloadProgress('nope', { start: '2027-01-25' })).toMatchObject({ ok: false, code: 'notFound' });
    s().setWorkloadProgress(id, {});
    expect(s().project.workloadActuals).toBeUndefined();
  });

  it('adds a scenario with a difference and refuses a second of the same name', () => {
    const id = s().addScenario('More hands', 'Two more on data');
    expect(id).toBe('more-hands');
    expect(s().addScenario(' more HANDS ')).toBe('');
    const team = s().project.teams[0]!;
    expect(s().addScenarioChange(id, { kind: 'team', teamId: team.id, addEngineers: 2 }).ok).toBe(true);
    expect(s().project.scenarios!.find((x) => x.id === id)!.changes).toEqual([{ kind: 'team', teamId: team.id, addEngineers: 2 }]);
    expect(validateProject(s().project).ok).toBe(true);
  });

  it('keeps exchange rates as assumptions with date and source, and will not drop one still in use', () => {
    expect(s().setExchangeRate({ currency: 'USD', rate: 7.1, asOf: '2026-11-30', source: 'PBOC central parity' }).ok).toBe(true);
    expect(s().setExchangeRate({ currency: 'CNY', rate: 1, asOf: '2026-11-30', source: 'x' })).toMatchObject({ ok: false, params: { detail: 'own' } });
    const team = s().project.teams[0]!;
    s().replaceDocument({ project: { ...s().project, teams: [{ ...team, dayRateCurrency: 'USD' }, ...s().project.teams.slice(1)] }, filePath: 'mid.decamp.json', displayName: 'mid.decamp.json', diskVersion: 'v1' });
    expect(s().removeExchangeRate('USD')).toMatchObject({ ok: false, params: { detail: team.name } });
  });
});
