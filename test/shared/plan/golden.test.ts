/**
 * The engine's whole answer for the samples against reviewed copies (test/shared/plan/golden/):
 * every move group, wave, runbook step, date, risk, driver, cost line and provenance entry, written
 * as YAML with a field a line. The other plan specs check what must hold with answers worked out
 * independently; this one catches everything else a change does to a plan the samples reach (a
 * runbook text, a risk's score, a lead time that no longer applies), so that a change to what
 * users are shown is seen in a diff and reviewed, never silent.
 *
 * After a deliberate change to the engine or the samples, regenerate and read the diff:
 *
 *   DECAMP_UPDATE_GOLDEN=1 npx vitest run --project node test/shared/plan/golden.test.ts
 *
 * Numbers are written to 10 significant digits: a change a user could see moves far more than
 * that, and the last bits of a floating-point sum are not what these copies are about.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadProject } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/schema';
import { outageAcrossPlan, outageScenarios } from '../../../shared/plan/outage-scenarios';
import { planProject } from '../../../shared/plan/plan-project';
import { assumptionSensitivity } from '../../../shared/plan/sensitivity';
import { applyScenario } from '../../../shared/scenarios/apply';

const GOLDEN = join(dirname(new URL(import.meta.url).pathname), 'golden');
const update = process.env.DECAMP_UPDATE_GOLDEN === '1';

const SAMPLES = {
  small: 'shared/samples/online-shop.decamp.json',
  mid: 'shared/samples/ecommerce-iot.decamp.json',
  large: 'shared/samples/large-estate.decamp.json',
} as const;

function sample(which: keyof typeof SAMPLES): Project {
  const loaded = loadProject(readFileSync(SAMPLES[which], 'utf8'), SAMPLES[which]);
  if (!loaded.ok) throw new Error(`sample ${which} does not load`);
  return loaded.project;
}

const RUNS = 400;

/** Plain data with every fraction at 10 significant digits: what the copy is written from. */
function normalised(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value instanceof Map) return normalised(Object.fromEntries(value));
  if (value instanceof Set) return normalised([...value]);
  if (Array.isArray(value)) return value.map(normalised);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, normalised(v)]));
  if (typeof value === 'number' && !Number.isInteger(value)) return Number.isFinite(value) ? Number(value.toPrecision(10)) : String(value);
  return value;
}

/** YAML with sorted keys and no folding: a field a line, so a change shows in a diff as the lines it touches. */
const written = (value: unknown): string => stringify(normalised(value), { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });

interface Case {
  readonly name: string;
  readonly answer: () => unknown;
}

