/**
 * Issue 9's honest defaults and landing zone, checked where nothing else checks them: every default
 * assumption names a public source or says it is the model's judgement with its reasoning, and none
 * says it was fitted to our own samples; the landing zone's runbook re-creates identity without
 * long-lived keys and makes new keys with the data re-encrypted (KMS keys cannot be exported).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/default-assumptions';
import { planProject } from '../../../shared/plan/plan-project';
import { project, workload } from './numeric-fixtures';

describe('every default says where it comes from', () => {
  it.each(Object.entries(DEFAULT_ASSUMPTIONS))('%s', (_id, a) => {
    expect(a.source).not.toMatch(/calibrated on the (embedded )?samples/i);
    // A public source (an author, a publisher, a standard, a vendor's documentation) or judgement with a reason after it.
    expect(a.source.length).toBeGreaterThan(30);
    // One that is the model's judgement gives its reasoning after the label.
    if (a.source.startsWith('Decamp planning model (judgement)')) expect(a.source).toMatch(/^Decamp planning model \(judgement\)[^:]*:\s*\S.{10,}/);
  });
});

describe("the landing zone's runbook", () => {
  it('re-creates identity as roles with no long-lived access keys, and makes new keys with the data re-encrypted', () => {
    const p = project({
      workloads: [workload('ram', { kind: 'security', sourceService: 'alibaba.ram', name: 'RAM' }), workload('kms', { kind: 'security', sourceService: 'alibaba.kms', name: 'KMS keys' }), workload('app')],
      dependencies: [{ id: 'd1', from: 'app', to: 'ram', kind: 'auth', coupling: 'loose' }, { id: 'd2', from: 'app', to: 'kms', kind: 'auth', coupling: 'loose' }],
    });
    const plan = planProject(p, { runs: 20 });
    const codes = plan.foundation.runbook.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['foundation.identity.roles', 'foundation.identity.no-static-keys', 'foundation.keys.create', 'foundation.keys.re-encrypt']));
    expect(plan.foundation.runbook.find((s) => s.code === 'foundation.identity.no-static-keys')!.title).toMatch(/no long-lived access/);
    expect(plan.foundation.runbook.find((s) => s.code === 'foundation.keys.create')!.title).toMatch(/cannot be exported/);
    // Platform pieces are built, not cut over: neither is in a wave.
    expect(plan.waves.flatMap((w) => w.workloadIds)).toEqual(['app']);
  });
});
