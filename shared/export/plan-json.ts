/**
 * The JSON the CLI prints for `plan --json`: the Plan itself, with a format number and the
 * project it came from in front. Scripts depend on it: add fields, never rename or remove one
 * without bumping PLAN_JSON_FORMAT (docs/cli.md).
 */
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';

export const PLAN_JSON_FORMAT = 1;

export function toPlanJson(project: Project, plan: Plan) {
  return {
    planFormat: PLAN_JSON_FORMAT,
    project: {
      name: project.project.name,
      sourceProvider: project.project.sourceProvider,
      defaultTargets: project.project.defaultTargets,
      startDate: project.project.startDate,
      currency: project.project.currency,
    },
    ...plan,
  };
}
