/**
 * The baseline's and every scenario's simulated end dates overlaid in one chart, each in its own
 * colour with its P80 marked and labelled; density or cumulative. Geometry from
 * shared/layout/distribution-overlay.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthAxisLabels } from '../../components/MonthAxisLabels';
import { overlayGeometry, type OverlayMode } from '../../../../shared/layout/distribution-overlay';
import type { ComparisonColumn } from '../../../../shared/scenarios';
import { formatDate, formatPercent } from '../../i18n/format';

const WIDTH = 880;
const HEIGHT = 280;

export const seriesColour = (i: number) => `var(--cat-${i % 10})`;

export function OverlayChart({ columns }: { readonly columns: readonly ComparisonColumn[] }) {
  const { t, i18n } = useTranslation('scenarios');
  const locale = i18n.language;
  const [mode, setMode] = useState<OverlayMode>('cumulative');
  const g = useMemo(
    () =>
      overlayGeometry(
        columns.map((c) => ({ id: c.id, bins: c.figures.histogram, p80: c.figures.p80End, label: t('chart.label', { name: c.isBaseline ? t('baseline') : c.name, date: formatDate(c.figures.p80End, locale, 'short') }) })),
        { width: WIDTH, height: HEIGHT, mode, padding: { left: 48, right: 16, top: 10 + columns.length * 13, bottom: 30 } },
      ),
    [columns, mode, t, locale],
  );
  const bottom = g.plot.top + g.plot.height;
  return (
    <figure className="overlay-chart">
      <div className="overlay-mode" role="radiogroup" aria-label={t('chart.mode')}>
        {(['cumulative', 'density'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="overlay-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`chart.${m}`)}
          </label>
        ))}
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('chart.aria', { count: columns.length - 1 })} data-testid="overlay-chart">
        {g.yTicks.map((tick) => (
          <g key={tick.value} className="axis">
            <line x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={tick.y} y2={tick.y} className="grid" />
            <text x={g.plot.left - 6} y={tick.y + 4} textAnchor="end">
              {formatPercent(tick.value, locale)}
            </text>
          </g>
        ))}
        {g.monthTicks.map((tick) => (
          <g key={tick.iso} className="axis">
            <line x1={tick.x} x2={tick.x} y1={bottom} y2={bottom + 4} />
          </g>
        ))}
        <g className="axis">
          <MonthAxisLabels ticks={g.monthTicks} locale={locale} baseline={bottom + 15} right={WIDTH} />
        </g>
        {g.guide80 !== undefined ? <line className="guide80" x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={g.guide80} y2={g.guide80} /> : null}
        {g.series.map((s, i) => (
          <g key={s.id} data-series={s.id} style={{ color: seriesColour(i) }}>
            <polyline className={mode === 'density' ? 'curve density' : 'curve'} points={s.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} />
            <line className="p80-line" x1={s.p80.x} x2={s.p80.x} y1={g.plot.top} y2={bottom} />
            <circle cx={s.p80.x} cy={s.p80.y} r={3.5} />
            <text className="p80-label" x={s.label.x} y={s.label.y} textAnchor={s.label.anchor}>
              {s.label.text}
            </text>
          </g>
        ))}
        <line className="axis-line" x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={bottom} y2={bottom} />
      </svg>
      <figcaption className="overlay-legend">
        {columns.map((c, i) => (
          <span key={c.id}>
            <span className="swatch" style={{ background: seriesColour(i) }} />
            {c.isBaseline ? t('baseline') : c.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
