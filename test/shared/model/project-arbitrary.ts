/**
 * fast-check arbitraries for valid projects: unique ids, references that resolve, ordered dates and
 * three-point estimates. Anything these build must load; the round-trip property relies on it.
 */
import fc from 'fast-check';
import { CURRENT_FORMAT_VERSION, type Project, type RiskImpact, type RiskTarget, type Workload } from '../../../shared/model/schema';
import {
  COMPLIANCE_GATES,
  COUPLINGS,
  CRITICALITIES,
  CURRENCIES,
  DEPENDENCY_KINDS,
  DOWNTIME_TOLERANCES,
  ENVIRONMENTS,
  FREEZE_PRESETS,
  LOCALES,
  RISK_PHASES,
  SOURCE_PROVIDERS,
  STRATEGIES,
  TARGET_PROVIDERS,
  WORKLOAD_KINDS,
} from '../../../shared/model/vocabulary';

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,24}$/);
/** Any text, including non-BMP characters, quotes, backslashes and control characters. */
const text = fc.string({ unit: 'binary', maxLength: 40 });
const name = text.filter((s) => s.length > 0);
/** JSON has no negative zero (it saves as 0), so numbers are drawn without it. */
const noNegativeZero = (v: number) => (v === 0 ? 0 : v);
const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const DAY_MS = 86_400_000;
/** A real calendar date between 2000 and 2099. */
const isoDate = fc.integer({ min: 0, max: 36_500 }).map((d) => new Date(Date.UTC(2000, 0, 1) + d * DAY_MS).toISOString().slice(0, 10));
const datePair = fc.tuple(isoDate, isoDate).map(([a, b]): readonly [string, string] => (a <= b ? [a, b] : [b, a]));

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

/** Drop keys whose value is undefined: a loaded file has no such keys. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function workload(wid: string, teams: readonly string[]): fc.Arbitrary<Workload> {
  return fc
    .record({
      name,
      kind: fc.constantFrom(...WORKLOAD_KINDS),
      sourceService: name,
      region: optional(text),
      target: optional(fc.record({ provider: fc.constantFrom(...TARGET_PROVIDERS), service: optional(text) }).map(compact)),
      strategy: fc.constantFrom(...STRATEGIES),
      criticality: fc.constantFrom(...CRITICALITIES),
      complexity: fc.integer({ min: 1, max: 5 }),
      size: fc.record({ instances: fc.nat(10_000), dataGb: amount, dailyChangeGb: amount }),
      downtimeTolerance: fc.constantFrom(...DOWNTIME_TOLERANCES),
      team: fc.constantFrom(...teams),
      monthlyCost: amount,
      targetMonthlyCost: optional(amount),
      tags: fc.array(text, { maxLength: 3 }),
      notes: text,
      application: optional(name.filter((s) => s.length <= 200)),
      environment: optional(fc.constantFrom(...ENVIRONMENTS)),
    })
    .map((w) => compact({ id: wid, ...w }));
}

/** A sorted three-point range under `max`. */
function range(max: number) {
  return fc.array(fc.double({ min: 0, max, noNaN: true }).map(noNegativeZero), { minLength: 3, maxLength: 3 }).map((xs) => {
    const [optimistic, likely, pessimistic] = [...xs].sort((a, b) => a - b) as [number, number, number];
    return { optimistic, likely, pessimistic };
  });
}

const impact: fc.Arbitrary<RiskImpact> = fc.oneof(range(2600).map((r) => ({ type: 'days' as const, ...r })), range(10).map((r) => ({ type: 'share' as const, ...r })));
const probability = fc.double({ min: 0, max: 1, noNaN: true }).map(noNegativeZero);

function riskTarget(workloadIds: readonly string[], teamIds: readonly string[]): fc.Arbitrary<RiskTarget> {
  const some = <T>(xs: readonly T[]) => optional(fc.uniqueArray(fc.constantFrom(...xs), { maxLength: 3 }));
  return fc.oneof(
    ...(workloadIds.length > 0 ? [fc.constantFrom(...workloadIds).map((workloadId) => ({ kind: 'workload' as const, workloadId }))] : []),
    fc.nat(20).map((wave) => ({ kind: 'wave' as const, wave })),
    fc.constantFrom(...RISK_PHASES).map((phase) => ({ kind: 'phase' as const, phase })),
    fc.constantFrom(...COMPLIANCE_GATES).map((gate) => ({ kind: 'compliance' as const, gate })),
    fc.record({ per: optional(fc.constantFrom('workload' as const, 'wave' as const)), workloadKinds: some(WORKLOAD_KINDS), criticalities: some(CRITICALITIES), environments: some(ENVIRONMENTS) }).map((f) => compact({ kind: 'cutovers' as const, ...f })),
    optional(fc.constantFrom(...teamIds)).map((teamId) => compact({ kind: 'team' as const, teamId })),
  );
}

