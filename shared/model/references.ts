/**
 * Cross-reference checks a schema cannot express: ids unique, every reference resolves.
 * Messages name both ends in the user's words ("workload 'order-db' depends on 'user-svc',
 * which does not exist") and carry the JSON path so the loader can add line and column.
 */
import type { JsonPath } from './locate';
import type { Project } from './schema';

export interface ReferenceProblem {
  readonly path: JsonPath;
  readonly message: string;
}

/** Problems found, stopping after `max` of them (a file with a million broken references shows the first few, not a million). */
export function checkReferences(project: Project, max = Number.POSITIVE_INFINITY): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report: Report = (problem) => {
    if (problems.length < max) problems.push(problem);
  };
  const workloadIds = uniqueIds(project.workloads, 'workloads', 'workload', report);
  const teamIds = uniqueIds(project.teams, 'teams', 'team', report);
  uniqueIds(project.dependencies, 'dependencies', 'dependency', report);
  uniqueIds(project.calendar.freezeWindows, 'calendar.freezeWindows', 'freeze window', report);
  uniqueIds(project.pins, 'pins', 'pin', report);
  uniqueIds(project.overrides, 'overrides', 'override', report);
  uniqueIds(project.actuals, 'actuals', 'actual', report);
  uniqueIds(project.risks ?? [], 'risks', 'risk', report);
  uniqueIds(project.waves ?? [], 'waves', 'wave setting', report);
  uniqueIds(project.workloadActuals ?? [], 'workloadActuals', 'workload actual', report);
  uniqueIds(project.scenarios ?? [], 'scenarios', 'scenario', report);
  uniqueIds(project.baselines ?? [], 'baselines', 'baseline', report);

  const platformTeam = project.project.platformTeam;
  if (platformTeam !== undefined && !teamIds.has(platformTeam)) {
    report({ path: ['project', 'platformTeam'], message: `the platform team '${platformTeam}' does not exist` });
  }

  project.workloads.forEach((w, i) => {
    if (!teamIds.has(w.team)) {
      report({ path: ['workloads', i, 'team'], message: `workload '${w.id}' is owned by team '${w.team}', which does not exist` });
    }
  });
  project.dependencies.forEach((d, i) => {
    if (!workloadIds.has(d.from)) {
      report({ path: ['dependencies', i, 'from'], message: `dependency '${d.id}' starts at workload '${d.from}', which does not exist` });
    } else if (!workloadIds.has(d.to)) {
      report({ path: ['dependencies', i, 'to'], message: `workload '${d.from}' depends on '${d.to}', which does not exist` });
    }
  });
  project.pins.forEach((p, i) => {
    if (!workloadIds.has(p.workloadId)) {
      report({ path: ['pins', i, 'workloadId'], message: `pin '${p.id}' names workload '${p.workloadId}', which does not exist` });
    }
  });
  project.overrides.forEach((o, i) => {
    if (!workloadIds.has(o.workloadId)) {
      report({ path: ['overrides', i, 'workloadId'], message: `override '${o.id}' names workload '${o.workloadId}', which does not exist` });
    } else if (!(o.optimistic <= o.likely && o.likely <= o.pessimistic)) {
      report({ path: ['overrides', i], message: `override for '${o.workloadId}' must keep optimistic <= likely <= pessimistic (got ${o.optimistic}, ${o.likely}, ${o.pessimistic})` });
    }
  });
  project.calendar.freezeWindows.forEach((f, i) => {
    if (f.end < f.start) {
      report({ path: ['calendar', 'freezeWindows', i, 'end'], message: `freeze window '${f.name}' ends (${f.end}) before it starts (${f.start})` });
    }
  });
  project.actuals.forEach((a, i) => {
    if (a.finish !== undefined && a.finish < a.start) {
      report({ path: ['actuals', i, 'finish'], message: `actual for wave ${a.wave} finishes (${a.finish}) before it starts (${a.start})` });
    }
  });
  (project.risks ?? []).forEach((r, i) => {
    const hits = r.hits;
    if (hits.kind === 'workload' && !workloadIds.has(hits.workloadId)) {
      report({ path: ['risks', i, 'hits', 'workloadId'], message: `risk '${r.id}' hits workload '${hits.workloadId}', which does not exist` });
    }
    if (hits.kind === 'team' && hits.teamId !== undefined && !teamIds.has(hits.teamId)) {
      report({ path: ['risks', i, 'hits', 'teamId'], message: `risk '${r.id}' hits team '${hits.teamId}', which does not exist` });
    }
    const ranges: [JsonPath, { optimistic: number; likely: number; pessimistic: number }][] = [[['risks', i, 'impact'], r.impact]];
    if (r.mitigation) ranges.push([['risks', i, 'mitigation', 'impact'], r.mitigation.impact]);
    for (const [path, impact] of ranges) {
      if (!(impact.optimistic <= impact.likely && impact.likely <= impact.pessimistic)) {
        report({ path, message: `risk '${r.id}' must keep optimistic <= likely <= pessimistic (got ${impact.optimistic}, ${impact.likely}, ${impact.pessimistic})` });
      }
    }
  });
  checkDecisions(project, workloadIds, report);
  const orders = new Map<number, string>();
  (project.waves ?? []).forEach((w, i) => {
    const first = orders.get(w.order);
    if (first !== undefined) report({ path: ['waves', i, 'order'], message: `wave settings '${first}' and '${w.id}' are both for wave ${w.order}` });
    else orders.set(w.order, w.id);
  });
  return problems;
}

