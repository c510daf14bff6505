/**
 * A wave mapping edited by hand and read back (the import side; the export's round trip is
 * test/shared/export/wave-mapping.test.ts): which rows become pins, and each bad row reported at its
 * row and column. Answers written out by hand from the file below.
 */
import { describe, expect, it } from 'vitest';
import { file, run } from './helpers';

const HEADER = 'Workload ID,Workload,Planned wave,Planned wave number,Wave';

describe('an edited wave mapping', () => {
  it('pins each workload whose Wave differs from its planned wave, by name, number or a name the user gave a wave', async () => {
    const csv = [
      HEADER,
      'web,Web,Pilot,0,Pilot',
      'api,API,Wave 1,1,Wave 2',
      'db,Database,Big bang,2,1',
      'cache,Cache,Wave 1,1,big bang',
      'jobs,Jobs,Wave 1,1,',
      'legacy,Legacy,Final sweep,12,Final sweep',
      'batch,Batch,Wave 1,1,final sweep',
    ].join('\n');
    const out = await run(file('mapping.csv', csv));
    expect(out.ok).toBe(true);
    expect(out.report.files).toEqual([{ file: 'mapping.csv', format: 'wave-mapping' }]);
    // The pilot is wave 0 here (the file has one), so 'Wave 2' is index 2; the user's "Big bang" is wave 2, "Final sweep" wave 12.
    expect(out.fragment.pins?.map((p) => [p.workloadId, p.wave, p.asked, p.planned])).toEqual([
      ['api', 2, 'Wave 2', 'Wave 1'],
      ['db', 1, '1', 'Big bang'],
      ['cache', 2, 'big bang', 'Wave 1'],
      ['batch', 12, 'final sweep', 'Wave 1'],
    ]);
    expect(out.fragment.pins?.[0]?.origin).toMatchObject({ file: 'mapping.csv', row: 3, field: 'Wave' });
  });

  it('reports an empty id, a repeated id and a wave it cannot read at their rows, and pins the rest', async () => {
    const csv = [HEADER, ',Nameless,Wave 1,1,Wave 2', 'api,API,Wave 1,1,Wave 2', 'api,API again,Wave 1,1,Wave 3', 'db,Database,Wave 1,1,Later'].join('\n');
    const out = await run(file('mapping.csv', csv));
    expect(out.ok).toBe(false);
    const errors = out.report.messages.filter((m) => m.severity === 'error').map((m) => [m.code, m.at.row, m.at.field, m.message]);
    expect(errors).toEqual([
      ['waveMapping.noId', 2, 'Workload ID', 'Row 2: Workload ID is empty.'],
      ['waveMapping.repeated', 4, 'Workload ID', "Row 4: 'api' is listed again (first on row 3)."],
      ['waveMapping.badWave', 5, 'Wave', expect.stringContaining("Row 5: 'Later' is not a wave")],
    ]);
    expect(out.fragment.pins?.map((p) => p.workloadId)).toEqual(['api']);
  });

  it('without a pilot row or wave numbers, Wave 1 is the first wave after the pilot', async () => {
    const csv = ['Workload ID,Planned wave,Wave', 'api,Wave 1,Wave 2', 'db,Wave 2,3'].join('\n');
    const out = await run(file('mapping.csv', csv));
    expect(out.fragment.pins?.map((p) => [p.workloadId, p.wave])).toEqual([
      ['api', 1],
      ['db', 3],
    ]);
  });
});
