/**
 * The wave conditions of issue 9 that had no test of their own, each on a small project a reader
 * can follow: production and non-production never share a wave and non-production goes first; a
 * network or key workload is built in the landing zone, never piloted; the mission-critical and
 * most complex stay out of the pilot; a move group larger than the wave cap is one advisory finding
 * naming the dependencies whose loosening would split it, never a silent oversized wave.
 */
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { project, workload } from './numeric-fixtures';

const dep = (from: string, to: string, over: Partial<Dependency> = {}): Dependency => ({ id: `${from}->${to}`, from, to, kind: 'sync', coupling: 'loose', ...over });

describe('wave conditions', () => {
  it('keeps production and non-production apart, the test estate moving first', () => {
    // A low-risk blog to pilot; the shop's production and test estates follow it.
    const p = project({
      workloads: [
        workload('blog', { application: 'blog', complexity: 1 }),
        workload('web', { application: 'shop', criticality: 'high' }),
        workload('db', { application: 'shop', criticality: 'high', kind: 'database', sourceService: 'alibaba.rds-mysql' }),
        workload('web-test', { application: 'shop', environment: 'test' }),
        workload('db-test', { application: 'shop', environment: 'test', kind: 'database', sourceService: 'alibaba.rds-mysql' }),
      ],
      dependencies: [dep('web', 'db'), dep('web-test', 'db-test')],
    });
    const plan = planProject(p, { runs: 20 });
    const envOf = new Map(p.workloads.map((w) => [w.id, w.environment ?? 'production']));
    for (const wave of plan.waves) expect(new Set(wave.workloadIds.map((id) => envOf.get(id) === 'production')).size, `${wave.name} mixes production and test`).toBe(1);
    const waveOf = (id: string) => plan.waves.findIndex((w) => w.workloadIds.includes(id));
    expect(plan.waves[waveOf('blog')]!.isPilot).toBe(true);
    expect(waveOf('web-test')).toBeLessThan(waveOf('web'));
    expect(waveOf('db-test')).toBeLessThan(waveOf('db'));
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reports pins that put production and test in one wave as an error pointing at the pins', () => {
    // Both shop estates pinned to wave 1: the pin wins, and the wave holds both classes. Texts and params name workloads by name.
    const p = project({
      workloads: [workload('blog', { complexity: 1 }), workload('web', { name: 'Shop' }), workload('web-test', { name: 'Shop (test)', environment: 'test' })],
      pins: [{ id: 'pin-web', workloadId: 'web', wave: 1 }, { id: 'pin-web-test', workloadId: 'web-test', wave: 1 }],
    });
    const plan = planProject(p, { runs: 20 });
    const wave = plan.waves[1]!;
    expect(wave.workloadIds).toEqual(expect.arrayContaining(['web', 'web-test']));
    // The wave takes the class of what is placed in it first; the other one is what the pin mixed in.
    const [mixed, name, environment] = wave.environment === 'production' ? ['web-test', 'Shop (test)', 'non-production'] : ['web', 'Shop', 'production'];
    const mixes = plan.issues.filter((i) => i.code === 'pin-mixes-environments');
    expect(mixes).toEqual([expect.objectContaining({ severity: 'error', condition: 'environments-apart', path: ['pins'], workloadIds: [mixed], params: { workloads: name, wave: wave.name } })]);
    expect(mixes[0]!.message).toContain(`A pin puts ${name} (${environment}) in ${wave.name}`);
  });

  it('builds a network and a key in the landing zone, never in the pilot, and pilots a low-risk application', () => {
    const p = project({
      workloads: [
        workload('vpc', { kind: 'network', sourceService: 'alibaba.vpc', criticality: 'high' }),
        workload('kms', { kind: 'security', sourceService: 'alibaba.kms', name: 'KMS keys' }),
        workload('blog', { criticality: 'low', complexity: 1 }),
        workload('shop', { criticality: 'mission-critical', complexity: 5 }),
      ],
      dependencies: [dep('blog', 'vpc', { kind: 'network' }), dep('shop', 'vpc', { kind: 'network' }), dep('shop', 'kms', { kind: 'auth' })],
    });
    const plan = planProject(p, { runs: 20 });
    expect([...plan.foundation.workloadIds].sort()).toEqual(['kms', 'vpc']);
    const pilot = plan.waves.find((w) => w.isPilot);
    expect(pilot?.workloadIds).toEqual(['blog']);
    expect(plan.waves.flatMap((w) => w.workloadIds)).not.toContain('vpc');
    expect(plan.waves.flatMap((w) => w.workloadIds)).not.toContain('kms');
  });

  it('reports a move group over the wave cap once, naming the dependencies whose loosening would split it', () => {
    // Two tight rings of 16 joined by one tight link: a 32-workload group over the cap of 25.
    const ring = (prefix: string) => Array.from({ length: 16 }, (_, i) => `${prefix}${i}`);
    const a = ring('a');
    const b = ring('b');
    const tight = (from: string, to: string) => dep(from, to, { coupling: 'tight' });
    const p = project({
      workloads: [...a, ...b].map((id) => workload(id)),
      teams: [{ id: 'team-a', name: 'Team A', engineers: 40 }],
      dependencies: [...a.map((id, i) => tight(id, a[(i + 1) % 16]!)), ...b.map((id, i) => tight(id, b[(i + 1) % 16]!)), tight('a0', 'b0')],
    });
    const plan = planProject(p, { runs: 20 });
    const over = plan.issues.filter((i) => i.code === 'move-group-over-cap');
    expect(over).toHaveLength(1);
    expect(over[0]!.severity).toBe('warning');
    expect(over[0]!.params.loosen).toBe('a0->b0');
    // The group stays together: one wave holds all 32.
    expect(plan.waves.some((w) => [...a, ...b].every((id) => w.workloadIds.includes(id)))).toBe(true);
  });

  it('names the one link of a tight pair over a one-workload wave cap', () => {
    const base = project({ workloads: [workload('blog'), workload('api'), workload('db')], dependencies: [dep('api', 'db', { coupling: 'tight' })] });
    const p = { ...base, assumptions: base.assumptions.map((x) => (x.id === 'phase.wave.maxWorkloads' ? { ...x, value: 1 } : x)) };
    const over = planProject(p, { runs: 20 }).issues.filter((i) => i.code === 'move-group-over-cap');
    expect(over.map((i) => i.params.loosen)).toEqual(['api->db']);
  });
});
