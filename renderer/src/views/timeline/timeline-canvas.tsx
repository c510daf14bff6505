/**
 * The timeline drawn from shared/layout geometry: one scrolling box, one SVG the size of the
 * viewport that draws only the rows (and the columns) in view, sticky date ticks on top and
 * sticky row labels on the left. Scrolling re-renders the visible slice once per frame; 5,000
 * open rows cost what the 40 in view cost.
 */
import { memo, type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSpan, Tick, TimelineBand, TimelineBar, TimelineGeometry, TimelineMarker, TimelineRow } from '../../../../shared/layout/timeline';
import { formatDate } from '../../i18n/format';

export const LABEL_WIDTH = 240;
export const HEADER_HEIGHT = 40;
const OVERSCAN_PX = 200;

export interface TimelineCanvasProps {
  readonly geometry: TimelineGeometry;
  readonly rowLabel: (row: TimelineRow) => ReactNode;
  readonly barTitle: (bar: TimelineBar) => string;
  /** The short name written inside a bar where it fits (null: none). */
  readonly barText: (bar: TimelineBar) => string | null;
  readonly bandTitle: (band: TimelineBand) => string;
  /** A marker's tooltip name (a cutover's wave, a milestone) in the reader's language. */
  readonly markerTitle: (marker: TimelineMarker) => string;
  /** A holiday's or freeze window's tooltip name in the reader's language (a name the user typed as written). */
  readonly shadeTitle: (span: CalendarSpan) => string;
  readonly onBarClick: (bar: TimelineBar) => void;
  readonly selectedWorkloadId: string | null;
  readonly highlighted: ReadonlySet<string>;
  /** A date to bring to the middle of the view after the geometry changes (zoom keeps the centre). */
  readonly centreOn: { readonly date: string; readonly nonce: number } | null;
  readonly onCentreChange: (date: string) => void;
  readonly label: string;
}

