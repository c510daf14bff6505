/**
 * The waves board's columns and cards from the Plan: a column per wave in plan order, a card per
 * move group (its workloads move as one) or per lone workload, each with its effort, its pin and
 * the plan issues that name its workloads (what a pin broke, with the planner's reason).
 */
import type { Project, WaveSetting } from '../../../../shared/model';
import type { Plan, PlanIssue, Wave } from '../../../../shared/plan/types';
import { waveDrivers } from '../shared/plan-labels';

export interface BoardCard {
  /** The move group's id, or the workload's id for a lone workload. */
  readonly id: string;
  readonly workloadIds: readonly string[];
  readonly groupReason: string | null;
  readonly effort: number;
  /** The wave every workload of the card is pinned to, or null when not all are pinned (or not alike). */
  readonly pinnedWave: number | null;
  /** Some workload of the card carries the user's own estimate. */
  readonly overridden: boolean;
  readonly issues: readonly PlanIssue[];
}

export interface BoardColumn {
  readonly wave: Wave;
  readonly setting: WaveSetting | undefined;
  readonly cards: readonly BoardCard[];
  readonly critical: boolean;
  /** Share of simulated runs in which the wave is on the critical path (the engine's criticality index). */
  readonly criticality: number;
  /** What moves its P80 cutover most (the engine's per-wave drivers), largest first. */
  readonly drivers: ReturnType<typeof waveDrivers>;
}

/** Issue codes about a decision the user took on the board (pins, caps), shown on the card first. */
export const PIN_ISSUE_CODES = new Set(['pin-breaks-order', 'pin-splits-group', 'pin-wave-renumbered', 'pin-wave-implausible', 'pin-conflict', 'pin-on-excluded', 'pin-held-by-freeze', 'pin-cutover-in-freeze', 'pin-production-before-non-production']);

export function buildBoard(project: Project, plan: Plan): { columns: BoardColumn[]; excluded: readonly string[] } {
  const groupOf = new Map<string, Plan['moveGroups'][number]>();
  for (const g of plan.moveGroups) for (const id of g.workloadIds) groupOf.set(id, g);
  const pinOf = new Map(project.pins.map((p) => [p.workloadId, p.wave]));
  const issuesOf = new Map<string, PlanIssue[]>();
  for (const issue of plan.issues) for (const id of issue.workloadIds) issuesOf.set(id, [...(issuesOf.get(id) ?? []), issue]);
  const critical = new Set(plan.simulation.criticalPath);
  // The engine's criticality index is by program phase id (`wave:<waveId>`).
  const criticality = new Map(plan.simulation.criticality.map((c) => [c.id, c.index]));
  const settings = new Map((project.waves ?? []).map((s) => [s.order, s]));

  const columns = plan.waves.map((wave) => {
    const seen = new Set<string>();
    const cards: BoardCard[] = [];
    for (const id of wave.workloadIds) {
      if (seen.has(id)) continue;
      const group = groupOf.get(id);
      const ids = group && group.workloadIds.length > 1 ? group.workloadIds.filter((w) => wave.workloadIds.includes(w)) : [id];
      ids.forEach((w) => seen.add(w));
      const pins = ids.map((w) => pinOf.get(w));
      const pinnedWave = pins.every((p) => p !== undefined && p === pins[0]) ? (pins[0] as number) : null;
      const issues = [...new Map(ids.flatMap((w) => issuesOf.get(w) ?? []).map((i) => [i.id, i])).values()].sort((a, b) => Number(PIN_ISSUE_CODES.has(b.code)) - Number(PIN_ISSUE_CODES.has(a.code)));
      cards.push({
        id: ids.length > 1 && group ? group.id : id,
        workloadIds: ids,
        groupReason: ids.length > 1 && group ? group.reason : null,
        effort: ids.reduce((s, w) => s + (plan.estimates[w]?.effort.likely ?? 0), 0),
        pinnedWave,
        overridden: ids.some((w) => plan.estimates[w]?.overridden === true),
        issues,
      });
    }
    return { wave, setting: settings.get(wave.index), cards, critical: critical.has(`wave:${wave.id}`), criticality: criticality.get(`wave:${wave.id}`) ?? 0, drivers: waveDrivers(plan, wave.id) };
  });
  return { columns, excluded: plan.excluded };
}
