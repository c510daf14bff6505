/**
 * What the app should show, worked out apart from it: the engine's plan of the first-start sample
 * at the seed and run count the app plans with, and dates as the Summary writes them in English.
 */
import { planProject } from '../../shared/plan';
import { resolveAssumptions } from '../../shared/plan/assumptions';
import type { Plan } from '../../shared/plan/types';
import { DEFAULT_SAMPLE_ID, loadSample } from '../../shared/samples';
import { PLAN_SEED } from '../../renderer/src/store/planner';

let cached: Plan | undefined;

export function expectedFirstStartPlan(): Plan {
  if (cached) return cached;
  const project = loadSample(DEFAULT_SAMPLE_ID);
  const runs = Math.max(100, Math.round(resolveAssumptions(project).value('simulation.runs')));
  cached = planProject(project, { seed: PLAN_SEED, runs });
  return cached;
}

/** An ISO date as the en-US Summary shows it ("May 26, 2027"), written out here rather than through the app's formatter. */
export function shownDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${month} ${d}, ${y}`;
}

/** A shown en-US date as a day number, so two dates compare by which comes first. */
export function dayOf(shown: string): number {
  const ms = Date.parse(`${shown} UTC`);
  if (!Number.isFinite(ms)) throw new Error(`'${shown}' is not a date as the Summary shows it`);
  return Math.round(ms / 86_400_000);
}
