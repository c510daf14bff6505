import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { findCrossCloudLinks, WORKING_DAYS_PER_MONTH } from '../../../shared/plan/cross-cloud';
import { arbEstimates, datedWaves, dep, makeProject, makeWorkload, projectArb, runGraphPhases } from './arbitraries';

describe('findCrossCloudLinks', () => {
  it('links ends in different waves, retained ends and multi-target pairs', () => {
    const project = makeProject({
      workloads: [
        makeWorkload('app', { criticality: 'high' }),
        makeWorkload('db', { kind: 'database', criticality: 'high', size: { instances: 1, dataGb: 50, dailyChangeGb: 3 } }),
        makeWorkload('erp', { strategy: 'retain', size: { instances: 1, dataGb: 0, dailyChangeGb: 2 } }),
        makeWorkload('ml', { criticality: 'high', target: { provider: 'gcp' } }),
      ],
      dependencies: [dep('app', 'db'), dep('app', 'erp', { kind: 'async' }), dep('ml', 'db', { kind: 'data', coupling: 'tight' })],
      pins: [{ id: 'p', workloadId: 'app', wave: 2 }],
    });
    const { plan } = runGraphPhases(project);
    const waves = datedWaves(plan.waves);
    const links = findCrossCloudLinks(project, waves, plan.excluded, resolveAssumptions(project));
    const programEnd = waves[waves.length - 1]!.end;
    const waveOf = (id: string) => waves.find((w) => w.workloadIds.includes(id))!.index;
    expect(links.map((l) => l.dependencyId)).toEqual(['app->db', 'app->erp', 'ml->db']);
    const [appDb, appErp, mlDb] = links;
    expect(appDb).toMatchObject({ hard: true, latencyMs: 30, egressGbPerMonth: 0, fromWave: waveOf('app'), toWave: waveOf('db') });
    expect(appErp).toMatchObject({ hard: false, latencyMs: 0, toWave: null, end: programEnd, egressGbPerMonth: 2 * WORKING_DAYS_PER_MONTH, egressCostPerMonth: 22 });
    expect(mlDb).toMatchObject({ kind: 'data', fromWave: mlDb!.toWave, end: programEnd, egressGbPerMonth: 3 * WORKING_DAYS_PER_MONTH });
    expect(appDb!.workingDays).toBeGreaterThan(0);
  });

  it('links a retained workload to the ones it calls that move, from their cutover to the end of the program', () => {
    // erp stays on the source and calls db (async) and ldap (auth), which both move; two retained
    // workloads calling each other never cross clouds.
    const project = makeProject({
      workloads: [
        makeWorkload('db', { kind: 'database', size: { instances: 1, dataGb: 50, dailyChangeGb: 3 } }),
        makeWorkload('ldap', { kind: 'security' }),
        makeWorkload('erp', { strategy: 'retain' }),
        makeWorkload('crm', { strategy: 'retain' }),
      ],
      dependencies: [dep('erp', 'db', { kind: 'async' }), dep('erp', 'ldap', { kind: 'auth' }), dep('erp', 'crm', { kind: 'auth' })],
    });
    const { plan } = runGraphPhases(project);
    const waves = datedWaves(plan.waves);
    const links = findCrossCloudLinks(project, waves, plan.excluded, resolveAssumptions(project));
    const programEnd = waves[waves.length - 1]!.end;
    const waveOf = (id: string) => waves.find((w) => w.workloadIds.includes(id))!;
    expect(links.map((l) => l.dependencyId)).toEqual(['erp->db', 'erp->ldap']);
    // Async carries db's 3 GB a day: 66 GB a month at 0.5 a GB.
    expect(links[0]).toMatchObject({ fromWave: null, toWave: waveOf('db').index, start: waveOf('db').cutover.end, end: programEnd, hard: false, egressGbPerMonth: 66, egressCostPerMonth: 33 });
    expect(links[1]).toMatchObject({ fromWave: null, toWave: waveOf('ldap').index, start: waveOf('ldap').cutover.end, end: programEnd, hard: true, latencyMs: 30 });
  });

  it('lists every dependency whose ends cut over in different waves, with its kind and waves', () => {
    fc.assert(
      fc.property(projectArb(), (project) => {
        const { plan } = runGraphPhases(project, arbEstimates(project));
        const waves = datedWaves(plan.waves);
        const links = findCrossCloudLinks(project, waves, plan.excluded, resolveAssumptions(project));
        const byDep = new Map(links.map((l) => [l.dependencyId, l]));
        const waveOf = new Map(waves.flatMap((w) => w.workloadIds.map((id) => [id, w.index] as const)));
        for (const d of project.dependencies) {
          const a = waveOf.get(d.from);
          const b = waveOf.get(d.to);
          if (a === undefined || b === undefined || a === b) continue;
          expect(byDep.get(d.id)).toMatchObject({ kind: d.kind, fromWave: a, toWave: b });
        }
        for (const l of links) {
          expect(l.end >= l.start).toBe(true);
          expect(l.workingDays).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
