/**
 * The monthly run cost as stacked bars, as geometry: per month the source bill still paid for work
 * not yet moved, the dual-running part (source bill of workloads already live on the target) and the
 * target bill, with a y axis in round steps. Pure: months in (shared/scenarios/cost-curve), boxes out.
 */
import type { MonthCost } from '../scenarios/cost-curve';
import { niceStep } from './histogram';

export type CostSegmentKind = 'source' | 'dual' | 'target';

export interface CostBar {
  readonly month: string;
  readonly x: number;
  readonly width: number;
  /** Bottom to top: source (not yet moved), dual running, target. Empty segments are left out. */
  readonly segments: readonly { readonly kind: CostSegmentKind; readonly y: number; readonly height: number; readonly value: number }[];
  readonly total: number;
}

export interface CostChart {
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly bars: readonly CostBar[];
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  /** Bars whose month label is drawn (every month when they fit, else every second or third ...). */
  readonly labelled: readonly number[];
}

export interface CostChartOptions {
  readonly width: number;
  readonly height: number;
  readonly padding?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Narrowest room a month label needs, px. */
  readonly labelWidth?: number;
}

export function costChartGeometry(months: readonly MonthCost[], options: CostChartOptions): CostChart {
  const pad = options.padding ?? { left: 64, right: 12, top: 10, bottom: 26 };
  const plot = { left: pad.left, top: pad.top, width: Math.max(1, options.width - pad.left - pad.right), height: Math.max(1, options.height - pad.top - pad.bottom) };
  const max = Math.max(0, ...months.map((m) => m.source + m.target));
  const step = niceStep(max, 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scale = (v: number) => (v / top) * plot.height;
  const slot = plot.width / Math.max(1, months.length);
  const gap = Math.min(6, slot * 0.2);
  const bottom = plot.top + plot.height;
  const bars = months.map((m, i): CostBar => {
    let y = bottom;
    const segments: CostBar['segments'][number][] = [];
    for (const [kind, value] of [
      ['source', m.source - m.dualRunning],
      ['dual', m.dualRunning],
      ['target', m.target],
    ] as const) {
      if (value <= 0) continue;
      const h = scale(value);
      y -= h;
      segments.push({ kind, y, height: h, value });
    }
    return { month: m.month, x: plot.left + i * slot + gap / 2, width: Math.max(1, slot - gap), segments, total: m.source + m.target };
  });
  const yTicks: { value: number; y: number }[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) yTicks.push({ value: v, y: bottom - scale(v) });
  const every = Math.max(1, Math.ceil((options.labelWidth ?? 44) / slot));
  const labelled = bars.map((_, i) => i).filter((i) => i % every === 0);
  return { plot, bars, yTicks, labelled };
}
