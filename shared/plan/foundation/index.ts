/**
 * The foundation phase before the waves: one landing zone per target provider, built by the
 * platform team. Platform workloads (platform.ts) are rebuilt in every landing zone the moving
 * applications need; a second landing zone reuses the first one's design and code, so its copy of a
 * platform piece costs `phase.foundation.extraTargetShare` of the first.
 */
import type { Project } from '../../model/schema';
import type { TargetProvider } from '../../model/vocabulary';
import type { Assumptions } from '../assumptions';
import { sumThreePoints, targetProviderOf, threePoint } from '../estimate';
import { isMovable } from '../graph/project-graph';
import type { LandingZone, PlatformRole, RunbookStep, ThreePoint, WorkloadEstimate, WorkloadId } from '../types';
import { platformRoleOf } from './platform';
import { foundationRunbook } from './runbook';

export { platformRoleOf } from './platform';

/** The foundation before it has dates. */
export interface FoundationDraft {
  readonly teamId: string;
  readonly workloadIds: readonly WorkloadId[];
  readonly roles: Readonly<Record<WorkloadId, PlatformRole>>;
  readonly landingZones: readonly LandingZone[];
  readonly effort: ThreePoint;
  readonly runbook: readonly RunbookStep[];
  /** True when the project names its platform team; otherwise it was chosen from who owns the platform workloads. */
  readonly teamNamed: boolean;
}

/** Platform workloads of a project, by id, with their role (first occurrence of a repeated id). */
export function platformWorkloads(project: Project): Map<WorkloadId, PlatformRole> {
  const roles = new Map<WorkloadId, PlatformRole>();
  const seen = new Set<WorkloadId>();
  for (const w of project.workloads) {
    if (seen.has(w.id)) continue;
    seen.add(w.id);
    const role = platformRoleOf(w);
    if (role) roles.set(w.id, role);
  }
  return roles;
}

export function buildFoundation(project: Project, estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>, assumptions: Assumptions, roles = platformWorkloads(project)): FoundationDraft {
  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const ids = [...roles.keys()];
  // Landing zones: every provider a moving workload goes to (platform pieces alone do not need one).
  const providers: TargetProvider[] = [];
  for (const w of project.workloads) {
    if (!isMovable(w) || roles.has(w.id)) continue;
    const p = targetProviderOf(project, w);
    if (!providers.includes(p)) providers.push(p);
  }
  for (const id of ids) {
    const p = targetProviderOf(project, workloads.get(id)!);
    if (providers.length === 0 && !providers.includes(p)) providers.push(p);
  }
  const base = Math.max(0, assumptions.value('phase.foundation.personDaysPerTarget'));
  const extra = Math.min(1, Math.max(0, assumptions.value('phase.foundation.extraTargetShare')));
  const landingZones: LandingZone[] = providers.map((provider, k) => {
    const share = k === 0 ? 1 : extra;
    const points = ids.map((id) => scaled(estimates[id]?.effort, share));
    return { provider, workloadIds: ids, effort: sumThreePoints([threePoint(base * 0.8, base, base * 1.5), ...points]) };
  });
  const { teamId, named } = platformTeam(project, ids);
  const runbook = providers.flatMap((provider, k) => foundationRunbook(project, ids.map((id) => workloads.get(id)!), roles, provider, k === 0));
  const roleRecord: Record<WorkloadId, PlatformRole> = {};
  for (const [id, role] of roles) roleRecord[id] = role;
  return { teamId, teamNamed: named, workloadIds: ids, roles: roleRecord, landingZones, effort: sumThreePoints(landingZones.map((z) => z.effort)), runbook };
}

function scaled(t: ThreePoint | undefined, share: number): ThreePoint {
  return t ? threePoint(t.optimistic * share, t.likely * share, t.pessimistic * share) : threePoint(0, 0, 0);
}

/** The project's platform team, else the team owning most platform workloads, else the first team. */
function platformTeam(project: Project, ids: readonly WorkloadId[]): { teamId: string; named: boolean } {
  const named = project.project.platformTeam;
  if (named && project.teams.some((t) => t.id === named)) return { teamId: named, named: true };
  const owners = new Map(project.workloads.map((w) => [w.id, w.team]));
  const count = new Map<string, number>();
  for (const id of ids) {
    const team = owners.get(id);
    if (team !== undefined && project.teams.some((t) => t.id === team)) count.set(team, (count.get(team) ?? 0) + 1);
  }
  let best = project.teams[0]?.id ?? '';
  let most = 0;
  for (const t of project.teams) {
    const n = count.get(t.id) ?? 0;
    if (n > most) {
      most = n;
      best = t.id;
    }
  }
  return { teamId: best, named: false };
}
