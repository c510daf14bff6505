/**
 * Phase lengths that scale with what drives them (issue 16), worked by hand with the defaults:
 * assessment = 3 + 0.5 x applications x (1 + 1 x unmapped share) working days, at most 20; the
 * landing zone's elapsed time = 3 per target provider + 1 per account (one per environment the
 * provider runs, plus 2 shared) + 2 per region + 3 per identity integration (at least one per
 * provider). No fixed minimum: a one-workload estate is assessed in 4 days, not 10.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { WorkingCalendar } from '../../../shared/plan/calendar';
import { planDeterministic, planProject } from '../../../shared/plan/plan-project';
import { assessmentSize, foundationSize } from '../../../shared/plan/schedule/frame';
import { dep, makeProject, makeWorkload } from './arbitraries';

describe('the assessment', () => {
  // Resolved before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let a: ReturnType<typeof resolveAssumptions>;
  beforeEach(() => {
    a = resolveAssumptions(makeProject());
  });

  it('takes a base plus half a day per application, as long again for the unmapped share', () => {
    // Applications: Shop (2 workloads), Blog (1) and two without an application, each its own: 4.
    const workloads = [
      makeWorkload('web', { application: 'Shop', confirmed: true }),
      makeWorkload('db', { application: 'Shop', confirmed: true }),
      makeWorkload('blog', { application: 'Blog' }),
      makeWorkload('cron', { confirmed: true }),
      makeWorkload('mail'),
    ];
    // Two links, one with an unconfirmed end: half the map is unconfirmed.
    const p = makeProject({ workloads, dependencies: [dep('web', 'db'), dep('blog', 'db')] });
    const size = assessmentSize(p, workloads, a);
    expect(size.applications).toBe(4);
    expect(size.unmappedShare).toBe(0.5);
    expect(size.days).toBe(6); // 3 + 0.5 x 4 x 1.5
  });

  it('counts the unconfirmed workloads when there is no map at all, and stops at four weeks', () => {
    const one = [makeWorkload('only')];
    expect(assessmentSize(makeProject({ workloads: one }), one, a).days).toBe(4); // 3 + 0.5 x 1 x 2
    const many = Array.from({ length: 100 }, (_, i) => makeWorkload(`w${i}`));
    expect(assessmentSize(makeProject({ workloads: many }), many, a).days).toBe(20); // 3 + 100 = 103, capped
  });

  it('is the base 3 days, nothing unmapped, for an estate of which nothing moves', () => {
    const staying = [makeWorkload('erp', { strategy: 'retain' }), makeWorkload('fax', { strategy: 'retire' })];
    expect(assessmentSize(makeProject({ workloads: staying }), [], a)).toEqual({ applications: 0, unmappedShare: 0, days: 3 });
  });
});

describe("the landing zone's elapsed time", () => {
  // Resolved before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let a: ReturnType<typeof resolveAssumptions>;
  beforeEach(() => {
    a = resolveAssumptions(makeProject());
  });

  it('adds up providers, accounts, regions and identity integrations', () => {
    const workloads = [
      makeWorkload('web', { target: { provider: 'aws', region: 'cn-north-1' } }),
      makeWorkload('web-test', { environment: 'test', target: { provider: 'aws', region: 'cn-north-1' } }),
      makeWorkload('etl', { target: { provider: 'aws', region: 'cn-northwest-1' } }),
      makeWorkload('ram', { kind: 'security', sourceService: 'alibaba.ram', name: 'RAM roles', target: { provider: 'aws', region: 'cn-north-1' } }),
      makeWorkload('promo', { target: { provider: 'tencent', region: 'ap-shanghai' } }),
    ];
    const p = makeProject({ workloads });
    const size = foundationSize(p, workloads, new Set(['ram']), a);
    expect(size.providers).toBe(2);
    expect(size.regions).toBe(3);
    expect(size.accounts).toBe(7); // AWS: production + test + 2 shared; Tencent: production + 2 shared
    expect(size.identityIntegrations).toBe(2); // RAM onto AWS; the team's own sign-in onto Tencent
    expect(size.days).toBe(25); // 3 x 2 + 1 x 7 + 2 x 3 + 3 x 2
  });
});

describe('a small estate', () => {
  const small = (engineers: number): Project => makeProject({ teams: [{ id: 'core', name: 'Core', engineers }], workloads: [makeWorkload('app', { confirmed: true }), makeWorkload('db', { kind: 'database', confirmed: true })], dependencies: [dep('app', 'db')] });

  it('is assessed for as long as its applications take, not a fixed ten days', () => {
    const plan = planProject(small(2), { runs: 50 });
    const assess = plan.schedule.phases.find((p) => p.kind === 'assess')!;
    const cal = new WorkingCalendar(small(2).calendar, small(2).project.startDate);
    // Two applications, all confirmed: 3 + 0.5 x 2 = 4 working days (Monday to Thursday).
    expect(cal.indexOnOrAfter(assess.end) - cal.indexOnOrAfter(assess.start) + 1).toBe(4);
    // The landing zone's elapsed floor: 3 + (1 + 2) x 1 + 2 + 3 = 11 working days.
    expect(planDeterministic(small(2)).scheduled.model.foundationMinDays).toBe(11);
  });

  it('moves with the team: one engineer finishes later than three', () => {
    const one = planProject(small(1), { runs: 50 }).schedule.deterministicEnd;
    const three = planProject(small(3), { runs: 50 }).schedule.deterministicEnd;
    expect(one > three).toBe(true);
  });
});
