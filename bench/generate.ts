/**
 * Deterministic synthetic estates for the benchmark: `n` workloads with about four dependencies
 * each (mostly on earlier workloads, so the graph is layered like a real estate), a few back edges
 * that close cycles, a share of tight couplings, one team per 250 workloads plus a platform team,
 * applications of about eight workloads, and a tenth of the estate in non-production. Platform
 * pieces (network, identity, keys, monitoring) are one workload in a hundred, as in a real estate:
 * a landing zone is a handful of pieces, not a random draw of kinds.
 */
import { CURRENT_FORMAT_VERSION, type Project, type Workload } from '../shared/model/schema';
import { CRITICALITIES, type Strategy, WORKLOAD_KINDS } from '../shared/model/vocabulary';
import { defaultAssumptionList } from '../shared/plan/assumptions';
import { createRandom } from '../shared/plan/simulate/random';

const SERVICES = ['alibaba.ecs', 'alibaba.ack', 'alibaba.rds-mysql', 'alibaba.oss', 'alibaba.redis', 'alibaba.slb', 'alibaba.rocketmq', 'alibaba.function-compute'];
const KIND_OF_SERVICE: Readonly<Record<string, Workload['kind']>> = {
  'alibaba.ecs': 'compute',
  'alibaba.ack': 'container',
  'alibaba.rds-mysql': 'database',
  'alibaba.oss': 'storage',
  'alibaba.redis': 'cache',
  'alibaba.slb': 'network',
  'alibaba.rocketmq': 'queue',
  'alibaba.function-compute': 'serverless',
};
const PLATFORM: readonly [string, Workload['kind']][] = [
  ['alibaba.vpc', 'network'],
  ['alibaba.ram', 'security'],
  ['alibaba.kms', 'security'],
  ['alibaba.dns', 'network'],
  ['alibaba.cloudmonitor', 'observability'],
];
const STRATEGIES: readonly Strategy[] = ['rehost', 'rehost', 'rehost', 'replatform', 'replatform', 'refactor', 'retire', 'retain'];

/** Draws of one need before a workload goes without it (a workload whose every neighbour is filtered). */
const MAX_ATTEMPTS = 64;

export interface GeneratedEdges {
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/**
 * The dependency edges alone (index pairs), as the graph benchmark needs them. With `accept`, a
 * drawn need that the estate would not have (another environment, a retired workload) is drawn
 * again, up to a few times, so the estate keeps about four dependencies per workload instead of
 * losing a quarter of them to the filter.
 */
export function generateEdges(n: number, seed = 1, accept?: (from: number, to: number) => boolean): GeneratedEdges {
  const rng = createRandom(seed);
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 1; i < n; i++) {
    const count = 3 + Math.floor(rng.next() * 3); // 3-5, about 4 on average
    for (let k = 0; k < count; k++) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        // Mostly recent neighbours (services call what was built just before them), some far back.
        const back = rng.next() < 0.8 ? 1 + Math.floor(rng.next() * Math.min(i, 50)) : 1 + Math.floor(rng.next() * i);
        if (accept && !accept(i, i - back)) continue;
        from.push(i);
        to.push(i - back);
        break;
      }
    }
    // About 1 in 100 workloads is needed back by an earlier one: a cycle.
    if (rng.next() < 0.01 && i > 3) {
      const earlier = i - 1 - Math.floor(rng.next() * 3);
      if (!accept || accept(earlier, i)) {
        from.push(earlier);
        to.push(i);
      }
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}

