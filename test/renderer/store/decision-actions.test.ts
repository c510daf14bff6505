import { beforeEach, describe, expect, it } from 'vitest';
import { defaultRiskRegister, validateProject } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { createDecampStore, type DecampStore, riskRegisterOf } from '../../../renderer/src/store';

describe('decision actions (pins, waves, overrides, risk register)', () => {
  let store: DecampStore;
  beforeEach(() => {
    store = createDecampStore(null);
    store.getState().replaceDocument({ project: { ...loadSample('ecommerce-iot'), pins: [], actuals: [] }, filePath: null, displayName: 'x', diskVersion: null });
  });
  const valid = () => expect(validateProject(store.getState().project).ok).toBe(true);

  it('pins workloads to a wave, replaces an earlier pin, unpins, each one undo step', () => {
    const [a, b] = store.getState().project.workloads.map((w) => w.id);
    expect(store.getState().pinWorkloads([a!, b!], 2, 'vendor window').ok).toBe(true);
    expect(store.getState().project.pins.filter((p) => p.wave === 2)).toHaveLength(2);
    store.getState().pinWorkloads([a!], 1);
    expect(store.getState().project.pins.find((p) => p.workloadId === a)).toMatchObject({ wave: 1 });
    expect(store.getState().project.pins).toHaveLength(2);
    valid();
    store.getState().unpinWorkloads([a!, b!]);
    expect(store.getState().project.pins).toEqual([]);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().project.pins.map((p) => p.wave)).toEqual([2, 2]);
    expect(store.getState().pinWorkloads(['nope'], 1).ok).toBe(false);
  });

  it('names a wave and sets its caps; clearing everything drops the setting', () => {
    store.getState().updateWaveSetting(1, { name: 'Payments', maxWorkloads: 10, maxPersonDays: 60 });
    expect(store.getState().project.waves).toEqual([expect.objectContaining({ order: 1, name: 'Payments', maxWorkloads: 10, maxPersonDays: 60 })]);
    valid();
    expect(store.getState().updateWaveSetting(1, { maxWorkloads: 0 }).ok).toBe(false);
    store.getState().updateWaveSetting(1, { name: undefined, maxWorkloads: undefined, maxPersonDays: undefined });
    expect(store.getState().project.waves).toEqual([]);
  });

  it('moves a wave with its name, pins and actuals, and adds one at the end', () => {
    const s = store.getState();
    const id = s.project.workloads[0]!.id;
    s.updateWaveSetting(1, { name: 'First' });
    s.pinWorkloads([id], 1);
    store.setState({ project: { ...store.getState().project, actuals: [{ id: 'a1', wave: 1, start: '2027-02-01' }] } });
    expect(store.getState().moveWave(1, 1, 4).ok).toBe(true);
    const p = store.getState().project;
    expect(p.waves!.find((w) => w.name === 'First')!.order).toBe(2);
    expect(p.pins[0]!.wave).toBe(2);
    expect(p.actuals[0]!.wave).toBe(2);
    valid();
    expect(store.getState().moveWave(0, -1, 4).ok).toBe(false);
    expect(store.getState().addWave(4, 'Stragglers')).toBe(4);
    expect(store.getState().project.waves!.at(-1)).toMatchObject({ order: 4, name: 'Stragglers' });
  });

  it('overrides an estimate with a reason, refuses an inverted one, and clears it', () => {
    const id = store.getState().project.workloads[3]!.id;
    expect(store.getState().setEstimateOverride(id, { optimistic: 2, likely: 4, pessimistic: 9 }, 'vendor quote').ok).toBe(true);
    expect(store.getState().project.overrides).toEqual([expect.objectContaining({ workloadId: id, likely: 4, reason: 'vendor quote' })]);
    expect(store.getState().setEstimateOverride(id, { optimistic: 5, likely: 4, pessimistic: 9 }, '').ok).toBe(false);
    store.getState().setEstimateOverride(id, { optimistic: 1, likely: 2, pessimistic: 3 }, 'revised');
    expect(store.getState().project.overrides).toHaveLength(1);
    valid();
    store.getState().clearEstimateOverride(id);
    expect(store.getState().project.overrides).toEqual([]);
  });

  it('edits the risk register: the estate defaults are written first, then changed, added, disabled or removed', () => {
    const project = { ...store.getState().project };
    delete (project as { risks?: unknown }).risks;
    store.getState().replaceDocument({ project, filePath: null, displayName: 'x', diskVersion: null });
    const defaults = defaultRiskRegister(project);
    expect(riskRegisterOf(store.getState().project)).toEqual(defaults);
    const first = defaults[0]!;
    expect(store.getState().updateRisk(first.id, { enabled: false }).ok).toBe(true);
    expect(store.getState().project.risks).toHaveLength(defaults.length);
    expect(store.getState().project.risks![0]!.enabled).toBe(false);
    const id = store.getState().addRisk({ title: 'Vendor late', probability: 0.3, impact: { type: 'days', optimistic: 2, likely: 5, pessimistic: 15 }, hits: { kind: 'phase', phase: 'foundation' }, enabled: true, source: 'our judgement' });
    expect(id).not.toBe('');
    valid();
    expect(store.getState().updateRisk(id, { probability: 2 }).ok).toBe(false);
    store.getState().removeRisk(id);
    expect(store.getState().project.risks).toHaveLength(defaults.length);
  });
});
