import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { arbEstimates, dep, fakeEstimates, makeProject, makeWorkload, projectArb, runGraphPhases } from './arbitraries';
import { defaultAssumptionList, resolveAssumptions } from '../../../shared/plan/assumptions';
import { groupWorkloads } from '../../../shared/plan/group';
import { orderMoveGroups } from '../../../shared/plan/order';
import { buildWaves } from '../../../shared/plan/waves';

const ids = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

describe('buildWaves', () => {
  it('builds a pilot of low-risk workloads, then waves in dependency order', () => {
    const project = makeProject({
      workloads: [
        makeWorkload('vpc', { kind: 'network', criticality: 'high' }),
        makeWorkload('blog', { criticality: 'low' }),
        makeWorkload('db', { kind: 'database', criticality: 'mission-critical' }),
        makeWorkload('app'),
        makeWorkload('old', { strategy: 'retire' }),
        makeWorkload('mainframe', { strategy: 'retain' }),
      ],
      dependencies: [dep('app', 'db'), dep('db', 'vpc', { kind: 'network' }), dep('blog', 'vpc', { kind: 'data' })],
    });
    const { plan } = runGraphPhases(project);
    expect(plan.excluded).toEqual(['old', 'mainframe']);
    // blog needs vpc (not in the pilot), app needs db: neither qualifies outright. The blog keeps
    // every rule but that one, so it pilots, reaching the VPC on the source; the mission-critical
    // database and what hard-depends on it never pilot.
    expect(plan.waves[0]!.isPilot).toBe(true);
    expect(plan.issues.map((i) => i.code)).toEqual(['pilot-fallback']);
    expect(plan.issues[0]!.message).toContain('reaching vpc on the source across clouds');
    expect(plan.waves[0]!.workloadIds).toEqual(['blog']);
    expect(plan.waves.map((w) => w.index)).toEqual(plan.waves.map((_, i) => i));
    expect(plan.waves.flatMap((w) => w.workloadIds).sort()).toEqual(['app', 'blog', 'db', 'vpc']);
  });

  it('lists the applications each wave moves, once each, from its workloads', () => {
    const project = makeProject({
      workloads: [
        makeWorkload('blog', { criticality: 'low', application: 'blog' }),
        makeWorkload('web', { application: 'shop' }),
        makeWorkload('api', { application: 'shop' }),
        makeWorkload('db', { kind: 'database', application: 'shop' }),
        makeWorkload('mail', { application: 'mail' }),
        makeWorkload('tool'),
      ],
      dependencies: [dep('web', 'api', { coupling: 'tight' }), dep('api', 'db', { coupling: 'tight' })],
    });
    const { plan } = runGraphPhases(project);
    const appOf = new Map(project.workloads.map((w) => [w.id, w.application]));
    for (const wave of plan.waves) {
      const apps = new Set(wave.workloadIds.map((id) => appOf.get(id)).filter((a) => a !== undefined));
      expect(wave.applications.length, wave.name).toBe(apps.size);
      expect(new Set(wave.applications), wave.name).toEqual(apps);
    }
    expect(plan.waves.flatMap((w) => w.applications).sort()).toEqual(['blog', 'mail', 'shop']);
  });

  it('takes whole small groups whose needs are in the pilot', () => {
    const project = makeProject({
      workloads: [makeWorkload('cdn', { kind: 'network', criticality: 'low' }), makeWorkload('site', { criticality: 'low' }), makeWorkload('core', { criticality: 'high' })],
      dependencies: [dep('site', 'cdn', { kind: 'data' })],
    });
    const { plan } = runGraphPhases(project);
    expect(plan.waves[0]).toMatchObject({ name: 'Pilot', workloadIds: ['cdn', 'site'], teamIds: ['core'] });
    expect(plan.waves[1]).toMatchObject({ name: 'Wave 1', workloadIds: ['core'] });
    expect(plan.issues).toEqual([]);
  });

  it('caps waves by effort and by workload count, never splitting a group', () => {
    // One team of 1 engineer at focus 0.5 x 30 days = 15 person-days per wave.
    const workloads = ids(12).map((id) => makeWorkload(id, { criticality: 'high' }));
    const project: Project = makeProject({
      teams: [{ id: 'core', name: 'Core', engineers: 1, focus: 0.5 }],
      workloads,
      dependencies: [dep('w10', 'w11'), dep('w11', 'w10')],
    });
    const { plan } = runGraphPhases(project, fakeEstimates(project, (w) => (w.id === 'w10' || w.id === 'w11' ? 20 : 4)));
    const sizes = plan.waves.map((w) => w.workloadIds.length);
    expect(plan.waves.some((w) => w.workloadIds.includes('w10') && w.workloadIds.includes('w11') && w.workloadIds.length === 2)).toBe(true);
    expect(Math.max(...sizes.filter((s, i) => !plan.waves[i]!.workloadIds.includes('w10')))).toBeLessThanOrEqual(3);

    const many = makeProject({ workloads: ids(60).map((id) => makeWorkload(id, { criticality: 'high' })), teams: [{ id: 'core', name: 'Core', engineers: 50 }] });
    const byCount = runGraphPhases(many).plan;
    expect(byCount.waves.map((w) => w.workloadIds.length)).toEqual([1, 25, 25, 9]);
    expect(byCount.waves[0]!.name).toBe('Pilot');
  });

  it('lets a pin move a whole group and reports pins that would split it', () => {
    const project = makeProject({
      workloads: ['a', 'b', 'c', 'd'].map((id) => makeWorkload(id, { criticality: 'high' })),
      dependencies: [dep('a', 'b', { coupling: 'tight' })],
      pins: [
        { id: 'pin-a', workloadId: 'a', wave: 2 },
        { id: 'pin-b', workloadId: 'b', wave: 1 },
      ],
    });
    const { plan } = runGraphPhases(project);
    const waveOf = (id: string) => plan.waves.find((w) => w.workloadIds.includes(id))!.index;
    expect(waveOf('a')).toBe(waveOf('b'));
    expect(plan.issues).toContainEqual(expect.objectContaining({ id: 'issue:pin-splits-group:pin-b', code: 'pin-splits-group', path: ['pins', 1, 'wave'], workloadIds: ['a', 'b'] }));
    expect(plan.issues.find((i) => i.code === 'pin-splits-group')!.message).toContain('A move group is never split');
  });

  it('lets a pin win against dependency order and says which link goes cross-cloud', () => {
    const project = makeProject({
      workloads: [makeWorkload('app', { criticality: 'high' }), makeWorkload('db', { kind: 'database', criticality: 'high' }), makeWorkload('cache', { kind: 'cache', criticality: 'high' })],
      dependencies: [dep('app', 'db'), dep('db', 'cache')],
      pins: [{ id: 'early', workloadId: 'app', wave: 1 }, { id: 'late', workloadId: 'cache', wave: 3 }],
    });
    const { plan } = runGraphPhases(project);
    const waveOf = (id: string) => plan.waves.find((w) => w.workloadIds.includes(id))!.index;
    expect(waveOf('app')).toBeLessThan(waveOf('db'));
    const broken = plan.issues.filter((i) => i.code === 'pin-breaks-order');
    expect(broken.map((i) => i.id)).toEqual(['issue:pin-breaks-order:app->db']);
    expect(broken[0]!.message).toContain("Pin 'early' wins");
    expect(plan.waves.every((w) => w.workloadIds.length > 0)).toBe(true);
  });

  it('renumbers waves a pin leaves empty and says so', () => {
    const project = makeProject({
      workloads: [makeWorkload('a', { criticality: 'high' }), makeWorkload('b', { criticality: 'high' })],
      pins: [{ id: 'far', workloadId: 'b', wave: 6 }],
    });
    const { plan } = runGraphPhases(project);
    expect(plan.waves.map((w) => w.workloadIds)).toEqual([['a'], ['b']]);
    expect(plan.waves.map((w) => w.name)).toEqual(['Pilot', 'Wave 1']);
    expect(plan.issues.map((i) => i.code).sort()).toEqual(['pilot-fallback', 'pin-wave-renumbered']);
  });

  it('writes runbooks whose steps are unique and ordered', () => {
    const project = makeProject({
      workloads: [makeWorkload('db', { kind: 'database', criticality: 'mission-critical', downtimeTolerance: 'zero', size: { instances: 2, dataGb: 500, dailyChangeGb: 5 } }), makeWorkload('app')],
      dependencies: [dep('app', 'db')],
    });
    const { plan } = runGraphPhases(project);
    const steps = plan.waves.flatMap((w) => w.runbook);
    const seen = new Set<string>();
    for (const s of steps) {
      for (const a of s.after) expect(seen.has(a)).toBe(true);
      expect(seen.has(s.id)).toBe(false);
      seen.add(s.id);
    }
    const db = steps.filter((s) => s.workloadId === 'db').map((s) => s.code);
    expect(db).toEqual([
      'prepare.target', 'network.dns-ttl', 'db.full-sync', 'db.incremental-sync', 'test.functional', 'db.consistency-check', 'rehearse.1', 'rehearse.2',
      'cutover.notify-dependants', 'cutover.go-no-go-1', 'db.source-read-only', 'cutover.go-no-go-2', 'cutover.traffic-shift', 'network.dns-switch', 'db.reverse-sync', 'hypercare.watch', 'decommission.source',
    ]);
  });
});

