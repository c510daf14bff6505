/**
 * The DNS TTL lead holds only a production wave whose runbook lowers TTLs (shared/plan/schedule/
 * wave-frame.ts): the wave waits for the lowered records to run out before it switches them. A wave
 * that switches nothing by name waits for its change approval only, however long the TTL lead is.
 * Worked by hand on the default assumptions (change approval 5 working days) with the lead at 12.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { WorkingCalendar } from '../../../shared/plan/calendar';
import { scheduleProgram } from '../../../shared/plan/schedule';
import { waveMinimum } from '../../../shared/plan/schedule/wave-frame';
import type { RunbookStep } from '../../../shared/plan/types';
import { fakeEstimates, makeProject } from './arbitraries';
import { drafts, noFoundation, workload } from './numeric-fixtures';

const dnsStep = (workloadId: string): RunbookStep => ({ id: `${workloadId}:network.dns-ttl`, workloadId, phase: 'prepare', code: 'network.dns-ttl', params: {}, title: 'Lower the TTLs', after: [] });
const longTtl = { id: 'phase.dnsTtlLeadDays', value: 12, unit: 'working days', source: 'test' };

describe('the DNS TTL lead holds only a wave that lowers TTLs', () => {
  it('gives a production wave with no TTL step its change approval, one with it the TTL lead', () => {
    const a = resolveAssumptions({ assumptions: [longTtl] });
    expect(waveMinimum({ environment: 'production', runbook: [] }, [workload('x')], a)).toEqual({ days: 5, cause: 'change-approval' });
    const other: RunbookStep = { ...dnsStep('x'), id: 'x:container.image-push', code: 'container.image-push' };
    expect(waveMinimum({ environment: 'production', runbook: [other] }, [workload('x')], a)).toEqual({ days: 5, cause: 'change-approval' });
    expect(waveMinimum({ environment: 'production', runbook: [other, dnsStep('x')] }, [workload('x')], a)).toEqual({ days: 12, cause: 'dns-ttl' });
  });

  it('cuts a wave with no TTL step over after its approval, and holds one with it for the lead', () => {
    // One team of 3 (2.1 person-days a day), every lead time in place; a day of work per workload.
    const base = makeProject();
    const p: Project = makeProject({
      project: { ...base.project, name: 'TTL', startDate: '2027-03-01', inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } },
      assumptions: [...base.assumptions.filter((x) => x.id !== longTtl.id), longTtl],
      workloads: [workload('a'), workload('b'), workload('c')],
      teams: [{ id: 'team-a', name: 'Team A', engineers: 3 }],
    });
    const waves = drafts(p, [['a'], ['b'], ['c']]).map((w) => (w.workloadIds[0] === 'c' ? { ...w, runbook: [dnsStep('c')] } : w));
    const s = scheduleProgram(p, noFoundation(p), waves, fakeEstimates(p, 2.1), resolveAssumptions(p), new WorkingCalendar(p.calendar, p.project.startDate));
    const [pilot, plain, dns] = s.waves;
    // The pilot and wave 1 switch nothing by name: the 5 days of approval, not the 12 of the lead.
    expect(pilot!.cutoverDay - pilot!.startDay + 1).toBe(5);
    expect(plain!.cutoverDay - plain!.startDay + 1).toBe(5);
    // Wave 2 lowers its TTLs: 12 working days from its first day to its cutover.
    expect(dns!.cutoverDay - dns!.startDay + 1).toBe(12);
  });
});
