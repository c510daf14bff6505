/**
 * The planning model's calibration (PLANNING-MODEL §8): with default assumptions the embedded
 * samples plan inside the article's "one to six months", each in its own band (edges +-2 weeks),
 * and the plan moves the right way when one input changes.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { defaultAssumptionList, resolveAssumptions } from '../../../shared/plan/assumptions';
import { isoToDay } from '../../../shared/plan/calendar';
import { estimateWorkloads } from '../../../shared/plan/estimate';
import { planProject } from '../../../shared/plan/plan-project';
import { equivalentFor } from '../../../shared/catalog';
import { loadSample } from '../../../shared/samples';

const DAYS_PER_MONTH = 365.2425 / 12;
const TWO_WEEKS = 14;

/** The sample with today's default assumptions (the file may carry an older copy of them). */
function sample(id: 'online-shop' | 'ecommerce-iot' | 'large-estate'): Project {
  return { ...loadSample(id), assumptions: defaultAssumptionList() };
}

function withAssumption(p: Project, id: string, value: number): Project {
  return { ...p, assumptions: [...p.assumptions.filter((a) => a.id !== id), { id, value, unit: '', source: 'test' }] };
}

/** Calendar days from the project start to the P50 end. */
function p50Days(p: Project): number {
  const plan = planProject(p, { seed: 7, runs: 1000 });
  return isoToDay(plan.schedule.p50End) - isoToDay(p.project.startDate);
}

describe('calibration bands (P50 from the start date)', () => {
  const bands = [
    ['online-shop', 1, 2],
    ['ecommerce-iot', 3, 4],
    ['large-estate', 5, 6],
  ] as const;
  for (const [id, low, high] of bands) {
    it(`${id} lands in ${low}-${high} months`, () => {
      const days = p50Days(sample(id));
      expect(days).toBeGreaterThanOrEqual(low * DAYS_PER_MONTH - TWO_WEEKS);
      expect(days).toBeLessThanOrEqual(high * DAYS_PER_MONTH + TWO_WEEKS);
      // And always inside the article's one to six months.
      expect(days).toBeGreaterThanOrEqual(1 * DAYS_PER_MONTH - TWO_WEEKS);
      expect(days).toBeLessThanOrEqual(6 * DAYS_PER_MONTH + TWO_WEEKS);
    });
  }
});

describe('the plan moves the right way', () => {
  it('finishes earlier with more engineers', () => {
    const p = sample('ecommerce-iot');
    const more = { ...p, teams: p.teams.map((t) => ({ ...t, engineers: t.engineers * 2 })) };
    expect(p50Days(more)).toBeLessThan(p50Days(p));
  });

  it('finishes later on a slower line', () => {
    const p = sample('large-estate');
    expect(p50Days(withAssumption(p, 'transfer.bandwidthMbps', 200))).toBeGreaterThan(p50Days(p));
  });

  it('finishes later when a freeze window covers a cutover', () => {
    const p = sample('ecommerce-iot');
    const plan = planProject(p, { seed: 7, runs: 200 });
    const last = plan.waves.at(-1)!;
    const frozen: Project = {
      ...p,
      calendar: { ...p.calendar, freezeWindows: [...p.calendar.freezeWindows, { id: 'audit', name: 'Audit freeze', start: last.cutover.start, end: '2027-07-31' }] },
    };
    expect(p50Days(frozen)).toBeGreaterThan(p50Days(p));
    const replanned = planProject(frozen, { seed: 7, runs: 200 });
    expect(isoToDay(replanned.waves.at(-1)!.cutover.start)).toBeGreaterThan(isoToDay('2027-07-31'));
  });

  it('costs more effort where the chosen target has a worse equivalent in the catalog', () => {
    const p = sample('ecommerce-iot');
    const rank = { 'config-only': 0, 'data-config': 1, refactor: 2, none: 3 } as const;
    const base = p.project.defaultTargets[0]!;
    // Workloads the catalog maps worse on self-hosted than on the project's target (e.g. CDN, VPC).
    const worse = p.workloads.filter((w) => {
      const a = equivalentFor(w.sourceService, base)?.portability;
      const b = equivalentFor(w.sourceService, 'self-hosted')?.portability;
      return a !== undefined && b !== undefined && rank[b] > rank[a];
    });
    expect(worse.length).toBeGreaterThan(0);
    const ids = new Set(worse.map((w) => w.id));
    const moved: Project = { ...p, workloads: p.workloads.map((w) => (ids.has(w.id) ? { ...w, target: { provider: 'self-hosted' } } : w)) };
    const before = estimateWorkloads(p, resolveAssumptions(p));
    const after = estimateWorkloads(moved, resolveAssumptions(moved));
    for (const id of ids) expect(after[id]!.effort.likely).toBeGreaterThan(before[id]!.effort.likely);
    expect(p50Days(moved)).toBeGreaterThanOrEqual(p50Days(p));
  });
});
