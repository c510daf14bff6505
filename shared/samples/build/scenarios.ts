/**
 * The "what if" scenarios the mid-size sample ships with, built from the sample itself (so they
 * keep naming its real team and target however the sample's tables change): the question a program
 * lead asks first (would two more engineers on the busiest team bring the date in?) and the one a
 * resilience review asks (what if we went to Huawei Cloud instead of AWS?).
 */
import type { Project, Scenario } from '../../model/schema';

export function withMidSizeScenarios(project: Project): Project {
  const load = new Map<string, number>();
  for (const w of project.workloads) load.set(w.team, (load.get(w.team) ?? 0) + 1);
  const busiest = [...project.teams].sort((a, b) => (load.get(b.id) ?? 0) - (load.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))[0]!;
  const target = project.project.defaultTargets[0]!;
  const scenarios: Scenario[] = [
    {
      id: 'two-more-engineers',
      name: 'Two more engineers',
      description: `Two more engineers join ${busiest.name}, the team that owns the most workloads, for the whole program.`,
      changes: [{ kind: 'team', teamId: busiest.id, addEngineers: 2 }],
    },
    {
      id: 'huawei-cloud',
      name: 'Huawei Cloud instead of AWS',
      description: 'The same move to Huawei Cloud (Beijing) instead of AWS China: other products, another identity service and region to fail.',
      changes: [{ kind: 'target', provider: 'huawei', replaces: target }],
    },
  ];
  return { ...project, scenarios };
}
