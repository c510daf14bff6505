import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readWaveMapping, WAVE_MAPPING_COLUMNS, waveMappingCsv } from '../../../shared/export/wave-mapping';
import { planProject } from '../../../shared/plan/plan-project';
import { options, samplePlan } from './helpers';

describe('wave mapping', () => {
  const { project, plan } = samplePlan('mid');

  it('has one row per workload with its planned wave, and reads back unchanged as no pins', () => {
    const csv = waveMappingCsv(project, plan, options('en'));
    const data = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(data[0]).toEqual([...WAVE_MAPPING_COLUMNS]);
    expect(data).toHaveLength(project.workloads.length + 1);
    const back = readWaveMapping(csv, project, plan);
    expect(back.pinned).toBe(0);
    expect(back.errors).toBe(0);
    expect(back.project.pins).toEqual(project.pins);
  });

  it('turns edited waves into pins the planner follows, in either language', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const csv = waveMappingCsv(project, plan, options(lang));
      const data = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
      const last = plan.waves.at(-1)!;
      // Move a workload of the last wave one wave earlier, by the name the export uses.
      const target = plan.waves.at(-2)!;
      const moved = last.workloadIds.find((id) => !project.dependencies.some((d) => d.from === id || d.to === id)) ?? last.workloadIds[0]!;
      const row = data.findIndex((r) => r[0] === moved);
      data[row]![9] = data.find((r) => r[7] !== '' && r[0] !== moved && target.workloadIds.includes(r[0]!))![7]!;
      const edited = Papa.unparse(data);
      const back = readWaveMapping(edited, project, plan, 'edited.csv');
      expect(back.errors).toBe(0);
      expect(back.pinned).toBe(1);
      expect(back.findings.find((f) => f.kind === 'pinned')).toMatchObject({ workloadId: moved, wave: target.index, line: row + 1 });
      const replanned = planProject(back.project, { runs: 50 });
      expect(replanned.waves.find((w) => w.workloadIds.includes(moved))!.index).toBe(target.index);
    }
  });

  it('reports bad rows by line and field, and keeps the project as it was', () => {
    const csv = ['Workload ID,Wave', 'nope,Wave 1', `${project.workloads[0]!.id},Wave x`, `${project.workloads[0]!.id},2`, ',3'].join('\r\n');
    const back = readWaveMapping(csv, project, plan, 'bad.csv');
    const errors = back.findings.filter((f) => f.kind === 'error');
    expect(errors.map((e) => (e.kind === 'error' ? e.message : ''))).toEqual([
      "bad.csv:2: Workload ID: no workload 'nope' in this project",
      expect.stringMatching(/^bad\.csv:3: Wave: 'Wave x' is not a wave/),
      expect.stringMatching(/^bad\.csv:4: Workload ID: '.+' is listed again \(first on line 3\)/),
      'bad.csv:5: Workload ID: is empty',
    ]);
    expect(back.project.pins).toEqual(project.pins);
    const wrong = readWaveMapping('a,b\r\n1,2', project, plan, 'x.csv');
    expect(wrong.findings[0]).toMatchObject({ kind: 'error', line: 1, field: 'Workload ID' });
  });
});
