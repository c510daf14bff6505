/**
 * Risk texts name workloads by their names, wherever the workload sits in the project (the first
 * one included), never by their ids: a split tight coupling, from a moving workload and from a
 * retained one.
 */
import { describe, expect, it } from 'vitest';
import { dep, makeProject, makeWorkload } from './arbitraries';
import { risksOf } from './risk-helpers';

describe('risk texts name workloads', () => {
  it('names both ends of a split tight coupling by name, the project’s first workload and a later one', () => {
    // 'app' is the project's first workload (index 0), 'erp' its second, 'crm' its third.
    const project = makeProject({
      workloads: [
        makeWorkload('app', { name: 'Order app', criticality: 'high' }),
        makeWorkload('erp', { name: 'ERP system', strategy: 'retain' }),
        makeWorkload('crm', { name: 'CRM suite', strategy: 'retain' }),
      ],
      dependencies: [dep('app', 'erp', { coupling: 'tight' }), dep('crm', 'app', { coupling: 'tight' })],
    });
    const risks = risksOf(project);
    const fromApp = risks.find((r) => r.id === 'risk:split-tight-coupling:app')!;
    expect(fromApp.title).toBe("Order app's tight coupling to ERP system is split");
    expect(fromApp.detail).toMatch(/^Order app moves in .+, ERP system in another wave or not at all: /);
    expect(fromApp.params).toMatchObject({ workload: 'Order app', workloadId: 'app', others: 'ERP system', count: 1 });

    // A retained workload at index 2 coupled to the first one: it stays while Order app moves.
    const fromCrm = risks.find((r) => r.id === 'risk:split-tight-coupling:crm')!;
    expect(fromCrm.title).toBe("CRM suite's tight coupling to Order app is split");
    expect(fromCrm.detail).toBe(
      'CRM suite stays on the source while Order app moves: every call over their tight coupling crosses clouds, with added latency, for as long as CRM suite stays.',
    );
    expect(fromCrm.params).toMatchObject({ workload: 'CRM suite', workloadId: 'crm', others: 'Order app', context: 'retained' });
  });
});
