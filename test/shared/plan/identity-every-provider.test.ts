/**
 * The AK/SK-style single point of failure (12 Nov 2023: one authentication fault stopped every
 * region) is found for every provider, on both sides of a move: each provider's identity service
 * is known as such (Huawei IAM, Tencent CAM, an on-site directory ...), the risk names it, and the
 * outage simulation stops what depends on it before the move and after.
 */
import { describe, expect, it } from 'vitest';
import { defaultSourceServiceForKind, identityServiceOf } from '../../../shared/catalog';
import type { Project } from '../../../shared/model/schema';
import { PROVIDERS, type Provider } from '../../../shared/model/vocabulary';
import { planProject, simulateOutage } from '../../../shared/plan';
import { dep, makeProject, makeWorkload } from './arbitraries';

const APPS = ['shop', 'pay', 'search', 'admin'];

/** Four critical apps that log in through the source provider's identity service, moving to `target`. */
function estate(source: Provider, target: Provider): Project {
  const base = makeProject();
  const compute = defaultSourceServiceForKind(source, 'compute')!.id;
  return makeProject({
    project: { ...base.project, sourceProvider: source, defaultTargets: [target] },
    workloads: [makeWorkload('identity', { kind: 'security', sourceService: identityServiceOf(source).id, criticality: 'high' }), ...APPS.map((id) => makeWorkload(id, { sourceService: compute, criticality: 'high' }))],
    dependencies: APPS.map((id) => dep(id, 'identity', { kind: 'auth' })),
  });
}

const stopped = (r: { stopped: readonly { workloadId: string }[] }) => r.stopped.map((s) => s.workloadId).sort();

describe('the identity single point, for every provider', () => {
  it.each(PROVIDERS)('%s as the source: a critical risk naming its identity service, and its failure stops every app today', (source) => {
    const target: Provider = source === 'alibaba' ? 'aws' : 'alibaba';
    const project = estate(source, target);
    const plan = planProject(project, { runs: 100 });
    const risk = plan.risks.find((r) => r.id === 'risk:single-point-of-failure:identity');
    expect(risk, source).toMatchObject({ severity: 'critical' });
    expect(risk?.params).toMatchObject({ reached: 4, of: 4 });
    expect(stopped(simulateOutage(project, plan, { type: 'identity', provider: source }, -1))).toEqual(expect.arrayContaining(APPS));
    // The other provider's identity failing today touches nothing of this estate.
    expect(stopped(simulateOutage(project, plan, { type: 'identity', provider: target }, -1))).toEqual([]);
  });

  it.each(PROVIDERS.filter((p) => p !== 'alibaba'))('%s as the target: after the last wave its identity failure stops the moved apps, and the plan says so', (target) => {
    const project = estate('alibaba', target);
    const plan = planProject(project, { runs: 100 });
    const last = Math.max(...plan.waves.map((w) => w.index));
    expect(stopped(simulateOutage(project, plan, { type: 'identity', provider: target }, last))).toEqual(expect.arrayContaining(APPS));
    // Once everything has moved, Alibaba Cloud's RAM failing stops nothing.
    expect(stopped(simulateOutage(project, plan, { type: 'identity', provider: 'alibaba' }, last))).toEqual([]);
    expect(plan.risks.map((r) => r.id)).toContain(`risk:target-identity-spof:${target}`);
  });
});
