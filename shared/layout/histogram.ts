/**
 * The end-date histogram made legible, as geometry: bars on a calendar x-axis with every month
 * labelled, a y-axis of run counts with round ticks, P50 / P80 / P95 markers whose labels never
 * overlap (each takes the first row where it fits), and the deterministic end marked with the
 * share of runs that finish by it. Pure: bins in, boxes and labels out.
 */
import type { HistogramBin } from '../plan/types';
import { dayNumber, isoOfDay } from './timeline/scale';

export interface HistogramOptions {
  readonly width: number;
  readonly height: number;
  readonly padding?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Width of a label in px, to keep labels apart (default: `labelWidth`). */
  readonly textWidth?: (text: string) => number;
}

/**
 * An 11 px label's width, estimated: about 6.6 px a Latin character and 11.5 px a CJK one (a
 * Chinese date label is twice as wide per character as an English one).
 */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) >= 0x2e80 ? 11.5 : 6.6;
  return w;
}

export interface HistogramMarker {
  readonly key: 'p50' | 'p80' | 'p95' | 'deterministic';
  readonly date: string;
  readonly x: number;
  /** Label baseline; rows go up from the plot's top so labels never cover bars. */
  readonly labelY: number;
  readonly labelX: number;
  readonly anchor: 'start' | 'end';
  readonly text: string;
}

export interface HistogramGeometry {
  readonly bars: readonly { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly bin: HistogramBin }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly monthTicks: readonly { readonly x: number; readonly iso: string; readonly yearStart: boolean }[];
  readonly markers: readonly HistogramMarker[];
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  /** Share of runs ending on or before the deterministic end, from the bins (0..1). */
  readonly deterministicShare: number;
}

/** Round tick step for a count axis: 1, 2 or 5 times a power of ten, about `target` ticks. */
export function niceStep(max: number, target = 4): number {
  const raw = Math.max(1, max) / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

export interface HistogramInput {
  readonly bins: readonly HistogramBin[];
  readonly p50: string;
  readonly p80: string;
  readonly p95: string;
  readonly deterministic: string;
  /** The engine's own percentile of the deterministic end (0-100), when it gives one. */
  readonly deterministicPercentile?: number;
  /** Marker label texts by key, already translated ("P50 26 May"). */
  readonly labels: Readonly<Record<HistogramMarker['key'], string>>;
}

export function histogramGeometry(input: HistogramInput, options: HistogramOptions): HistogramGeometry {
  const pad = options.padding ?? { left: 44, right: 12, top: 52, bottom: 30 };
  const measure = options.textWidth ?? labelWidth;
  const plot = { left: pad.left, top: pad.top, width: Math.max(1, options.width - pad.left - pad.right), height: Math.max(1, options.height - pad.top - pad.bottom) };
  const bins = input.bins;
  const first = bins.length > 0 ? dayNumber(bins[0]!.start) : dayNumber(input.p50);
  const lastEnd = bins.length > 0 ? dayNumber(bins[bins.length - 1]!.end) : dayNumber(input.p95);
  // The axis covers the bins and every marker, so a deterministic end outside the runs still shows.
  const markerDays = [input.p50, input.p80, input.p95, input.deterministic].map(dayNumber);
  const d0 = Math.min(first, ...markerDays);
  const d1 = Math.max(lastEnd, ...markerDays) + 1;
  const xOf = (day: number) => plot.left + ((day - d0) / Math.max(1, d1 - d0)) * plot.width;
  const total = bins.reduce((s, b) => s + b.count, 0);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const yOf = (count: number) => plot.top + plot.height - (count / top) * plot.height;

  const bars = bins.map((bin) => {
    const x = xOf(dayNumber(bin.start));
    const x2 = xOf(dayNumber(bin.end) + 1);
    const y = yOf(bin.count);
    return { x: x + 0.5, y, width: Math.max(1, x2 - x - 1), height: plot.top + plot.height - y, bin };
  });
  const yTicks: { y: number; value: number }[] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ y: yOf(v), value: v });

  const monthTicks: { x: number; iso: string; yearStart: boolean }[] = [];
  for (let day = d0; day <= d1; day++) {
    const iso = isoOfDay(day);
    if (iso.endsWith('-01')) monthTicks.push({ x: xOf(day), iso, yearStart: iso.slice(5, 7) === '01' });
  }
  // The month the axis starts in is labelled too, at the left edge, when its first day is off the axis.
  const firstMonth = isoOfDay(d0);
  if (!firstMonth.endsWith('-01') && (monthTicks.length === 0 || monthTicks[0]!.x - plot.left > 60)) monthTicks.unshift({ x: plot.left, iso: firstMonth, yearStart: true });

  // Share of runs ending by the deterministic end: whole bins before it, and the share of the bin it falls in.
  const det = dayNumber(input.deterministic);
  let by = 0;
  for (const b of bins) {
    const s = dayNumber(b.start);
    const e = dayNumber(b.end);
    if (e <= det) by += b.count;
    else if (s <= det) by += (b.count * (det - s + 1)) / (e - s + 1);
  }
  const deterministicShare = input.deterministicPercentile !== undefined ? input.deterministicPercentile / 100 : total > 0 ? by / total : 0;

  // Labels: in x order, each on the first row (going up from the plot) where it does not touch a placed one.
  const keys: HistogramMarker['key'][] = ['deterministic', 'p50', 'p80', 'p95'];
  const dates: Record<HistogramMarker['key'], string> = { deterministic: input.deterministic, p50: input.p50, p80: input.p80, p95: input.p95 };
  const ordered = keys.map((key) => ({ key, x: xOf(dayNumber(dates[key]) + 1) })).sort((a, b) => a.x - b.x || keys.indexOf(a.key) - keys.indexOf(b.key));
  const rows: { from: number; to: number }[][] = [];
  const markers: HistogramMarker[] = ordered.map(({ key, x }) => {
    const text = input.labels[key];
    const w = measure(text) + 6;
    // Near the right edge a label reads leftwards from its line.
    const anchor: 'start' | 'end' = x + w > plot.left + plot.width + pad.right ? 'end' : 'start';
    const from = anchor === 'start' ? x + 3 : x - 3 - w;
    const to = from + w;
    let row = rows.findIndex((r) => r.every((span) => to + 4 <= span.from || from >= span.to + 4));
    if (row < 0) {
      row = rows.length;
      rows.push([]);
    }
    rows[row]!.push({ from, to });
    return { key, date: dates[key], x, labelX: anchor === 'start' ? x + 3 : x - 3, labelY: plot.top - 6 - row * 13, anchor, text };
  });
  return { bars, yTicks, monthTicks, markers, plot, deterministicShare };
}
