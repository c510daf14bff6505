/**
 * A date to meet: the chance of finishing by the project's target date, and the single changes
 * among the levers a project has that would raise it. Each lever is one change to the project,
 * re-planned with the same seed (common random numbers, so the difference is the change's, not the
 * draws'): one more engineer on a team (and, when one is not enough, up to five more on the team
 * that gains most), a risk's mitigation adopted, data shipped on appliances whenever a copy over
 * the line would take more than a day, the largest refactor replatformed instead. The list leads
 * with the changes that reach 80%, the smallest first (an engineer, then a mitigation or an offline
 * transfer, then a strategy change), then the rest by the chance they give.
 */
import { DEFAULT_ASSUMPTIONS } from '../model/default-assumptions';
import { defaultRiskRegister } from '../model/default-risks';
import type { Project } from '../model/schema';
import { resolveAssumptions } from './assumptions';
import { dayToIso, isoToDay, type WorkingCalendar } from './calendar';
import type { IsoDate, TargetLever } from './types';

/** The chance a plan must reach for the date to count as met with confidence. */
export const TARGET_CONFIDENCE = 0.8;
/** Refactors tried as replatforms: the largest few by likely effort are where a strategy change tells. */
const STRATEGY_LEVERS = 3;
/** More engineers than this on one team is a different program, not a lever. */
const MAX_EXTRA_ENGINEERS = 5;
const SIZE: Readonly<Record<TargetLever['change']['kind'], number>> = { engineer: 0, mitigation: 1, transfer: 1, strategy: 2 };
/** The offline lever: any copy that would take longer than this many days on the line goes on appliances. */
const OFFLINE_LEVER_DAYS = 1;
const OFFLINE_ID = 'transfer.offlineThresholdDays';

/** The working-day number of the last working day on or before `iso` (-1 when it is before the start). */
export function lastWorkingDayBy(calendar: WorkingCalendar, iso: IsoDate): number {
  return calendar.indexOnOrAfter(dayToIso(isoToDay(iso) + 1)) - 1;
}

/**
 * The levers and the chance each gives; `chanceOf` plans a changed project and returns its chance
 * of meeting the date. Empty when the plan already meets it with 80% confidence.
 */
export function leversToReach80(project: Project, current: number, chanceOf: (changed: Project) => number): TargetLever[] {
  if (current >= TARGET_CONFIDENCE) return [];
  const levers: TargetLever[] = [];
  for (const team of project.teams) {
    const changed: Project = { ...project, teams: project.teams.map((t) => (t.id === team.id ? { ...t, engineers: t.engineers + 1 } : t)) };
    levers.push({
      change: { kind: 'engineer', id: `engineer:${team.id}`, title: `One more engineer in ${team.name}`, code: 'lever.engineer', params: { team: team.name, teamId: team.id, engineers: team.engineers + 1 } },
      onTimeProbability: chanceOf(changed),
    });
  }
  // When one engineer is not enough, the team that gains most from one gets more, one at a time, up to MAX_EXTRA_ENGINEERS.
  const best = [...levers].sort((a, b) => b.onTimeProbability - a.onTimeProbability)[0];
  const bestTeam = project.teams.find((t) => best && t.id === best.change.params.teamId);
  if (best && bestTeam && best.onTimeProbability < TARGET_CONFIDENCE) {
    for (let extra = 2; extra <= MAX_EXTRA_ENGINEERS; extra++) {
      const changed: Project = { ...project, teams: project.teams.map((t) => (t.id === bestTeam.id ? { ...t, engineers: t.engineers + extra } : t)) };
      const chance = chanceOf(changed);
      levers.push({
        change: { kind: 'engineer', id: `engineers:${bestTeam.id}:${extra}`, title: `${extra} more engineers in ${bestTeam.name}`, code: 'lever.engineers', params: { team: bestTeam.name, teamId: bestTeam.id, extra, engineers: bestTeam.engineers + extra } },
        onTimeProbability: chance,
      });
      if (chance >= TARGET_CONFIDENCE) break;
    }
  }
  const register = project.risks ?? defaultRiskRegister(project);
  for (const risk of register) {
    if (!risk.enabled || !risk.mitigation || risk.mitigation.adopted) continue;
    const changed: Project = { ...project, risks: register.map((r) => (r.id === risk.id && r.mitigation ? { ...r, mitigation: { ...r.mitigation, adopted: true } } : r)) };
    levers.push({
      change: { kind: 'mitigation', id: `mitigation:${risk.id}`, title: `Adopt the mitigation of "${risk.title}": ${risk.mitigation.description}`, code: 'lever.mitigation', params: { risk: risk.title, riskId: risk.id, mitigation: risk.mitigation.description } },
      onTimeProbability: chanceOf(changed),
    });
  }
  const threshold = resolveAssumptions(project).value(OFFLINE_ID);
  if (threshold > OFFLINE_LEVER_DAYS && project.workloads.some((w) => w.size.dataGb > 0 && w.strategy !== 'retire' && w.strategy !== 'retain')) {
    const d = DEFAULT_ASSUMPTIONS[OFFLINE_ID];
    const assumptions = project.assumptions.some((x) => x.id === OFFLINE_ID)
      ? project.assumptions.map((x) => (x.id === OFFLINE_ID ? { ...x, value: OFFLINE_LEVER_DAYS } : x))
      : [...project.assumptions, { id: OFFLINE_ID, value: OFFLINE_LEVER_DAYS, unit: d.unit, source: d.source }];
    levers.push({
      change: { kind: 'transfer', id: 'transfer:offline', title: `Ship data on appliances whenever a copy over the line would take more than ${OFFLINE_LEVER_DAYS} day (now ${threshold} days)`, code: 'lever.offline', params: { days: OFFLINE_LEVER_DAYS, from: threshold } },
      onTimeProbability: chanceOf({ ...project, assumptions }),
    });
  }
  const refactors = project.workloads
    .filter((w) => w.strategy === 'refactor')
    .sort((a, b) => b.complexity * b.size.instances - a.complexity * a.size.instances || (a.id < b.id ? -1 : 1))
    .slice(0, STRATEGY_LEVERS);
  for (const w of refactors) {
    const changed: Project = { ...project, workloads: project.workloads.map((x) => (x.id === w.id ? { ...x, strategy: 'replatform' } : x)) };
    levers.push({
      change: { kind: 'strategy', id: `strategy:${w.id}`, title: `Replatform ${w.name} instead of refactoring it`, code: 'lever.strategy', params: { workload: w.name, workloadId: w.id, strategy: 'replatform' } },
      onTimeProbability: chanceOf(changed),
    });
  }
  const reaches = (l: TargetLever) => (l.onTimeProbability >= TARGET_CONFIDENCE ? 0 : 1);
  return levers
    .filter((l) => l.onTimeProbability > current)
    .sort((a, b) => reaches(a) - reaches(b) || (reaches(a) === 0 ? SIZE[a.change.kind] - SIZE[b.change.kind] || extraOf(a) - extraOf(b) : 0) || b.onTimeProbability - a.onTimeProbability || (a.change.id < b.change.id ? -1 : 1));
}

function extraOf(l: TargetLever): number {
  return Number(l.change.params.extra ?? 1);
}
