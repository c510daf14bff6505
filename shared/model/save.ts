/**
 * Save a project so it diffs cleanly in git: stable key order, 2-space indent, trailing newline.
 * Arrays keep the user's order; object keys follow KEY_ORDER, then the alphabet.
 */
import type { Project } from './schema';

/** Keys a reader looks for first, in this order; all others follow alphabetically. */
const KEY_ORDER = [
  'formatVersion',
  'project',
  'id',
  'name',
  'kind',
  'from',
  'to',
  'workloads',
  'dependencies',
  'teams',
  'calendar',
  'assumptions',
  'pins',
  'overrides',
  'actuals',
  'risks',
  'waves',
  'workloadActuals',
  'scenarios',
  'baselines',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareKeys)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

export function serializeProject(project: Project): string {
  return `${JSON.stringify(canonical(project), null, 2)}\n`;
}
