/**
 * Waves as the rest of the engine sees them: numbered, named (the user's name, else "Pilot" and
 * "Wave n"), with their environment, teams, applications and each workload's runbook.
 */
import { equivalentFor } from '../../catalog';
import type { Project, Workload } from '../../model/schema';
import type { Assumptions } from '../assumptions';
import { projectGraph } from '../graph/project-graph';
import type { MoveGroup, RunbookStep, WaveDraft, WaveEnvironment, WorkloadEstimate, WorkloadId } from '../types';
import { platformRoleOf } from '../foundation/platform';
import { rehearsalRule } from '../schedule/lead-times';
import { hypercareDays } from '../schedule/wave-frame';
import { runbookFor } from './runbook';

export interface DraftInput {
  readonly project: Project;
  readonly groups: readonly MoveGroup[];
  readonly posOf: Int32Array;
  /** Final wave index of each group position. */
  readonly finalWave: Int32Array;
  readonly waveTotal: number;
  readonly hasPilot: boolean;
  /** The user's name for each final wave, where one is set. */
  readonly names: readonly (string | undefined)[];
  readonly environments: readonly WaveEnvironment[];
  readonly estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>;
  readonly assumptions: Assumptions;
  readonly platform: ReadonlySet<WorkloadId>;
}

export function draftWaves(input: DraftInput): WaveDraft[] {
  const { project, groups, posOf, finalWave, waveTotal, hasPilot, names, environments, estimates, assumptions } = input;
  const g = projectGraph(project);
  const teamRank = new Map(project.teams.map((t, i) => [t.id, i]));
  const dnsTtlLeadDays = assumptions.value('phase.dnsTtlLeadDays');
  const rehearsalDrills = rehearsalRule(assumptions).drills;
  const defaultTarget = project.project.defaultTargets[0] ?? 'self-hosted';
  // DNS zones among the platform workloads: an application that needs one switches its own records.
  const dnsZone = new Uint8Array(g.workloads.length);
  for (const id of input.platform) {
    const i = g.indexOf.get(id);
    if (i !== undefined && platformRoleOf(g.workloads[i]!) === 'dns') dnsZone[i] = 1;
  }
  const buckets = Array.from({ length: waveTotal }, () => ({ groups: [] as string[], workloads: [] as string[], teams: new Set<string>(), apps: [] as string[], runbook: [] as RunbookStep[] }));
  // Each wave's hypercare follows what it holds (schedule/wave-frame.ts), so its runbook says the same days.
  const held = Array.from({ length: waveTotal }, () => [] as Workload[]);
  groups.forEach((m, pos) => {
    for (const id of m.workloadIds) {
      const i = g.indexOf.get(id);
      if (i !== undefined && posOf[i] === pos) held[finalWave[pos]!]!.push(g.workloads[i]!);
    }
  });
  const hypercareOf = held.map((list, index) => Math.round(hypercareDays(environments[index] ?? 'production', list, assumptions)));
  groups.forEach((m, pos) => {
    const bucket = buckets[finalWave[pos]!]!;
    bucket.groups.push(m.id);
    for (const id of m.workloadIds) {
      const i = g.indexOf.get(id);
      if (i === undefined || posOf[i] !== pos) continue;
      const w = g.workloads[i]!;
      bucket.workloads.push(id);
      bucket.teams.add(w.team);
      if (w.application && !bucket.apps.includes(w.application)) bucket.apps.push(w.application);
      const estimate = estimates[id];
      const targetProvider = estimate?.targetProvider ?? w.target?.provider ?? defaultTarget;
      const hardDependants = new Set<string>();
      const d = g.dependants;
      for (let p = d.offsets[i]!; p < d.offsets[i + 1]!; p++) if (g.hard[d.edgeOf[p]!] === 1) hardDependants.add(g.workloads[d.targets[p]!]!.name);
      const dnsZones = new Set<string>();
      const needs = g.needs;
      for (let p = needs.offsets[i]!; p < needs.offsets[i + 1]!; p++) if (dnsZone[needs.targets[p]!] === 1) dnsZones.add(g.workloads[needs.targets[p]!]!.name);
      const equivalent = equivalentFor(w.sourceService, targetProvider);
      const steps = runbookFor(w, estimate, {
        targetProvider,
        targetService: estimate?.targetService ?? equivalent?.service ?? '',
        method: equivalent?.method ?? '',
        hardDependants: [...hardDependants],
        dnsZones: [...dnsZones],
        dnsTtlLeadDays,
        rehearsalDrills,
        hypercareDays: hypercareOf[finalWave[pos]!]!,
      });
      for (const s of steps) bucket.runbook.push(s);
    }
  });
  const teamOrder = (a: string, b: string) => (teamRank.get(a) ?? 1e9) - (teamRank.get(b) ?? 1e9) || (a < b ? -1 : a > b ? 1 : 0);
  return buckets.map((b, index) => ({
    id: `wave-${index}`,
    index,
    name: names[index] ?? (hasPilot && index === 0 ? 'Pilot' : `Wave ${hasPilot ? index : index + 1}`),
    isPilot: hasPilot && index === 0,
    environment: environments[index] ?? 'production',
    workloadIds: b.workloads,
    moveGroupIds: b.groups,
    teamIds: [...b.teams].sort(teamOrder),
    applications: b.apps,
    runbook: b.runbook,
  }));
}
