import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { WAVE_MAPPING_COLUMNS, waveMappingCsv } from '../../../shared/export/wave-mapping';
import { importFiles } from '../../../shared/import/run';
import { mergeFragment } from '../../../shared/import/merge/merge';
import { waveIndex } from '../../../shared/import/wave-mapping/format';
import { planProject } from '../../../shared/plan/plan-project';
import { options, samplePlan } from './helpers';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
const read = (name: string, text: string) => importFiles([{ name, bytes: new TextEncoder().encode(text) }], { sourceProvider: 'alibaba' });

describe('wave mapping', () => {
  const { project, plan } = samplePlan('mid');

  it('has one row per workload with its planned wave, and reads back unchanged as no pins', async () => {
    const csv = waveMappingCsv(project, plan, options('en'));
    const data = parse(csv);
    expect(data[0]).toEqual([...WAVE_MAPPING_COLUMNS]);
    expect(data).toHaveLength(project.workloads.length + 1);
    const outcome = await read('waves.csv', csv);
    expect(outcome.report.files).toEqual([{ file: 'waves.csv', format: 'wave-mapping' }]);
    expect(outcome.ok).toBe(true);
    expect(outcome.fragment.pins ?? []).toEqual([]);
    expect(mergeFragment(project, outcome.fragment).project.pins).toEqual(project.pins);
  });

  it('turns edited waves into pins the planner follows, in either language', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const data = parse(waveMappingCsv(project, plan, options(lang)));
      const last = plan.waves.at(-1)!;
      const target = plan.waves.at(-2)!;
      const moved = last.workloadIds[0]!;
      const row = data.findIndex((r) => r[0] === moved);
      data[row]![9] = data.find((r) => target.workloadIds.includes(r[0]!))![7]!;
      const outcome = await read('edited.csv', Papa.unparse(data));
      expect(outcome.ok, JSON.stringify(outcome.report.messages)).toBe(true);
      expect(outcome.fragment.pins).toMatchObject([{ workloadId: moved, wave: target.index, origin: { file: 'edited.csv', row: row + 1, field: 'Wave' } }]);
      const merged = mergeFragment(project, outcome.fragment);
      expect(merged.preview.pins?.pinned).toMatchObject([{ workloadId: moved, wave: target.index }]);
      const replanned = planProject(merged.project, { runs: 50 });
      expect(replanned.waves.find((w) => w.workloadIds.includes(moved))!.index).toBe(target.index);
    }
  });

  it('reports bad rows by row and field, and pins nothing from them', async () => {
    const id = project.workloads[0]!.id;
    const csv = ['Workload ID,Planned wave,Wave', 'nope,Wave 1,Wave 2', `${id},Wave 1,Wave x`, `${id},Wave 1,2`, ',Wave 1,3'].join('\r\n');
    const outcome = await read('bad.csv', csv);
    expect(outcome.ok).toBe(false);
    const errors = outcome.report.messages.filter((m) => m.severity === 'error').map((m) => [m.at.row, m.at.field, m.code]);
    expect(errors).toEqual([
      [3, 'Wave', 'waveMapping.badWave'],
      [4, 'Workload ID', 'waveMapping.repeated'],
      [5, 'Workload ID', 'waveMapping.noId'],
    ]);
    // The unknown workload is the merge's to report: it knows the project.
    const merged = mergeFragment(project, outcome.fragment);
    expect(merged.preview.pins?.unknown).toMatchObject([{ workloadId: 'nope', origin: { row: 2 } }]);
    expect(merged.project.pins.some((p) => p.workloadId === 'nope')).toBe(false);
  });

  it('reads waves as the export names them in both languages, or by number', () => {
    expect([waveIndex('Pilot', true), waveIndex('试点', true), waveIndex('Wave 3', true), waveIndex('第 3 波', true), waveIndex('第 3 批', true), waveIndex('2', true), waveIndex('Wave 1', false), waveIndex('soon', true)]).toEqual([0, 0, 3, 3, 3, 2, 0, null]);
  });
});
