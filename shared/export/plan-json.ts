/**
 * The JSON the CLI prints for `plan --json`: the Plan itself, with a format number and the
 * project it came from in front. Scripts depend on it: add fields, never rename or remove one
 * without bumping PLAN_JSON_FORMAT (docs/cli.md lists what format 2 added and changed, and why).
 * Every number in it is finite: `JSON.stringify` would print null for NaN or Infinity, so a
 * non-finite number is an engine bug, reported with its path instead of printed.
 */
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';

export const PLAN_JSON_FORMAT = 2;

export function toPlanJson(project: Project, plan: Plan) {
  const json = {
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
  const bad = firstNonFinite(json);
  if (bad !== undefined) throw new Error(`the plan holds a number that is not finite at ${bad}; please report this with the project file`);
  return json;
}

/** The JSON path of the first number that is NaN or infinite, if any (iterative: deep plans never overflow the stack). */
export function firstNonFinite(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) stack.push([x, `${path}.${k}`]);
    }
  }
  return undefined;
}
