/**
 * Several end-date distributions in one chart, as geometry: each plan's simulated ends (histogram
 * bins of different widths) spread over one shared calendar axis of equal buckets, drawn either as
 * the share of runs ending in each bucket (density) or as the share finished by each date
 * (cumulative, the S-curve schedule risk tools show). Each series has its P80 marked on its curve,
 * and the labels (in rows above the plot, as many as the padding leaves room for) never overlap.
 * Pure: bins in, points and labels out.
 */
import type { HistogramBin } from '../plan/types';
import { labelWidth, niceStep } from './histogram';
import { dayNumber, isoOfDay } from './timeline/scale';

export type OverlayMode = 'density' | 'cumulative';

export interface DistributionSeries {
  readonly id: string;
  readonly bins: readonly HistogramBin[];
  readonly p80: string;
  /** The marker's label, already translated ("Two more engineers: P80 21 May"). */
  readonly label: string;
}

export interface OverlayOptions {
  readonly width: number;
  readonly height: number;
  readonly mode: OverlayMode;
  readonly padding?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Buckets across the axis (default 60). */
  readonly buckets?: number;
  readonly textWidth?: (text: string) => number;
}

export interface OverlaySeries {
  readonly id: string;
  /** The curve, left to right: a step line for density, a rising line for cumulative. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Where the P80 sits on the axis and on the curve's height. */
  readonly p80: { readonly x: number; readonly y: number };
  readonly label: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end'; readonly text: string };
}

export interface OverlayGeometry {
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly series: readonly OverlaySeries[];
  /** Shares of runs (0..1) on the y-axis. */
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly monthTicks: readonly { readonly x: number; readonly iso: string; readonly yearStart: boolean }[];
  /** The 80% line of the cumulative chart (absent for density). */
  readonly guide80?: number;
  /** Days in one bucket. */
  readonly bucketDays: number;
}

/** Each series' runs spread over the shared buckets: a bin's count is shared evenly among its days. */
export function bucketShares(bins: readonly HistogramBin[], d0: number, bucketDays: number, buckets: number): number[] {
  const out = new Array<number>(buckets).fill(0);
  const total = bins.reduce((s, b) => s + b.count, 0);
  if (total === 0) return out;
  for (const b of bins) {
    const s = dayNumber(b.start);
    const e = dayNumber(b.end);
    const days = Math.max(1, e - s + 1);
    for (let day = s; day <= e; day++) {
      const k = Math.min(buckets - 1, Math.max(0, Math.floor((day - d0) / bucketDays)));
      out[k]! += b.count / days / total;
    }
  }
  return out;
}

export function overlayGeometry(input: readonly DistributionSeries[], options: OverlayOptions): OverlayGeometry {
  const pad = options.padding ?? { left: 44, right: 16, top: 18, bottom: 30 };
  const measure = options.textWidth ?? labelWidth;
  const plot = { left: pad.left, top: pad.top, width: Math.max(1, options.width - pad.left - pad.right), height: Math.max(1, options.height - pad.top - pad.bottom) };
  const days = input.flatMap((s) => [...s.bins.flatMap((b) => [dayNumber(b.start), dayNumber(b.end)]), dayNumber(s.p80)]);
  const d0 = days.length > 0 ? Math.min(...days) : 0;
  const last = days.length > 0 ? Math.max(...days) : 1;
  const buckets = Math.max(4, Math.round(options.buckets ?? 60));
  const bucketDays = Math.max(1, Math.ceil((last - d0 + 1) / buckets));
  const d1 = d0 + bucketDays * buckets;
  const xOf = (day: number) => plot.left + ((day - d0) / Math.max(1, d1 - d0)) * plot.width;

  const shares = input.map((s) => bucketShares(s.bins, d0, bucketDays, buckets));
  const curves = options.mode === 'cumulative' ? shares.map((v) => v.reduce<number[]>((acc, x) => [...acc, (acc.at(-1) ?? 0) + x], [])) : shares;
  const top = options.mode === 'cumulative' ? 1 : Math.max(0.01, ...shares.flat());
  const step = options.mode === 'cumulative' ? 0.2 : niceStep(top * 100, 4) / 100;
  const axisTop = options.mode === 'cumulative' ? 1 : Math.ceil(top / step - 1e-9) * step;
  const yOf = (v: number) => plot.top + plot.height - (Math.min(v, axisTop) / axisTop) * plot.height;

  const rows: { from: number; to: number }[][] = [];
  const series: OverlaySeries[] = input.map((s, i) => {
    const curve = curves[i]!;
    const points: { x: number; y: number }[] = [];
    if (options.mode === 'density') {
      points.push({ x: xOf(d0), y: yOf(0) });
      curve.forEach((v, k) => {
        points.push({ x: xOf(d0 + k * bucketDays), y: yOf(v) });
        points.push({ x: xOf(d0 + (k + 1) * bucketDays), y: yOf(v) });
      });
      points.push({ x: xOf(d1), y: yOf(0) });
    } else {
      points.push({ x: xOf(d0), y: yOf(0) });
      curve.forEach((v, k) => points.push({ x: xOf(d0 + (k + 1) * bucketDays), y: yOf(v) }));
    }
    const p80Day = dayNumber(s.p80) + 1;
    const k = Math.min(buckets - 1, Math.max(0, Math.floor((p80Day - 1 - d0) / bucketDays)));
    const x = xOf(p80Day);
    const y = options.mode === 'cumulative' ? yOf(0.8) : yOf(curve[k] ?? 0);
    // Labels in rows down from the plot's top, each in the first row where it touches no other.
    const w = measure(s.label) + 6;
    const anchor: 'start' | 'end' = x + w > plot.left + plot.width ? 'end' : 'start';
    const from = anchor === 'start' ? x + 3 : x - 3 - w;
    let row = rows.findIndex((r) => r.every((span) => from + w + 4 <= span.from || from >= span.to + 4));
    if (row < 0) {
      row = rows.length;
      rows.push([]);
    }
    rows[row]!.push({ from, to: from + w });
    return { id: s.id, points, p80: { x, y }, label: { x: anchor === 'start' ? x + 3 : x - 3, y: plot.top - 6 - row * 13, anchor, text: s.label } };
  });

  const yTicks: { y: number; value: number }[] = [];
  for (let v = 0; v <= axisTop + 1e-9; v += step) yTicks.push({ y: yOf(v), value: Math.round(v * 1000) / 1000 });
  const monthTicks: { x: number; iso: string; yearStart: boolean }[] = [];
  for (let day = d0; day <= d1; day++) {
    const iso = isoOfDay(day);
    if (iso.endsWith('-01')) monthTicks.push({ x: xOf(day), iso, yearStart: iso.slice(5, 7) === '01' });
  }
  if (monthTicks.length === 0 || monthTicks[0]!.x - plot.left > 60) monthTicks.unshift({ x: plot.left, iso: isoOfDay(d0), yearStart: true });
  return { plot, series, yTicks, monthTicks, ...(options.mode === 'cumulative' ? { guide80: yOf(0.8) } : {}), bucketDays };
}