export function generateProject(n: number, seed = 1): Project {
  const rng = createRandom(seed + 1);
  const teams = Math.max(1, Math.ceil(n / 250));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  const id = (i: number) => `w${i}`;
  const workloads: Workload[] = Array.from({ length: n }, (_, i) => {
    const platform = rng.next() < 0.01 ? PLATFORM[Math.floor(rng.next() * PLATFORM.length)]! : undefined;
    const service = platform ? platform[0] : pick(SERVICES);
    const data = service.includes('rds') || service.includes('oss') ? Math.round(10 ** (1 + rng.next() * 3.5)) : 0;
    const app = Math.floor(i / 8);
    const environment = app % 10 === 9 ? (['staging', 'test', 'development'] as const)[app % 3] : undefined;
    return {
      id: id(i),
      name: `Workload ${i}`,
      kind: platform ? platform[1] : (KIND_OF_SERVICE[service] ?? pick(WORKLOAD_KINDS)),
      sourceService: service,
      application: platform ? undefined : `app-${app}`,
      ...(environment ? { environment } : {}),
      strategy: pick(STRATEGIES),
      criticality: pick(CRITICALITIES),
      complexity: 1 + Math.floor(rng.next() * 5),
      size: { instances: 1 + Math.floor(rng.next() * 8), dataGb: data, dailyChangeGb: Math.round(data / 50) },
      downtimeTolerance: 'hours',
      team: platform ? 'platform' : `team-${app % teams}`,
      monthlyCost: 200 + Math.round(rng.next() * 5000),
      tags: [],
      notes: '',
    };
  });
  const envOf = (i: number) => workloads[i]!.environment ?? 'production';
  // Production and test estates do not call each other (platform pieces serve both), and nothing
  // keeps depending on what is being retired.
  const edges = generateEdges(n, seed, (f, t) => (envOf(f) === envOf(t) || workloads[t]!.application === undefined) && workloads[t]!.strategy !== 'retire');
  const dependencies = Array.from(edges.from, (f, k) => ({
    id: `d${k}`,
    from: id(f),
    to: id(edges.to[k]!),
    kind: pick(['sync', 'async', 'data', 'auth', 'network', 'shared-storage'] as const),
    // Tight couplings join close neighbours (one application's parts), as in a real estate.
    coupling: rng.next() < 0.05 && f - edges.to[k]! <= 8 ? ('tight' as const) : ('loose' as const),
  }));
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: {
      name: `Synthetic estate of ${n}`,
      sourceProvider: 'alibaba',
      defaultTargets: ['aws'],
      startDate: '2027-03-01',
      locale: 'en',
      currency: 'CNY',
      compliance: { icpFiling: true, mlpsLevel: 2, crossBorderData: false },
    },
    workloads,
    dependencies,
    // The platform team grows with the estate (1% of workloads are platform pieces it rebuilds).
    teams: [{ id: 'platform', name: 'Platform', engineers: Math.max(6, Math.ceil(n / 100)) }, ...Array.from({ length: teams }, (_, t) => ({ id: `team-${t}`, name: `Team ${t}`, engineers: 8 }))],
    calendar: {
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
      makeUpWorkdays: [],
      freezeWindows: [{ id: 'double-11', name: 'Double 11', start: '2027-11-01', end: '2027-11-15', preset: 'double-11' }],
    },
    assumptions: defaultAssumptionList(),
    pins: [],
    overrides: [],
    actuals: [],
  };
}

/** The same estate with nothing retired or kept where it is: every workload is in a wave (and a timeline row). */
export function everyWorkloadMoves(p: Project): Project {
  return { ...p, workloads: p.workloads.map((w) => (w.strategy === 'retire' || w.strategy === 'retain' ? { ...w, strategy: 'rehost' as const } : w)) };
}

/**
 * The estate with exactly `n x perWorkload` of its generated dependencies, taken evenly through the
 * list (every k-th edge with a whole k gave 1,962 for the 2,000 the map target names).
 */
export function withDependencies(p: Project, perWorkload: number): Project {
  const target = Math.min(p.dependencies.length, Math.round(p.workloads.length * perWorkload));
  const step = p.dependencies.length / Math.max(1, target);
  return { ...p, dependencies: Array.from({ length: target }, (_, i) => p.dependencies[Math.floor(i * step)]!) };
}