const CASES: readonly Case[] = [
  { name: 'small.plan', answer: () => planProject(sample('small'), { runs: RUNS }) },
  { name: 'mid.plan', answer: () => planProject(sample('mid'), { runs: RUNS }) },
  // Each scenario of the mid sample as the Compare view plans it: the baseline with its differences applied.
  ...[0, 1].map(
    (k): Case => ({
      name: `mid.scenario-${k + 1}`,
      answer: () => {
        const baseline = sample('mid');
        const scenario = baseline.scenarios?.[k];
        if (!scenario) throw new Error(`the mid sample has no scenario ${k + 1}`);
        const plan = planProject(applyScenario(baseline, scenario).project, { runs: RUNS });
        return { scenario: scenario.name, schedule: plan.schedule, simulation: plan.simulation, risks: plan.risks, cost: plan.cost, issues: plan.issues };
      },
    }),
  ),
  // Two targets and a landing zone each; the runbooks are the part that differs most by provider.
  {
    name: 'large.plan',
    answer: () => {
      const plan = planProject(sample('large'), { runs: RUNS });
      return { ...plan, estimates: undefined, provenance: undefined };
    },
  },
  // The mid sample moved to each provider the samples do not target: what differs by provider is
  // what the runbooks and risks say, and which lead times and services apply.
  {
    name: 'mid.other-targets',
    answer: () =>
      (['azure', 'gcp', 'huawei', 'tencent', 'self-hosted'] as const).map((provider) => {
        const base = sample('mid');
        // Workloads the sample sends to AWS by name go where the project goes.
        const project: Project = {
          ...base,
          project: { ...base.project, defaultTargets: [provider] },
          workloads: base.workloads.map((w) => (w.target?.provider === 'aws' ? { ...w, target: { ...w.target, provider } } : w)),
        };
        const plan = planProject(project, { runs: 50 });
        return {
          provider,
          issues: plan.issues.map((i) => i.message),
          foundation: plan.foundation.runbook.map((r) => r.title),
          runbook: plan.waves.map((wave) => ({ wave: wave.name, steps: wave.runbook.map((r) => r.title) })),
          risks: plan.risks.map((r) => ({ title: r.title, detail: r.detail, mitigation: r.mitigation })),
          deterministicEnd: plan.schedule.deterministicEnd,
          cost: plan.cost,
        };
      }),
  },
  // The mid sample part-way through: the pilot done two weeks late, Wave 1 started with one
  // workload finished and one blocked. The forecast re-plans the rest from what was recorded.
  {
    name: 'mid.in-progress',
    answer: () => {
      const base = sample('mid');
      const project: Project = {
        ...base,
        actuals: [
          { id: 'actual-pilot', wave: 0, start: '2027-04-16', finish: '2027-05-14' },
          { id: 'actual-wave-1', wave: 1, start: '2027-05-18' },
        ],
        workloadActuals: [
          { id: 'wa-test-db', workloadId: 'test-db', start: '2027-05-18', finish: '2027-05-28', effort: 12 },
          { id: 'wa-test-ack', workloadId: 'test-ack', start: '2027-05-18', blocked: { reason: 'Waiting for the registry quota', since: '2027-05-25' } },
        ],
      };
      const plan = planProject(project, { runs: RUNS });
      return { issues: plan.issues, schedule: plan.schedule, simulation: plan.simulation, waves: plan.waves.map(({ runbook: _r, ...wave }) => wave), risks: plan.risks, cost: plan.cost };
    },
  },
  // The mid sample as a tech lead edits it: wave settings (a name, a cap on workloads and one on
  // effort), an estimate of their own, a second pin, no failing rehearsals, a longer hypercare and
  // a freeze over the pilot's cutover. None of the samples has these.
  {
    name: 'mid.edited',
    answer: () => {
      const base = sample('mid');
      const changed: Record<string, number> = { 'rehearsal.failProbability': 0, 'rehearsal.drillDays': 0, 'phase.hypercare.criticalDays': 20 };
      const project: Project = {
        ...base,
        waves: [
          { id: 'wave-setting-1', order: 1, name: 'Commerce first', maxWorkloads: 4 },
          { id: 'wave-setting-3', order: 3, maxPersonDays: 60 },
        ],
        overrides: [{ id: 'override-order-db', workloadId: 'order-db', optimistic: 10, likely: 20, pessimistic: 45, reason: 'Measured on the staging copy' }],
        pins: [...base.pins, { id: 'pin-payment', workloadId: 'payment-svc', wave: 2, reason: 'After the payment provider signs' }],
        assumptions: base.assumptions.map((a) => (a.id in changed ? { ...a, value: changed[a.id]! } : a)),
        calendar: { ...base.calendar, freezeWindows: [...base.calendar.freezeWindows, { id: 'labour-day-2027', name: 'Labour Day 2027', start: '2027-04-26', end: '2027-05-07' }] },
      };
      const { provenance: _p, ...plan } = planProject(project, { runs: RUNS });
      return plan;
    },
  },
  // A target date: the chance of meeting it and the levers that would lift it to 80%, as the Summary shows them.
  ...(
    [
      ['mid', '2028-02-29'],
      ['small', '2027-05-14'],
      ['small', '2027-12-31'],
    ] as const
  ).map(
    ([which, targetDate]): Case => ({
      name: `${which}.target-${targetDate}`,
      answer: () => {
        const base = sample(which);
        const plan = planProject({ ...base, project: { ...base.project, targetDate } }, { runs: RUNS });
        return { schedule: plan.schedule, risks: plan.risks.map((r) => r.title) };
      },
    }),
  ),
  {
    name: 'mid.sensitivity',
    answer: () => assumptionSensitivity(sample('mid')),
  },
  {
    name: 'mid.outages',
    answer: () => {
      const project = sample('mid');
      const plan = planProject(project, { runs: 50 });
      // Who is stopped or slowed is the answer; the unaffected are everyone else and would triple the copy.
      // Each failure on the target side run wave by wave, as the Outage view runs the one chosen.
      const scenarios = outageScenarios(project, plan);
      const after = scenarios
        .filter((s) => s.side !== 'source')
        .map((scenario) => ({ scenario, steps: outageAcrossPlan(project, plan, scenario.failure).map((s) => ({ ...s, result: { ...s.result, unaffected: s.result.unaffected.length } })) }));
      return { before: scenarios, after };
    },
  },
];

/** The first line that differs, with the lines it sits under, so a failure names the field and stays fast on a long copy. */
function firstDifference(actual: readonly string[], expected: readonly string[]): { actual: string; expected: string } | undefined {
  const indent = (line: string) => line.length - line.trimStart().length;
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (actual[i] === expected[i]) continue;
    const under: string[] = [];
    for (let j = i - 1, depth = indent(actual[i] ?? expected[i] ?? ''); j >= 0 && depth > 0; j--) {
      if (indent(actual[j]!) >= depth) continue;
      depth = indent(actual[j]!);
      under.unshift(actual[j]!.trim().replace(/:$/, ''));
    }
    const at = `line ${i + 1}, under ${under.join(' > ') || '(top)'}: `;
    return { actual: at + (actual[i] ?? '(end)').trim(), expected: at + (expected[i] ?? '(end)').trim() };
  }
  return undefined;
}

describe('the plans of the samples, against reviewed copies', () => {
  for (const c of CASES) {
    it(`${c.name} is as reviewed`, () => {
      const lines = written(c.answer()).replace(/\n$/, '').split('\n');
      const file = join(GOLDEN, `${c.name}.yaml`);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`no reviewed copy ${file}: run with DECAMP_UPDATE_GOLDEN=1 and read it`);
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, `${lines.join('\n')}\n`);
        return;
      }
      const expected = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
      expect(firstDifference(lines, expected)).toBeUndefined();
    }, 120_000);
  }
});