describe('buildWaves properties', () => {
  it('places every movable workload in exactly one wave, never splits a group, and keeps dependency order unless a pin says otherwise', () => {
    fc.assert(
      fc.property(projectArb(), (project) => {
        const estimates = arbEstimates(project);
        const { grouping, plan } = runGraphPhases(project, estimates);
        const waveOf = new Map<string, number>();
        plan.waves.forEach((w, i) => {
          expect(w.index).toBe(i);
          expect(w.workloadIds.length).toBeGreaterThan(0);
          for (const id of w.workloadIds) {
            expect(waveOf.has(id)).toBe(false);
            waveOf.set(id, w.index);
          }
        });
        for (const w of project.workloads) {
          const movable = w.strategy !== 'retire' && w.strategy !== 'retain';
          expect(waveOf.has(w.id)).toBe(movable);
          expect(plan.excluded.includes(w.id)).toBe(!movable);
        }
        for (const g of grouping.moveGroups) expect(new Set(g.workloadIds.map((id) => waveOf.get(id))).size).toBe(1);
        const issueIds = new Set(plan.issues.map((i) => i.id));
        // A pilot taken against the needs rule says so, naming what it reaches on the source.
        const fallback = plan.issues.find((i) => i.code === 'pilot-fallback');
        for (const d of project.dependencies) {
          const a = waveOf.get(d.from);
          const b = waveOf.get(d.to);
          if (a !== undefined && b !== undefined && a < b) {
            if (a === 0 && fallback?.workloadIds.includes(d.from) && fallback.workloadIds.includes(d.to)) continue;
            // A loose link that closes a loop between groups runs cross-cloud by design.
            if (grouping.looseLoopDependencies.has(project.dependencies.indexOf(d))) continue;
            expect(issueIds.has(`issue:pin-breaks-order:${d.id}`)).toBe(true);
            expect(project.pins.length).toBeGreaterThan(0);
          }
        }
        expect(runGraphPhases(structuredClone(project), estimates).plan).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });
});

describe('user wave settings', () => {
  it('names a wave and caps it by workloads and by person-days', () => {
    const workloads = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => makeWorkload(id));
    const base = makeProject({ workloads, assumptions: [...defaultAssumptionList().filter((a) => a.id !== 'phase.pilot.maxWorkloads'), { id: 'phase.pilot.maxWorkloads', value: 1, unit: '', source: '' }] });
    const plain = buildWaves(base, groupWorkloads(base), orderMoveGroups(base, groupWorkloads(base)), fakeEstimates(base, 2), resolveAssumptions(base)).waves;
    expect(plain.map((w) => w.workloadIds.length)).toEqual([1, 5]);
    const p = { ...base, waves: [{ id: 's1', order: 1, name: 'First batch', maxWorkloads: 2 }, { id: 's2', order: 2, maxPersonDays: 3 }] };
    const waves = buildWaves(p, groupWorkloads(p), orderMoveGroups(p, groupWorkloads(p)), fakeEstimates(p, 2), resolveAssumptions(p)).waves;
    expect(waves.map((w) => [w.name, w.workloadIds.length])).toEqual([['Pilot', 1], ['First batch', 2], ['Wave 2', 1], ['Wave 3', 2]]);
  });
});