/** The first row whose bottom is below `y` (rows are sorted by y). */
function firstRowBelow(rows: readonly TimelineRow[], y: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.y + rows[mid]!.height < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const Bar = memo(function Bar({ bar, title, text, selected, marked, onClick }: { bar: TimelineBar; title: string; text: string | null; selected: boolean; marked: boolean; onClick: (bar: TimelineBar) => void }) {
  const classes = ['tl-bar', `tl-${bar.kind}`, bar.critical ? 'is-critical' : '', selected ? 'is-selected' : '', marked ? 'is-highlighted' : ''].filter(Boolean).join(' ');
  const strong = bar.criticality !== null ? 0.6 + bar.criticality * 2.4 : undefined;
  // A name inside the bar when it fits (about 6.5 px a character at 11 px).
  const fits = text !== null && bar.height >= 12 && bar.width > text.length * 6.5 + 10;
  return (
    <g className="tl-bar-g" onClick={() => onClick(bar)}>
      <rect className={classes} x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={3} data-bar={bar.id} style={strong !== undefined ? { strokeWidth: strong } : undefined}>
        <title>{title}</title>
      </rect>
      {fits ? (
        <text className="tl-bar-label" x={bar.x + 5} y={bar.y + bar.height / 2 + 4} aria-hidden="true">
          {text}
        </text>
      ) : null}
    </g>
  );
});

const Band = memo(function Band({ band, title }: { band: TimelineBand; title: string }) {
  const start = Math.min(band.deterministic.x, band.p50.x);
  return (
    <g className="tl-band" data-band={band.id}>
      <title>{title}</title>
      <rect className="tl-band-p50" x={start} y={band.y} width={Math.max(1, band.p50.x - start)} height={band.height} />
      <rect className="tl-band-p80" x={band.p50.x} y={band.y} width={Math.max(0, band.p80.x - band.p50.x)} height={band.height} />
      <rect className="tl-band-p95" x={band.p80.x} y={band.y} width={Math.max(0, band.p95.x - band.p80.x)} height={band.height} />
      <line className="tl-band-det" x1={band.deterministic.x} x2={band.deterministic.x} y1={band.y - 2} y2={band.y + band.height + 2} />
    </g>
  );
});

export function TimelineCanvas(props: TimelineCanvasProps) {
  const { geometry: g, rowLabel, barTitle, barText, bandTitle, markerTitle, shadeTitle, onBarClick, selectedWorkloadId, highlighted, centreOn, onCentreChange, label } = props;
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ left: 0, top: 0, width: 1000, height: 600 });
  const frame = useRef(0);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setView({ left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth || 1000, height: el.clientHeight || 600 });
  }, []);
  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      measure();
    });
  }, [measure]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Keep the date in the middle where it was when the zoom changes.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !centreOn) return;
    const day = (Date.UTC(+centreOn.date.slice(0, 4), +centreOn.date.slice(5, 7) - 1, +centreOn.date.slice(8, 10)) / 86_400_000) | 0;
    el.scrollLeft = Math.max(0, (day - g.axis.startDay) * g.axis.pxPerDay - (el.clientWidth - LABEL_WIDTH) / 2);
    measure();
  }, [centreOn, g.axis, measure]);
  const reportCentre = useRef(onCentreChange);
  reportCentre.current = onCentreChange;
  useEffect(() => {
    const day = g.axis.startDay + Math.floor((view.left + (view.width - LABEL_WIDTH) / 2) / g.axis.pxPerDay);
    reportCentre.current(new Date(day * 86_400_000).toISOString().slice(0, 10));
  }, [view.left, view.width, g.axis]);

  const byRow = useMemo(() => {
    const bars = new Map<string, TimelineBar[]>();
    for (const b of g.bars) bars.set(b.rowId, [...(bars.get(b.rowId) ?? []), b]);
    const bands = new Map<string, TimelineBand[]>();
    for (const b of g.bands) bands.set(b.rowId, [...(bands.get(b.rowId) ?? []), b]);
    return { bars, bands };
  }, [g]);

  const top = view.top - OVERSCAN_PX;
  const bottom = view.top + view.height + OVERSCAN_PX;
  const from = firstRowBelow(g.rows, top);
  const visible: TimelineRow[] = [];
  for (let i = from; i < g.rows.length && g.rows[i]!.y < bottom; i++) visible.push(g.rows[i]!);
  const x0 = view.left - OVERSCAN_PX;
  const x1 = view.left + view.width + OVERSCAN_PX;
  const inX = (x: number, w: number) => x + w >= x0 && x <= x1;

  const plotW = Math.max(0, view.width - LABEL_WIDTH);
  const plotH = Math.max(0, view.height - HEADER_HEIGHT);
  const dx = LABEL_WIDTH - view.left;
  const dy = HEADER_HEIGHT - view.top;

  return (
    <div className="tl-scroll" ref={scroller} onScroll={onScroll} tabIndex={0} aria-label={label} data-testid="timeline-scroll" data-rows={g.rows.length}>
      <div className="tl-spacer" style={{ width: LABEL_WIDTH + g.width, height: HEADER_HEIGHT + g.height }}>
        <div className="tl-viewport" style={{ width: view.width, height: view.height }}>
          <svg className="tl-svg" width={view.width} height={view.height} role="img" aria-label={label}>
            <defs>
              <clipPath id="tl-plot">
                <rect x={LABEL_WIDTH} y={HEADER_HEIGHT} width={plotW} height={plotH} />
              </clipPath>
              <clipPath id="tl-head">
                <rect x={LABEL_WIDTH} y={0} width={plotW} height={HEADER_HEIGHT} />
              </clipPath>
            </defs>
            <g clipPath="url(#tl-plot)">
              <g transform={`translate(${dx},${dy})`}>
                {g.shading.filter((s) => inX(s.x, s.width)).map((s) => (
                  <rect key={`${s.kind}:${s.start}`} className={`tl-shade tl-shade-${s.kind}`} x={s.x} y={view.top - HEADER_HEIGHT} width={s.width} height={view.height}>
                    {s.name ? <title>{shadeTitle(s)}</title> : null}
                  </rect>
                ))}
                {g.ticks.filter((t) => inX(t.x, 1)).map((t) => (
                  <line key={t.iso} className={t.major ? 'tl-grid is-major' : 'tl-grid'} x1={t.x} x2={t.x} y1={view.top - HEADER_HEIGHT} y2={view.top + view.height} />
                ))}
                {visible.map((r) => (
                  <rect key={r.id} className={`tl-row tl-row-${r.kind}`} x={x0} y={r.y} width={x1 - x0} height={r.height} />
                ))}
                {g.links.map((l) => (
                  <polyline key={l.id} className={l.critical ? 'tl-link is-critical' : 'tl-link'} points={l.points.map((p) => `${p.x},${p.y}`).join(' ')} />
                ))}
                {visible.flatMap((r) =>
                  (byRow.bands.get(r.id) ?? []).filter((b) => inX(Math.min(b.deterministic.x, b.p50.x), b.p95.x - b.p50.x + 1)).map((b) => <Band key={b.id} band={b} title={bandTitle(b)} />),
                )}
                {visible.flatMap((r) =>
                  (byRow.bars.get(r.id) ?? []).filter((b) => inX(b.x, b.width)).map((b) => (
                    <Bar key={b.id} bar={b} title={barTitle(b)} text={barText(b)} selected={b.workloadId !== undefined && b.workloadId === selectedWorkloadId} marked={b.workloadId !== undefined && highlighted.has(b.workloadId)} onClick={onBarClick} />
                  )),
                )}
                {g.markers.filter((m) => inX(m.x - 6, 12) && (m.rowId === null || visible.some((r) => r.id === m.rowId))).map((m) =>
                  m.kind === 'today' ? (
                    <line key={m.id} className="tl-today" x1={m.x} x2={m.x} y1={view.top - HEADER_HEIGHT} y2={view.top + view.height}>
                      <title>{formatDate(m.date, locale)}</title>
                    </line>
                  ) : (
                    <path key={m.id} className={`tl-marker tl-${m.kind}`} d={`M${m.x} ${m.y - 6} l6 6 l-6 6 l-6 -6 z`}>
                      <title>{`${markerTitle(m)} · ${formatDate(m.date, locale)}`}</title>
                    </path>
                  ),
                )}
              </g>
            </g>
            <g clipPath="url(#tl-head)">
              <rect className="tl-head-bg" x={LABEL_WIDTH} y={0} width={plotW} height={HEADER_HEIGHT} />
              <g transform={`translate(${dx},0)`}>
                {labelledTicks(g.ticks.filter((t) => inX(t.x, 80)), g.axis.scale, locale).map(({ tick: t, text }) => (
                  <g key={t.iso} className={t.major ? 'tl-tick is-major' : 'tl-tick'}>
                    <line x1={t.x} x2={t.x} y1={HEADER_HEIGHT - 8} y2={HEADER_HEIGHT} />
                    {text !== null ? (
                      <text x={t.x + 3} y={HEADER_HEIGHT - 12}>
                        {text}
                      </text>
                    ) : null}
                  </g>
                ))}
              </g>
            </g>
          </svg>
          <div className="tl-labels" style={{ top: HEADER_HEIGHT, width: LABEL_WIDTH, height: plotH }}>
            {visible.map((r) => (
              <div key={r.id} className={`tl-label tl-label-${r.kind}`} style={{ top: r.y - view.top, height: r.height, paddingLeft: 8 + r.depth * 14 }}>
                {rowLabel(r)}
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * Tick labels that do not run into each other: a label is written only where the previous one has
 * ended (major ticks first claim their place), estimated at 7 px a character, 12 for CJK.
 */
function labelledTicks(ticks: readonly Tick[], scale: string, locale: string): { tick: Tick; text: string | null }[] {
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 8);
  const texts = ticks.map((t) => tickLabel(t.iso, scale, t.major, locale));
  const keep = new Array<boolean>(ticks.length).fill(false);
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  for (const pass of [true, false]) {
    ticks.forEach((t, i) => {
      if (t.major !== pass || keep[i]) return;
      const span: [number, number] = [t.x, t.x + width(texts[i]!)];
      if (free(...span)) {
        keep[i] = true;
        taken.push(span);
      }
    });
  }
  return ticks.map((tick, i) => ({ tick, text: keep[i] ? texts[i]! : null }));
}

const tickFormats = new Map<string, Intl.DateTimeFormat>();
function tickLabel(iso: string, scale: string, major: boolean, locale: string): string {
  const opts: Intl.DateTimeFormatOptions =
    scale === 'day' ? { day: 'numeric', ...(major ? { month: 'short' } : {}) } : scale === 'week' ? { day: 'numeric', month: 'short' } : scale === 'month' ? { month: 'short', ...(major ? { year: 'numeric' } : {}) } : { month: 'short', year: 'numeric' };
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = tickFormats.get(key);
  if (!f) tickFormats.set(key, (f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' })));
  if (scale === 'quarter') {
    const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
    return major || q === 1 ? `Q${q} ${iso.slice(0, 4)}` : `Q${q}`;
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}