export const projectArbitrary: fc.Arbitrary<Project> = fc
  .record({
    teamIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    workloadIds: fc.uniqueArray(id, { maxLength: 12 }),
  })
  .chain(({ teamIds, workloadIds }) => {
    const workloadRef = workloadIds.length > 0 ? fc.constantFrom(...workloadIds) : fc.constant(undefined);
    const withIds = <T>(arb: fc.Arbitrary<readonly T[]>) => arb.map((items) => items.map((item, i) => ({ ...item, id: `x${i}` })));
    return fc.record({
      formatVersion: fc.constant(CURRENT_FORMAT_VERSION),
      project: fc
        .record({
          name,
          description: optional(text),
          sourceProvider: fc.constantFrom(...SOURCE_PROVIDERS),
          defaultTargets: fc.array(fc.constantFrom(...TARGET_PROVIDERS), { minLength: 1, maxLength: 3 }),
          startDate: isoDate,
          locale: fc.constantFrom(...LOCALES),
          currency: fc.constantFrom(...CURRENCIES),
          compliance: fc.record({ icpFiling: fc.boolean(), mlpsLevel: fc.integer({ min: 0, max: 4 }), crossBorderData: fc.boolean() }),
          platformTeam: optional(fc.constantFrom(...teamIds)),
        })
        .map(compact),
      workloads: fc.tuple(...workloadIds.map((w) => workload(w, teamIds))),
      dependencies: withIds(
        fc.array(
          fc.record({ from: workloadRef, to: workloadRef, kind: fc.constantFrom(...DEPENDENCY_KINDS), coupling: fc.constantFrom(...COUPLINGS), note: optional(text) }).map(compact),
          { maxLength: workloadIds.length > 0 ? 20 : 0 },
        ),
      ),
      teams: fc.tuple(
        ...teamIds.map((t) =>
          fc
            .record({ name, engineers: fc.integer({ min: 1, max: 500 }), focus: optional(fc.double({ min: 0.01, max: 1, noNaN: true })), dayRate: optional(amount) })
            .map((team) => compact({ id: t, ...team })),
        ),
      ),
      calendar: fc.record({
        workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        holidays: fc.array(fc.record({ date: isoDate, name: text }), { maxLength: 5 }),
        makeUpWorkdays: fc.array(isoDate, { maxLength: 3 }),
        freezeWindows: withIds(
          fc.array(
            fc.record({ name, dates: datePair, preset: optional(fc.constantFrom(...FREEZE_PRESETS)) }).map(({ dates, ...f }) => compact({ ...f, start: dates[0], end: dates[1] })),
            { maxLength: 4 },
          ),
        ),
      }),
      assumptions: fc.array(fc.record({ id: name, value: fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero), unit: text, source: text }), { maxLength: 5 }),
      pins: withIds(fc.array(fc.record({ workloadId: workloadRef, wave: fc.nat(20), reason: optional(text) }).map(compact), { maxLength: workloadIds.length > 0 ? 3 : 0 })),
      overrides: withIds(
        fc.array(
          fc
            .record({ workloadId: workloadRef, points: fc.array(amount, { minLength: 3, maxLength: 3 }), reason: optional(text) })
            .map(({ points, ...o }) => {
              const [optimistic, likely, pessimistic] = [...points].sort((a, b) => a - b) as [number, number, number];
              return compact({ ...o, optimistic, likely, pessimistic });
            }),
          { maxLength: workloadIds.length > 0 ? 3 : 0 },
        ),
      ),
      actuals: withIds(
        fc.array(
          fc.record({ wave: fc.nat(20), dates: datePair, finished: fc.boolean() }).map(({ wave, dates, finished }) => compact({ wave, start: dates[0], finish: finished ? dates[1] : undefined })),
          { maxLength: 3 },
        ),
      ),
      risks: optional(
        withIds(
          fc.array(
            fc
              .record({
                title: name,
                description: optional(text),
                probability,
                impact,
                hits: riskTarget(workloadIds, teamIds),
                mitigation: optional(fc.record({ description: name, probability, impact, adopted: fc.boolean() })),
                enabled: fc.boolean(),
                source: text,
              })
              .map(compact),
            { maxLength: 4 },
          ),
        ),
      ),
      waves: optional(
        fc
          .uniqueArray(fc.nat(20), { maxLength: 4 })
          .chain((orders) =>
            fc.tuple(
              ...orders.map((order, i) =>
                fc
                  .record({ name: optional(name.filter((s) => s.length <= 120)), maxWorkloads: optional(fc.integer({ min: 1, max: 100 })), maxPersonDays: optional(fc.double({ min: 0.5, max: 1e4, noNaN: true })) })
                  .map((w) => compact({ id: `wave-setting-${i}`, order, ...w })),
              ),
            ),
          ),
      ),
    }).map(compact) as fc.Arbitrary<Project>;
  });
