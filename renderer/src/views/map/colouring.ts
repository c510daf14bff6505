/**
 * What a card's colour says, and the legend that explains it. Categories (waves, kinds, targets,
 * teams) take the categorical palette in order of first appearance; risk uses the severity colours.
 * The Plan is only read: the colour of a workload is a lookup, never a rule of the migration.
 */
import type { Project, Workload } from '../../../../shared/model';
import type { Plan, RiskSeverity } from '../../../../shared/plan/types';
import type { MapColouring } from '../../store';

/** A colour as a CSS value, and the legend key it stands for. */
export interface Swatch {
  readonly key: string;
  readonly colour: string;
}

export const PALETTE_SIZE = 10;
const categorical = (i: number) => `var(--cat-${i % PALETTE_SIZE})`;
const SEVERITY_ORDER: readonly RiskSeverity[] = ['low', 'medium', 'high', 'critical'];
/** The landing zone's colour: the timeline's foundation bar, outside the waves' run of the palette. */
export const FOUNDATION_COLOUR = 'var(--foundation)';

export interface Colouring {
  readonly of: (w: Workload) => Swatch;
  /** Legend entries in a stable order, with how many shown workloads each covers. */
  readonly legend: readonly (Swatch & { readonly count: number })[];
}

export function colouringFor(by: MapColouring, project: Project, plan: Plan | null, shown: readonly Workload[]): Colouring {
  const waveOf = new Map<string, number>();
  for (const wave of plan?.waves ?? []) for (const id of wave.workloadIds) waveOf.set(id, wave.index);
  // The landing zone's pieces (network, identity, keys ...) join no wave: the foundation builds them first.
  const foundation = new Set(plan?.foundation.workloadIds ?? []);
  const risk = new Map<string, RiskSeverity>();
  for (const r of plan?.risks ?? []) {
    for (const id of r.workloadIds) {
      const prev = risk.get(id);
      if (!prev || SEVERITY_ORDER.indexOf(r.severity) > SEVERITY_ORDER.indexOf(prev)) risk.set(id, r.severity);
    }
  }
  const defaultTarget = project.project.defaultTargets[0] ?? 'self-hosted';
  const keyOf = (w: Workload): string => {
    switch (by) {
      case 'wave': {
        const i = waveOf.get(w.id);
        return i !== undefined ? String(i) : foundation.has(w.id) ? 'foundation' : 'none';
      }
      case 'kind':
        return w.kind;
      case 'target':
        return w.strategy === 'retain' || w.strategy === 'retire' ? 'stays' : (w.target?.provider ?? defaultTarget);
      case 'team':
        return w.team;
      case 'environment':
        return w.environment ?? 'production';
      case 'risk':
        return risk.get(w.id) ?? 'none';
    }
  };
  // Stable category order: waves by index, teams in project order, the rest as they first appear.
  const order: string[] = [];
  if (by === 'wave') order.push('foundation', ...(plan?.waves ?? []).map((w) => String(w.index)));
  if (by === 'team') order.push(...project.teams.map((t) => t.id));
  if (by === 'risk') order.push('critical', 'high', 'medium', 'low');
  if (by === 'environment') order.push('development', 'test', 'staging', 'production');
  const counts = new Map<string, number>();
  for (const w of shown) {
    const k = keyOf(w);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (!order.includes(k)) order.push(k);
  }
  const colour = new Map<string, string>();
  let next = 0;
  for (const k of order) {
    if (k === 'none' || k === 'stays') colour.set(k, 'var(--muted)');
    else if (k === 'foundation') colour.set(k, FOUNDATION_COLOUR);
    else if (by === 'risk') colour.set(k, `var(--sev-${k})`);
    else colour.set(k, categorical(next++));
  }
  return {
    of: (w) => {
      const key = keyOf(w);
      return { key, colour: colour.get(key) ?? 'var(--muted)' };
    },
    legend: order.filter((k) => counts.has(k)).map((k) => ({ key: k, colour: colour.get(k)!, count: counts.get(k)! })),
  };
}
