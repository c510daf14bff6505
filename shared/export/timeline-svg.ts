/**
 * The report's timeline as an SVG: phases as bars in lanes, each wave's P50-P95 finish band behind
 * its bar, milestones as diamonds, months along the top. Self-contained markup (no fonts or
 * scripts fetched), used inline by the HTML report and rasterised for nothing: DOCX gets a table.
 */
import { documentFormat } from './format';
import type { ExportLanguage } from './i18n';
import { timelineGeometry, type TimelineItem } from './timeline-geometry';
import { escapeXml } from './xml';

export const TIMELINE_COLORS = { bar: '#3b6ea8', critical: '#c0392b', band: '#f3c969', milestone: '#2d2d2d', grid: '#d9dde3', text: '#1f2933', lane: '#f5f7fa' } as const;

export function timelineSvg(items: readonly TimelineItem[], lng: ExportLanguage, width = 960): string {
  const g = timelineGeometry(items, { width });
  const fmt = documentFormat(lng, 'CNY');
  const c = TIMELINE_COLORS;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${g.width} ${g.height}" width="100%" role="img" font-size="11">`);
  g.lanes.forEach((lane, i) => {
    const y = g.top + lane.headerRow * g.rowHeight;
    if (i % 2 === 0) out.push(`<rect x="0" y="${y}" width="${g.width}" height="${(lane.rows + 1) * g.rowHeight}" fill="${c.lane}"/>`);
    out.push(`<text x="4" y="${y + 15}" font-weight="700" fill="${c.text}">${escapeXml(lane.lane)}</text>`);
  });
  for (const tick of g.ticks) {
    out.push(`<line x1="${r(tick.x)}" y1="${g.top - 6}" x2="${r(tick.x)}" y2="${g.height - 4}" stroke="${c.grid}" stroke-width="1"/>`);
    out.push(`<text x="${r(tick.x + 3)}" y="${g.top - 10}" fill="${c.text}" font-size="10">${escapeXml(fmt.month(tick.date))}</text>`);
  }
  for (const bar of g.bars) {
    const y = g.top + bar.row * g.rowHeight;
    const label = bar.item.label;
    out.push(`<text x="${g.labelWidth - 6}" y="${y + 15}" text-anchor="end" fill="${c.text}">${escapeXml(label.length > 34 ? `${label.slice(0, 33)}…` : label)}</text>`);
    if (bar.band) out.push(`<rect x="${r(bar.band.x)}" y="${y + 5}" width="${r(bar.band.width)}" height="${g.rowHeight - 10}" fill="${c.band}" opacity="0.85"><title>P50–P95</title></rect>`);
    if (bar.item.milestone) {
      const cx = r(bar.x);
      const cy = y + g.rowHeight / 2;
      out.push(`<path d="M${cx} ${cy - 6} L${cx + 6} ${cy} L${cx} ${cy + 6} L${cx - 6} ${cy} Z" fill="${c.milestone}"><title>${escapeXml(`${label}: ${bar.item.start}`)}</title></path>`);
    } else {
      out.push(`<rect x="${r(bar.x)}" y="${y + 7}" width="${r(bar.width)}" height="${g.rowHeight - 14}" rx="2" fill="${bar.item.critical ? c.critical : c.bar}"><title>${escapeXml(`${label}: ${bar.item.start} – ${bar.item.end}`)}</title></rect>`);
    }
  }
  out.push('</svg>');
  return out.join('');
}

const r = (n: number) => Math.round(n * 10) / 10;