type Report = (problem: ReferenceProblem) => void;

/**
 * Workload actuals, scenario names and currencies. A scenario's differences are not checked here: one
 * naming a workload that has gone is reported by shared/scenarios as no longer applying, not refused.
 */
function checkDecisions(project: Project, workloadIds: ReadonlySet<string>, report: Report): void {
  (project.workloadActuals ?? []).forEach((a, i) => {
    if (!workloadIds.has(a.workloadId)) report({ path: ['workloadActuals', i, 'workloadId'], message: `actual '${a.id}' names workload '${a.workloadId}', which does not exist` });
    else if (a.start !== undefined && a.finish !== undefined && a.finish < a.start) report({ path: ['workloadActuals', i, 'finish'], message: `actual for workload '${a.workloadId}' finishes (${a.finish}) before it starts (${a.start})` });
  });
  const names = new Map<string, string>();
  (project.scenarios ?? []).forEach((s, i) => {
    const key = s.name.trim().toLowerCase();
    const first = names.get(key);
    if (first !== undefined) report({ path: ['scenarios', i, 'name'], message: `scenarios '${first}' and '${s.id}' are both named '${s.name}'` });
    else names.set(key, s.id);
  });
  const home = project.project.currency;
  const rated = new Set<string>([home]);
  (project.project.exchangeRates ?? []).forEach((r, i) => {
    if (r.currency === home) report({ path: ['project', 'exchangeRates', i, 'currency'], message: `an exchange rate for ${home}, the project's own currency, is not needed` });
    else if (rated.has(r.currency)) report({ path: ['project', 'exchangeRates', i, 'currency'], message: `there are two exchange rates for ${r.currency}` });
    rated.add(r.currency);
  });
  project.workloads.forEach((w, i) => {
    if (w.costCurrency !== undefined && !rated.has(w.costCurrency)) report({ path: ['workloads', i, 'costCurrency'], message: `workload '${w.id}' costs in ${w.costCurrency}, but the project has no exchange rate for ${w.costCurrency}` });
  });
  project.teams.forEach((t, i) => {
    if (t.dayRateCurrency !== undefined && !rated.has(t.dayRateCurrency)) report({ path: ['teams', i, 'dayRateCurrency'], message: `team '${t.id}' is paid in ${t.dayRateCurrency}, but the project has no exchange rate for ${t.dayRateCurrency}` });
  });
}

function uniqueIds(items: readonly { id: string }[], at: string, noun: string, report: Report): Set<string> {
  const seen = new Set<string>();
  const base = at.split('.');
  items.forEach((item, i) => {
    if (seen.has(item.id)) report({ path: [...base, i, 'id'], message: `${noun} id '${item.id}' is used more than once` });
    seen.add(item.id);
  });
  return seen;
}
