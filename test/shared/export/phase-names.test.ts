/**
 * What a Chinese document calls each program phase (names.ts): every phase of the mid sample by
 * the Chinese catalogue (renderer/src/i18n/locales/zh-CN/export.json, written out here by hand),
 * an MLPS level from the project when the phase's name gives none, and an engine text's params
 * named without picking up a region the text never had.
 */
import { describe, expect, it } from 'vitest';
import { createExportText } from '../../../shared/export/i18n';
import { namesFor } from '../../../shared/export/names';
import { options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
const names = (lang: 'en' | 'zh-CN', p = project) => namesFor(p, plan.waves, createExportText(options(lang).messages, lang), plan.moveGroups);

describe('phase names in a Chinese document', () => {
  it('names every phase of the plan from the Chinese catalogue', () => {
    const zh = names('zh-CN');
    expect(Object.fromEntries(plan.schedule.phases.map((p) => [p.id, zh.phase(p)]))).toEqual({
      assess: '评估',
      foundation: '基础建设（着陆区）',
      'compliance:icp': '在新云服务商处办理 ICP 备案',
      'compliance:mlps': '等保 2.0 第 2 级重新测评',
      'lead:line': '专线或互联端口',
      'lead:accounts:aws': '账号、合同与配额:AWS',
      'lead:signoff': '安全与合规签核',
      'wave:wave-0': '试点',
      'hypercare:wave-0': '护航期：试点',
      'wave:wave-1': '第 1 波',
      'hypercare:wave-1': '护航期：第 1 波',
      'wave:wave-2': '第 2 波',
      'hypercare:wave-2': '护航期：第 2 波',
      'wave:wave-3': '第 3 波',
      'rehearsal:wave-3': '第 3 波 切换前的演练(2 次切换演练)',
      'hypercare:wave-3': '护航期：第 3 波',
      'wave:wave-4': '第 4 波',
      'hypercare:wave-4': '护航期：第 4 波',
      'wave:wave-5': '第 5 波',
      'rehearsal:wave-5': '第 5 波 切换前的演练(2 次切换演练)',
      'hypercare:wave-5': '护航期：第 5 波',
      'wave:wave-6': '第 6 波',
      'rehearsal:wave-6': '第 6 波 切换前的演练(2 次切换演练)',
      'hypercare:wave-6': '护航期：第 6 波',
      decommission: '下线源端',
    });
  });

  it("takes the MLPS level from the project when the phase's name states none, and keeps a phase it has no words for", () => {
    const mlps = plan.schedule.phases.find((p) => p.id === 'compliance:mlps')!;
    const level3 = { ...project, project: { ...project.project, compliance: { ...project.project.compliance, mlpsLevel: 3 as const } } };
    expect(names('zh-CN', level3).phase({ ...mlps, name: 'MLPS re-assessment' })).toBe('等保 2.0 第 3 级重新测评');
    expect(names('zh-CN', level3).phase(mlps)).toBe('等保 2.0 第 2 级重新测评');
    // A hypercare or a wave phase whose wave the plan does not hold keeps the engine's name.
    const hypercare = plan.schedule.phases.find((p) => p.kind === 'hypercare')!;
    expect(names('zh-CN').phase({ ...hypercare, waveId: 'wave-99', name: 'Hypercare: Wave 99' })).toBe('Hypercare: Wave 99');
    expect(names('en').phase({ ...hypercare, kind: 'wave', waveId: 'wave-99', name: 'Wave 99' })).toBe('Wave 99');
  });

  it('names ids in params and adds nothing else; params with nothing to name come back as they were', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const n = names(lang);
      expect(n.params({ workload: 'vpc', count: 3 })).toEqual({ workload: 'Production VPC', count: 3 });
      const plain = { count: 2, note: 'nothing here' };
      expect(n.params(plain)).toBe(plain);
    }
  });
});
