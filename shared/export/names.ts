/**
 * What a document calls things: workloads, teams and providers by name, waves and program phases in
 * the document's language. Users see names, never ids.
 */
import type { Project } from '../model/schema';
import type { ProgramPhase, Wave } from '../plan/types';
import type { ExportText } from './i18n';

export interface Names {
  readonly workload: (id: string) => string;
  readonly team: (id: string) => string;
  readonly provider: (id: string) => string;
  readonly wave: (wave: Pick<Wave, 'name' | 'index' | 'isPilot'>) => string;
  readonly phase: (phase: ProgramPhase) => string;
  readonly milestone: (m: { code: string; name: string; id: string }) => string;
  /** The target provider a workload moves to (its own, else the project's first default). */
  readonly targetOf: (workloadId: string) => string;
}

export function namesFor(project: Project, waves: readonly Wave[], text: ExportText): Names {
  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const teams = new Map(project.teams.map((t) => [t.id, t.name]));
  const waveById = new Map(waves.map((w) => [w.id, w]));
  const { t } = text;
  const provider = (id: string) => t(`common:provider.${id}`, { defaultValue: id });
  const wave: Names['wave'] = (w) => {
    if (w.isPilot || w.name === 'Pilot') return t('export:wave.pilot');
    const n = /^Wave (\d+)$/.exec(w.name);
    return n ? t('export:wave.numbered', { n: Number(n[1]) }) : w.name;
  };
  const phase: Names['phase'] = (p) => {
    const w = p.waveId ? waveById.get(p.waveId) : undefined;
    switch (p.kind) {
      case 'assess':
      case 'foundation':
      case 'decommission':
        return t(`export:phase.${p.kind}`);
      case 'pilot':
      case 'wave':
        return w ? wave(w) : p.name;
      case 'hypercare':
        return w ? t('export:phase.hypercare', { wave: wave(w) }) : p.name;
      case 'compliance': {
        const kind = p.id.replace(/^compliance:/, '');
        const level = /level (\d)/.exec(p.name)?.[1] ?? String(project.project.compliance.mlpsLevel);
        return t(`export:phase.compliance.${kind}`, { level, defaultValue: p.name });
      }
      default:
        return p.name;
    }
  };
  const milestone: Names['milestone'] = (m) => {
    const waveId = m.id.replace(/^cutover:/, '');
    const w = waveById.get(waveId) ?? (m.code === 'milestone.pilotCutover' ? waves.find((x) => x.isPilot) : undefined);
    const key = m.code.replace(/^milestone\./, '');
    if (w && (key === 'waveCutover' || key === 'pilotCutover')) return text.planText('milestone', 'waveCutover', { wave: wave(w) }, m.name);
    return text.planText('milestone', key, {}, m.name);
  };
  return {
    workload: (id) => workloads.get(id)?.name ?? id,
    team: (id) => teams.get(id) ?? id,
    provider,
    wave,
    phase,
    milestone,
    targetOf: (id) => provider(workloads.get(id)?.target?.provider ?? project.project.defaultTargets[0] ?? 'self-hosted'),
  };
}
