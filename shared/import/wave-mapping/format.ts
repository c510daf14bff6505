/**
 * An edited wave mapping (Decamp's own export, shared/export/wave-mapping.ts) read back: every row
 * whose `Wave` differs from its `Planned wave` becomes a pin for that workload, which the merge
 * applies and the planner checks like any other pin. Rows are reported by line and field.
 * A wave is named as the export wrote it, in either language (`Wave 2`, `第 2 波`, `Pilot`,
 * `试点`), by a name the user gave it (any name the file's `Planned wave` shows beside its
 * `Planned wave number`), or by number, 0 for the pilot.
 */
import Papa from 'papaparse';
import { WAVE_MAPPING_COLUMNS } from '../../export/wave-mapping-columns';
import type { ImportFormat } from '../format';

const header = (text: string) => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { preview: 1 }).data[0]?.map((h) => h.trim()) ?? [];

export const waveMappingFormat: ImportFormat = {
  id: 'wave-mapping',
  label: 'Decamp wave mapping (CSV)',
  extensions: ['csv'],
  detect(file) {
    if (file.text === null) return 0;
    const h = header(file.text.slice(0, 4096));
    return h.includes('Workload ID') && h.includes('Planned wave') && h.includes('Wave') ? 10 : 0;
  },
  read(files, out) {
    for (const file of files) {
      const rows = Papa.parse<string[]>((file.text ?? '').replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' }).data;
      const head = (rows[0] ?? []).map((h) => h.trim());
      const col = (name: string) => head.indexOf(name);
      const [idCol, plannedCol, waveCol, numberCol] = [col('Workload ID'), col('Planned wave'), col('Wave'), col('Planned wave number')];
      if (idCol < 0 || waveCol < 0) {
        out.error('waveMapping.header', `The header needs '${WAVE_MAPPING_COLUMNS[0]}' and 'Wave' columns; this is not a Decamp wave mapping.`, { file: file.name, line: 1, row: 1 });
        continue;
      }
      // The waves the file names, with their numbers: a wave the user named is found by its name.
      const named = new Map<string, number>();
      if (plannedCol >= 0 && numberCol >= 0) {
        for (const r of rows.slice(1)) {
          const name = (r[plannedCol] ?? '').trim();
          const n = (r[numberCol] ?? '').trim();
          if (name !== '' && /^\d+$/.test(n)) named.set(name.toLowerCase(), Number(n));
        }
      }
      // The file says whether the plan had a pilot: wave numbers in names count from it.
      const numbered = [...named].map(([name, n]) => [waveIndex(name, true), n] as const).find(([k]) => k !== null && k > 0);
      const hasPilot = numbered ? numbered[0] === numbered[1] : plannedCol >= 0 && rows.some((r, i) => i > 0 && /^(pilot|试点)$/i.test((r[plannedCol] ?? '').trim()));
      const indexOf = (text: string) => named.get(text.toLowerCase()) ?? waveIndex(text, hasPilot);
      const seen = new Map<string, number>();
      for (let i = 1; i < rows.length; i++) {
        const r = rows[i]!;
        const at = { file: file.name, line: i + 1, row: i + 1 };
        const id = (r[idCol] ?? '').trim();
        const asked = (r[waveCol] ?? '').trim();
        const planned = plannedCol >= 0 ? (r[plannedCol] ?? '').trim() : '';
        if (!id) {
          out.error('waveMapping.noId', `Row ${i + 1}: Workload ID is empty.`, { ...at, field: 'Workload ID' });
          continue;
        }
        if (seen.has(id)) {
          out.error('waveMapping.repeated', `Row ${i + 1}: '${id}' is listed again (first on row ${seen.get(id)}).`, { ...at, field: 'Workload ID' }, { workload: id, first: seen.get(id)! });
          continue;
        }
        seen.set(id, i + 1);
        if (asked === '' || asked === planned) continue;
        const wave = indexOf(asked);
        if (wave === null) {
          out.error('waveMapping.badWave', `Row ${i + 1}: '${asked}' is not a wave: write it as exported ('Wave 2', '第 2 波', 'Pilot') or as a number, 0 for the pilot.`, { ...at, field: 'Wave' }, { wave: asked });
          continue;
        }
        if (planned !== '' && indexOf(planned) === wave) continue;
        out.addPin({ workloadId: id, wave, asked, planned, origin: { ...at, field: 'Wave' } });
      }
    }
  },
};

/** `Wave 2` / `第 2 波` (`第 2 批` in files exported before the term was settled) / `Pilot` / `试点` / `3` -> the wave's index (0 = pilot). */
export function waveIndex(asked: string, hasPilot: boolean): number | null {
  if (/^\d+$/.test(asked)) return Number(asked);
  if (/^(pilot|试点)$/i.test(asked)) return 0;
  const n = /^(?:wave\s*(\d+)|第\s*(\d+)\s*(?:波次?|批))$/i.exec(asked);
  if (!n) return null;
  const k = Number(n[1] ?? n[2]);
  return hasPilot ? k : Math.max(0, k - 1);
}
