/**
 * Inventory to wave mapping, in the spirit of Azure Migrate's export: one row per workload with the
 * wave the plan put it in and an editable `Wave` column. Importing the edited file back turns every
 * changed wave into a pin (the planner checks pins like any other), and reports each row it used,
 * skipped or could not read, by line.
 */
import Papa from 'papaparse';
import type { Pin, Project } from '../model/schema';
import type { Plan, Wave } from '../plan/types';
import { toCsv } from './csv';
import { createExportText } from './i18n';
import { namesFor } from './names';
import type { ExportOptions } from './options';

/** Column names are fixed English so a file edited in any language reads back. */
export const WAVE_MAPPING_COLUMNS = ['Workload ID', 'Workload', 'Kind', 'Source service', 'Strategy', 'Criticality', 'Team', 'Planned wave', 'Planned cutover', 'Wave'] as const;

export function waveMappingCsv(project: Project, plan: Plan, options: ExportOptions): string {
  const text = createExportText(options.messages, options.lang);
  const { t } = text;
  const names = namesFor(project, plan.waves, text);
  const waveOf = new Map<string, Wave>();
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, w);
  return toCsv(
    WAVE_MAPPING_COLUMNS,
    project.workloads.map((w) => {
      const wave = waveOf.get(w.id);
      return [w.id, w.name, t(`common:kind.${w.kind}`), w.sourceService, t(`common:strategy.${w.strategy}`), t(`common:criticality.${w.criticality}`), names.team(w.team), wave ? names.wave(wave) : '', wave?.cutover.start ?? '', wave ? names.wave(wave) : ''];
    }),
    { bom: true },
  );
}

export type WaveMappingFinding =
  | { readonly kind: 'pinned'; readonly line: number; readonly workloadId: string; readonly from: string; readonly to: string; readonly wave: number }
  | { readonly kind: 'unchanged'; readonly line: number; readonly workloadId: string }
  | { readonly kind: 'error'; readonly line: number; readonly field: string; readonly message: string };

export interface WaveMappingResult {
  /** The project with the new pins (and earlier pins of the same workloads replaced). */
  readonly project: Project;
  readonly findings: readonly WaveMappingFinding[];
  readonly pinned: number;
  readonly errors: number;
}

/**
 * Reads an edited wave-mapping CSV against the plan it came from. A wave is named as the export
 * wrote it (either language: `Wave 2`, `第 2 批`, `Pilot`, `试点`) or by number (0 = pilot).
 */
export function readWaveMapping(csv: string, project: Project, plan: Plan, file = 'wave-mapping.csv'): WaveMappingResult {
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const findings: WaveMappingFinding[] = [];
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  const col = (name: string) => header.indexOf(name);
  const idCol = col('Workload ID');
  const waveCol = col('Wave');
  const plannedCol = col('Planned wave');
  const error = (line: number, field: string, message: string) => findings.push({ kind: 'error', line, field, message: `${file}:${line}: ${field}: ${message}` });
  for (const e of parsed.errors) error((e.row ?? 0) + 1, 'CSV', e.message);
  if (idCol < 0 || waveCol < 0) {
    error(1, idCol < 0 ? 'Workload ID' : 'Wave', `the header has no '${idCol < 0 ? 'Workload ID' : 'Wave'}' column; this is not a Decamp wave mapping`);
    return { project, findings, pinned: 0, errors: findings.length };
  }
  const workloads = new Set(project.workloads.map((w) => w.id));
  const excluded = new Set(plan.excluded);
  const currentWave = new Map<string, Wave>();
  for (const w of plan.waves) for (const id of w.workloadIds) currentWave.set(id, w);
  const hasPilot = plan.waves.some((w) => w.isPilot);
  const maxWave = Math.max(0, ...plan.waves.map((w) => w.index)) + 1;
  const seen = new Map<string, number>();
  const pins = new Map<string, Pin>();

  for (let i = 1; i < rows.length; i++) {
    const line = i + 1;
    const row = rows[i]!;
    const id = (row[idCol] ?? '').trim();
    const asked = (row[waveCol] ?? '').trim();
    if (!id) {
      error(line, 'Workload ID', 'is empty');
      continue;
    }
    if (!workloads.has(id)) {
      error(line, 'Workload ID', `no workload '${id}' in this project`);
      continue;
    }
    if (seen.has(id)) {
      error(line, 'Workload ID', `'${id}' is listed again (first on line ${seen.get(id)}); this row is ignored`);
      continue;
    }
    seen.set(id, line);
    const current = currentWave.get(id);
    const planned = plannedCol >= 0 ? (row[plannedCol] ?? '').trim() : '';
    if (asked === '' || asked === planned) {
      findings.push({ kind: 'unchanged', line, workloadId: id });
      continue;
    }
    const index = waveIndex(asked, plan.waves, hasPilot);
    if (index === null) {
      error(line, 'Wave', `'${asked}' is not a wave: write a wave as exported ('Wave 2', '第 2 批', 'Pilot') or its number, 0 for the pilot`);
      continue;
    }
    if (index > maxWave) {
      error(line, 'Wave', `wave ${index} is beyond the last wave plus one (${maxWave})`);
      continue;
    }
    if (excluded.has(id)) {
      error(line, 'Wave', `'${id}' does not move (retired or retained), so it cannot be placed in a wave`);
      continue;
    }
    if (current && current.index === index) {
      findings.push({ kind: 'unchanged', line, workloadId: id });
      continue;
    }
    pins.set(id, { id: `pin:${id}`, workloadId: id, wave: index, reason: `Wave mapping ${file}, line ${line}` });
    findings.push({ kind: 'pinned', line, workloadId: id, from: current?.name ?? '', to: asked, wave: index });
  }
  const kept = project.pins.filter((p) => !pins.has(p.workloadId));
  const usedIds = new Set(kept.map((p) => p.id));
  const added = [...pins.values()].map((p) => {
    let pid = p.id;
    for (let n = 2; usedIds.has(pid); n++) pid = `${p.id}-${n}`;
    usedIds.add(pid);
    return { ...p, id: pid };
  });
  return { project: { ...project, pins: [...kept, ...added] }, findings, pinned: added.length, errors: findings.filter((f) => f.kind === 'error').length };
}

function waveIndex(asked: string, waves: readonly Wave[], hasPilot: boolean): number | null {
  if (/^\d+$/.test(asked)) return Number(asked);
  if (/^(pilot|试点)$/i.test(asked)) return 0;
  const n = /^(?:wave\s*(\d+)|第\s*(\d+)\s*批)$/i.exec(asked);
  if (n) {
    const k = Number(n[1] ?? n[2]);
    return hasPilot ? k : k - 1;
  }
  const byName = waves.find((w) => w.name.toLowerCase() === asked.toLowerCase());
  return byName ? byName.index : null;
}
