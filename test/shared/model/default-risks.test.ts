import { describe, expect, it } from 'vitest';
import { defaultRiskRegister } from '../../../shared/model/default-risks';
import { validateProject } from '../../../shared/model/load';
import { loadSample } from '../../../shared/samples';
import { smallProject } from './project-fixture';

describe('defaultRiskRegister', () => {
  it('gives the large estate every default risk its estate can meet, each with a source', () => {
    const risks = defaultRiskRegister(loadSample('large-estate'));
    expect(risks.map((r) => r.id)).toEqual([
      'risk.database-cutover-rollback',
      'risk.icp-filing-sent-back',
      'risk.mlps-rectification',
      'risk.line-under-delivers',
      'risk.unplanned-freeze',
      'risk.key-people-unavailable',
    ]);
    for (const r of risks) expect(r.source.length).toBeGreaterThan(40);
  });

  it('leaves out what the estate cannot meet', () => {
    const p = smallProject();
    p.project.compliance = { icpFiling: false, mlpsLevel: 0, crossBorderData: false };
    p.workloads = p.workloads.map((w) => ({ ...w, criticality: 'low' as const, size: { ...w.size, dataGb: 0 }, environment: 'test' as const }));
    expect(defaultRiskRegister(p).map((r) => r.id)).toEqual(['risk.key-people-unavailable']);
  });

  it('writes a register the schema accepts', () => {
    const p = loadSample('ecommerce-iot');
    expect(validateProject({ ...p, risks: defaultRiskRegister(p) })).toMatchObject({ ok: true });
  });
});
