/**
 * Simulated program end dates as an SVG histogram with P50/P80/P95 markers. The title and
 * description make it readable by a screen reader; the figures also appear as text above it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistogramBin } from '../../../../shared/plan/types';
import { formatDate } from '../../i18n/format';

export interface HistogramProps {
  readonly bins: readonly HistogramBin[];
  readonly p50: string;
  readonly p80: string;
  readonly p95: string;
  readonly runs: number;
  readonly locale: string;
}

const W = 640;
const H = 200;
const PAD = { left: 8, right: 8, top: 16, bottom: 34 };

export function Histogram({ bins, p50, p80, p95, runs, locale }: HistogramProps) {
  const { t } = useTranslation('summary');
  const id = useId();
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return <p className="empty">{t('histogram.empty')}</p>;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const barW = innerW / bins.length;
  const t0 = Date.parse(first.start);
  const span = Math.max(1, Date.parse(last.end) - t0);
  const xOf = (iso: string) => PAD.left + Math.min(1, Math.max(0, (Date.parse(iso) - t0) / span)) * innerW;
  const markers = [
    { key: 'p50', date: p50 },
    { key: 'p80', date: p80 },
    { key: 'p95', date: p95 },
  ];
  return (
    <svg className="histogram" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{t('histogram.title')}</title>
      <desc id={`${id}-d`}>
        {t('histogram.description', { runs, from: formatDate(first.start, locale), to: formatDate(last.end, locale), p50: formatDate(p50, locale), p80: formatDate(p80, locale), p95: formatDate(p95, locale) })}
      </desc>
      {bins.map((b, i) => {
        const h = (b.count / max) * innerH;
        return <rect key={b.start} className="bar" x={PAD.left + i * barW + 0.5} y={PAD.top + innerH - h} width={Math.max(1, barW - 1)} height={h} />;
      })}
      <line className="axis" x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} />
      {markers.map((m, i) => (
        <g key={m.key}>
          <line className={`marker-${m.key}`} x1={xOf(m.date)} x2={xOf(m.date)} y1={PAD.top - 4} y2={PAD.top + innerH} strokeWidth={2} strokeDasharray="4 3" />
          <text x={xOf(m.date) + 3} y={PAD.top + 6 + i * 12}>
            {m.key.toUpperCase()}
          </text>
        </g>
      ))}
      <text x={PAD.left} y={H - 12}>
        {formatDate(first.start, locale)}
      </text>
      <text x={W - PAD.right} y={H - 12} textAnchor="end">
        {formatDate(last.end, locale)}
      </text>
    </svg>
  );
}
