/**
 * A pin on a platform piece (waves/findings.ts): the piece is rebuilt in the foundation, so the pin
 * is ignored, and the plan says so as a warning (the Issues view's yellow row), located at the pin.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { makeProject, makeWorkload } from './arbitraries';

describe('a pin on a platform piece', () => {
  it('is a warning at the pin saying the foundation rebuilds it and the pin is ignored', () => {
    const project = makeProject({
      workloads: [makeWorkload('web'), makeWorkload('vpc', { kind: 'network', sourceService: 'alibaba.vpc' })],
      pins: [{ id: 'pin-vpc', workloadId: 'vpc', wave: 1 }],
    });
    const plan = planProject(project, { runs: 1 });
    expect(plan.issues.filter((i) => i.code === 'pin-on-platform')).toEqual([
      {
        id: 'issue:pin-on-platform:pin-vpc',
        severity: 'warning',
        code: 'pin-on-platform',
        params: { pin: 'pin-vpc', workload: 'vpc' },
        message:
          "Pin 'pin-vpc' places vpc in a wave, but it is a platform piece (network, identity, keys, DNS or monitoring): it is rebuilt in the foundation, before every wave, so the pin is ignored.",
        path: ['pins', 0],
        workloadIds: ['vpc'],
      },
    ]);
  });
});
