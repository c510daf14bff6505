/** The import report as a terminal shows it, and as JSON (the public shape, docs/cli.md). */
import { formatList } from '../../shared/export/list';
import { formatLocation } from '../../shared/import/location';
import type { MergePreview } from '../../shared/import/merge/preview';
import type { ImportReport } from '../../shared/import/types';
import { counted } from './io';

/** One line per error and warning (`FILE:LINE:COL: message`), then what was read, skipped and guessed. */
export function formatImportReport(report: ImportReport, preview: MergePreview | null, output: string | null): string {
  const lines: string[] = [];
  const byFormat = new Map<string, string[]>();
  for (const f of report.files) byFormat.set(f.format, [...(byFormat.get(f.format) ?? []), f.file]);
  for (const [format, files] of byFormat) lines.push(files.length <= 3 ? `${files.join(', ')}: read as ${format}` : `${files.length} files read as ${format} (${files[0]} ...)`);
  const errors = report.messages.filter((m) => m.severity === 'error');
  const warnings = report.messages.filter((m) => m.severity === 'warning');
  const skipped = report.messages.filter((m) => m.code.startsWith('skipped.'));
  const notes = report.messages.filter((m) => m.severity === 'info' && !m.code.startsWith('skipped.'));
  lines.push(`${report.workloads} workload${report.workloads === 1 ? '' : 's'}, ${report.dependencies} dependenc${report.dependencies === 1 ? 'y' : 'ies'} read.`);
  if (preview) {
    lines.push(`Merge: ${preview.added.length} added, ${preview.updated.length} updated, ${preview.unchanged.length} unchanged, ${preview.untouched} left alone; ${counted(preview.dependencies.added, 'dependency', 'dependencies')} added (${preview.dependencies.existing} already there)${preview.teams.added.length > 0 ? `; new teams: ${formatList('en', preview.teams.added.map((t) => t.name))}` : ''}.`);
    for (const u of preview.updated.slice(0, 50)) lines.push(`  updated ${u.name}: ${u.changes.map((c) => `${c.field} ${c.before} -> ${c.after}`).join('; ')}`);
    for (const r of preview.dependencies.unresolved.slice(0, 50)) lines.push(`  ${formatLocation(r.origin)}: '${r.from}' needs '${r.to}', which is neither in the import nor in the project`);
    if (preview.pins) {
      lines.push(`Pins: ${preview.pins.pinned.length} workload${preview.pins.pinned.length === 1 ? '' : 's'} pinned to the wave the mapping gives.`);
      for (const p of preview.pins.pinned.slice(0, 100)) lines.push(`  pinned ${p.name}: ${p.from || '-'} -> ${p.to}`);
      for (const u of preview.pins.unknown) lines.push(`${formatLocation(u.origin)}: error: no workload '${u.workloadId}' in the project; its row is ignored`);
    }
  }
  for (const m of [...errors, ...warnings]) lines.push(`${formatLocation(m.at)}: ${m.severity}: ${m.message}`);
  if (skipped.length > 0) {
    lines.push(`Skipped (${skipped.length}):`);
    for (const m of skipped.slice(0, 100)) lines.push(`  ${m.message}`);
  }
  for (const m of notes) lines.push(m.message);
  if (report.guesses.length > 0) {
    lines.push(`Guesses to review (${report.guesses.length}; marked "needs review" in the project):`);
    for (const g of report.guesses.filter((x) => !(x.field === 'criticality' && x.basis === 'default')).slice(0, 100)) lines.push(`  ${g.message}`);
  }
  if (output !== null) lines.push(`Wrote ${output}.`);
  return `${lines.join('\n')}\n`;
}

/** `decamp import --json`: the report and the merge preview, machine-readable. */
export function importJson(report: ImportReport, preview: MergePreview | null, output: string | null, project?: unknown): unknown {
  return {
    importFormat: 1,
    ok: !report.messages.some((m) => m.severity === 'error'),
    output,
    files: report.files,
    workloads: report.workloads,
    dependencies: report.dependencies,
    messages: report.messages.map((m) => ({ severity: m.severity, code: m.code, params: m.params, message: m.message, at: m.at, where: formatLocation(m.at) })),
    guesses: report.guesses,
    merge: preview,
    ...(project !== undefined ? { project } : {}),
  };
}
