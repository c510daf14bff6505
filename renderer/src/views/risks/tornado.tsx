/**
 * A tornado chart: one bar per driver, largest first, its length the working days it moves the
 * date. One-sided for the plan's drivers (days each adds at P80); two-sided for an assumption's
 * -20% and +20% (earlier to the left, later to the right of the planned end).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';

/**
 * The label cut to the room left of the bars, by its drawn width: a Chinese label is twice as wide
 * per character as an English one, so a cut by character count ran off the chart's left edge. The
 * whole label stays in the row's tooltip. 12 px text: about 6.4 px a Latin character (mixed case) and
 * 12 px a CJK one.
 */
export function labelFits(text: string, room: number): boolean {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) >= 0x2e80 ? 12 : 6.4;
  return w <= room;
}

function fitLabel(text: string, room: number): string {
  if (labelFits(text, room)) return text;
  let out = '';
  for (const ch of text) {
    if (!labelFits(`${out}${ch}…`, room)) break;
    out += ch;
  }
  return `${out}…`;
}

export interface TornadoRow {
  readonly id: string;
  readonly label: string;
  /** Days moved one way (negative: earlier); 0 when one-sided. */
  readonly low: number;
  /** Days moved the other way (positive: later). */
  readonly high: number;
  readonly lowLabel?: string;
  readonly highLabel?: string;
}

export function Tornado({ rows, title, unit, testId }: { readonly rows: readonly TornadoRow[]; readonly title: string; readonly unit: string; readonly testId: string }) {
  const { i18n } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  if (rows.length === 0) return null;
  const labelW = 230;
  const width = 720;
  const rowH = 26;
  const height = rows.length * rowH + 28;
  const extent = Math.max(1, ...rows.map((r) => Math.max(Math.abs(r.low), Math.abs(r.high))));
  const twoSided = rows.some((r) => r.low < 0);
  // Room for the value written beside each bar end, on both sides.
  const valueRoom = 34;
  const plotW = width - labelW - valueRoom * 2;
  const zero = twoSided ? labelW + valueRoom + plotW / 2 : labelW;
  const scale = (twoSided ? plotW / 2 : plotW) / extent;
  return (
    <svg className="tornado" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t`} data-testid={testId}>
      <title id={`${id}-t`}>{title}</title>
      <line className="tornado-zero" x1={zero} x2={zero} y1={4} y2={height - 20} />
      {rows.map((r, i) => {
        const y = 6 + i * rowH;
        const lowX = zero + Math.min(0, r.low) * scale;
        return (
          <g key={r.id} className="tornado-row" data-driver={r.id}>
            <title>{`${r.label}: ${r.lowLabel ?? ''}${r.lowLabel && r.highLabel ? ' · ' : ''}${r.highLabel ?? formatNumber(r.high, locale)}`}</title>
            <text className="tornado-label" x={labelW - 8} y={y + 14} textAnchor="end">
              {fitLabel(r.label, labelW - 12)}
            </text>
            {r.low < 0 ? <rect className="tornado-low" x={lowX} y={y} width={zero - lowX} height={rowH - 8} /> : null}
            <rect className="tornado-high" x={zero} y={y} width={Math.max(0.5, r.high * scale)} height={rowH - 8} />
            {r.low < 0 ? (
              <text className="tornado-value" x={lowX - 4} y={y + 13} textAnchor="end">
                {formatNumber(r.low, locale, 0)}
              </text>
            ) : null}
            <text className="tornado-value" x={zero + Math.max(0.5, r.high * scale) + 4} y={y + 13}>
              {r.high > 0 ? '+' : ''}
              {formatNumber(r.high, locale, r.high < 10 ? 1 : 0)}
            </text>
          </g>
        );
      })}
      <text className="tornado-unit" x={zero} y={height - 6} textAnchor="middle">
        {unit}
      </text>
    </svg>
  );
}
