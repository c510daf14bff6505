/**
 * Inventory to wave mapping, in the spirit of Azure Migrate's export: one row per workload with the
 * wave the plan put it in and an editable `Wave` column. Importing the edited file back
 * (shared/import/wave-mapping) turns every changed wave into a pin, with a report.
 */
import type { Project } from '../model/schema';
import type { Plan, Wave } from '../plan/types';
import { toCsv } from './csv';
import { WAVE_MAPPING_COLUMNS } from './wave-mapping-columns';
import { createExportText } from './i18n';
import { namesFor } from './names';
import type { ExportOptions } from './options';

export { WAVE_MAPPING_COLUMNS };

export function waveMappingCsv(project: Project, plan: Plan, options: ExportOptions): string {
  const text = createExportText(options.messages, options.lang);
  const { t } = text;
  const names = namesFor(project, plan.waves, text, plan.moveGroups);
  const waveOf = new Map<string, Wave>();
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, w);
  return toCsv(
    WAVE_MAPPING_COLUMNS,
    project.workloads.map((w) => {
      const wave = waveOf.get(w.id);
      return [w.id, w.name, t(`common:kind.${w.kind}`), w.sourceService, t(`common:strategy.${w.strategy}`), t(`common:criticality.${w.criticality}`), names.team(w.team), wave ? names.wave(wave) : '', wave?.cutover.start ?? '', wave ? names.wave(wave) : '', wave ? String(wave.index) : ''];
    }),
    { bom: true },
  );
}
