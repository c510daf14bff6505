/**
 * Simulated program end dates, legible: counts on a y-axis, every month on the x-axis, P50, P80
 * and P95 labels that never overlap, the planned (deterministic) end marked with the share of runs
 * that finish by it, and a tooltip per bar. Geometry from shared/layout/histogram.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthAxisLabels } from '../../components/MonthAxisLabels';
import { histogramGeometry } from '../../../../shared/layout/histogram';
import type { HistogramBin } from '../../../../shared/plan/types';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';

export interface EndDateHistogramProps {
  readonly bins: readonly HistogramBin[];
  readonly p50: string;
  readonly p80: string;
  readonly p95: string;
  readonly deterministic: string;
  readonly deterministicPercentile?: number;
  readonly runs: number;
  readonly width?: number;
  readonly height?: number;
}

export function EndDateHistogram({ bins, p50, p80, p95, deterministic, deterministicPercentile, runs, width = 720, height = 260 }: EndDateHistogramProps) {
  const { t, i18n } = useTranslation(['risks', 'summary']);
  const locale = i18n.language;
  const id = useId();
  const labels = useMemo(
    () => ({
      p50: t('histogram.p50', { date: formatDate(p50, locale, 'short') }),
      p80: t('histogram.p80', { date: formatDate(p80, locale, 'short') }),
      p95: t('histogram.p95', { date: formatDate(p95, locale, 'short') }),
      deterministic: '',
    }),
    [t, p50, p80, p95, locale],
  );
  const first = histogramGeometry({ bins, p50, p80, p95, deterministic, labels: { ...labels, deterministic: 'x' }, ...(deterministicPercentile !== undefined ? { deterministicPercentile } : {}) }, { width, height });
  const detLabel = t('histogram.deterministic', { date: formatDate(deterministic, locale, 'short'), share: formatPercent(first.deterministicShare, locale) });
  const g = histogramGeometry({ bins, p50, p80, p95, deterministic, labels: { ...labels, deterministic: detLabel }, ...(deterministicPercentile !== undefined ? { deterministicPercentile } : {}) }, { width, height });
  if (bins.length === 0) return <p className="empty">{t('summary:histogram.empty')}</p>;
  const bottom = g.plot.top + g.plot.height;
  return (
    <svg className="end-histogram" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} data-testid="end-histogram">
      <title id={`${id}-t`}>{t('summary:histogram.title')}</title>
      <desc id={`${id}-d`}>
        {t('summary:histogram.description', { runs, from: formatDate(bins[0]!.start, locale), to: formatDate(bins[bins.length - 1]!.end, locale), p50: formatDate(p50, locale), p80: formatDate(p80, locale), p95: formatDate(p95, locale) })} {detLabel}
      </desc>
      {g.yTicks.map((tick) => (
        <g key={tick.value} className="hist-ytick">
          <line x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={tick.y} y2={tick.y} />
          <text x={g.plot.left - 6} y={tick.y + 4} textAnchor="end">
            {formatNumber(tick.value, locale, 0)}
          </text>
        </g>
      ))}
      <text className="hist-axis-title" x={12} y={g.plot.top + g.plot.height / 2} transform={`rotate(-90 12 ${g.plot.top + g.plot.height / 2})`} textAnchor="middle">
        {t('histogram.runs')}
      </text>
      {g.bars.map((b) => (
        <rect key={b.bin.start} className="hist-bar" x={b.x} y={b.y} width={b.width} height={b.height}>
          <title>{t('histogram.bar', { from: formatDate(b.bin.start, locale), to: formatDate(b.bin.end, locale), count: b.bin.count, share: formatPercent(runs > 0 ? b.bin.count / runs : 0, locale) })}</title>
        </rect>
      ))}
      <line className="hist-axis" x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={bottom} y2={bottom} />
      {g.monthTicks.map((m) => (
        <g key={m.iso} className="hist-month">
          <line x1={m.x} x2={m.x} y1={bottom} y2={bottom + 5} />
        </g>
      ))}
      <g className="hist-month">
        <MonthAxisLabels ticks={g.monthTicks} locale={locale} baseline={bottom + 15} right={width} />
      </g>
      {g.markers.map((m) => (
        <g key={m.key} className={`hist-marker hist-${m.key}`} data-marker={m.key}>
          <line x1={m.x} x2={m.x} y1={g.plot.top - 4} y2={bottom} />
          <text x={m.labelX} y={m.labelY} textAnchor={m.anchor}>
            {m.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
