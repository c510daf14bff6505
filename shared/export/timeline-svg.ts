/**
 * The report's timeline as an SVG, drawn from the app's own timeline geometry (shared/layout):
 * the program's phases, one lane per team with its waves, each wave's P50-P80-P95 band after its
 * planned end, cutover and milestone markers, non-working days and freeze windows shaded. Labels
 * are in the document's language; the picture is scaled to the page through its viewBox.
 * Self-contained markup: no fonts or scripts fetched.
 */
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';
import { buildTimeline, PX_PER_DAY } from '../layout/timeline';
import { documentFormat } from './format';
import type { ExportText } from './i18n';
import type { Names } from './names';
import { escapeXml as esc } from './xml';

export const TIMELINE_COLORS = { bar: '#3b6ea8', critical: '#c0392b', band: '#f3c969', milestone: '#2d2d2d', grid: '#d9dde3', text: '#1f2933', lane: '#f5f7fa', off: '#eef0f3', freeze: '#fde2e1' } as const;

const LABEL = 190;
/**
 * The widest the chart is drawn before it is scaled to the page: A4's printed width is about 690
 * CSS px, so the 10-12 px labels print at 7 px or more. A year and a half drawn by month (1,500 px)
 * printed its labels at 4 px, too small to read.
 */
export const TIMELINE_MAX_WIDTH = 1000;

/** The finest scale whose chart fits TIMELINE_MAX_WIDTH; quarters beyond. */
export function timelineScale(days: number): 'week' | 'month' | 'quarter' {
  const fits = (scale: 'week' | 'month') => LABEL + 8 + (days + 62) * PX_PER_DAY[scale] <= TIMELINE_MAX_WIDTH;
  return fits('week') ? 'week' : fits('month') ? 'month' : 'quarter';
}

export function timelineSvg(project: Project, plan: Plan, text: ExportText, names: Names): string {
  const days = (Date.parse(`${plan.schedule.p95End}T00:00:00Z`) - Date.parse(`${plan.schedule.start}T00:00:00Z`)) / 86_400_000;
  const g = buildTimeline(project, plan, { scale: timelineScale(days) });
  const fmt = documentFormat(text.lng, project.project.currency);
  const c = TIMELINE_COLORS;
  const top = 22;
  const width = LABEL + g.width + 8;
  const height = top + g.height + 4;
  const X = (x: number) => r(LABEL + x);
  const Y = (y: number) => r(top + y);
  const phaseById = new Map(plan.schedule.phases.map((p) => [p.id, p]));
  const waveById = new Map(plan.waves.map((w) => [w.id, w]));
  const t = text.t;
  const rowLabel = (row: (typeof g.rows)[number]): string => {
    if (row.kind === 'section') return row.section === 'program' ? t('export:timeline.lane.program') : row.section === 'waves' ? t('export:timeline.lane.waves') : t('export:timeline.lane.closing');
    if (row.kind === 'lane' && row.teamId) return names.team(row.teamId);
    if (row.kind === 'program') return t('export:timeline.programEnd');
    if (row.phaseId === 'hypercare') return t('export:timeline.hypercare');
    const phase = row.phaseId ? phaseById.get(row.phaseId) : undefined;
    return phase ? names.phase(phase) : row.title;
  };

  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${r(width)} ${r(height)}" width="100%" role="img" aria-label="${esc(t('export:section.timeline'))}" font-size="12">`];
  // Weekends would stripe the whole chart at this size: only holidays and freeze windows are shaded.
  for (const s of g.shading) if (s.kind !== 'off') out.push(`<rect x="${X(s.x)}" y="${top}" width="${r(s.width)}" height="${r(g.height)}" fill="${s.kind === 'freeze' ? c.freeze : c.off}"/>`);
  for (const tick of g.ticks) {
    if (!tick.major && g.axis.scale === 'week') continue;
    out.push(`<line x1="${X(tick.x)}" y1="${top - 4}" x2="${X(tick.x)}" y2="${r(height)}" stroke="${c.grid}" stroke-width="1"/>`);
    const month = fmt.month(tick.iso);
    // A label that would run off the right edge is left out: its line still marks the month.
    if (tick.x + 3 + textWidth(month) <= g.width + 8) out.push(`<text x="${X(tick.x + 3)}" y="${top - 8}" fill="${c.text}" font-size="10">${esc(month)}</text>`);
  }
  for (const row of g.rows) {
    if (row.kind === 'section') {
      out.push(`<rect x="0" y="${Y(row.y)}" width="${r(width)}" height="${row.height}" fill="${c.lane}" opacity="0.9"/>`);
      out.push(`<text x="4" y="${Y(row.y + row.height / 2 + 4)}" font-weight="700" fill="${c.text}">${esc(rowLabel(row))}</text>`);
    } else {
      out.push(`<text x="${LABEL - 6}" y="${Y(row.y + Math.min(row.height, 30) / 2 + 4)}" text-anchor="end" fill="${c.text}">${esc(clip(rowLabel(row), 30))}</text>`);
    }
  }
  for (const band of g.bands) {
    const seg = (from: number, to: number, opacity: number) => (to > from ? `<rect x="${X(from)}" y="${Y(band.y)}" width="${r(to - from)}" height="${band.height}" fill="${c.band}" opacity="${opacity}"/>` : '');
    out.push(seg(band.deterministic.x, band.p50.x, 1), seg(Math.max(band.deterministic.x, band.p50.x), band.p80.x, 0.7), seg(Math.max(band.deterministic.x, band.p80.x), band.p95.x, 0.4));
    out.push(`<title>P50 ${esc(fmt.date(band.p50.date))} · P80 ${esc(fmt.date(band.p80.date))} · P95 ${esc(fmt.date(band.p95.date))}</title>`);
  }
  for (const bar of g.bars) {
    if (bar.kind === 'actual') continue;
    if (bar.kind === 'wait') {
      // A team done with its part of the wave, waiting for the slowest team: a thin line to the cutover.
      out.push(`<rect x="${X(bar.x)}" y="${Y(bar.y)}" width="${r(bar.width)}" height="${bar.height}" fill="${c.bar}" opacity="0.45"/>`);
      continue;
    }
    const wave = bar.waveId ? waveById.get(bar.waveId) : undefined;
    const phase = bar.phaseId ? phaseById.get(bar.phaseId) : undefined;
    const label = wave ? names.wave(wave) : phase ? names.phase(phase) : bar.title;
    out.push(`<rect x="${X(bar.x)}" y="${Y(bar.y)}" width="${r(bar.width)}" height="${bar.height}" rx="2" fill="${bar.critical ? c.critical : c.bar}"><title>${esc(`${label}: ${fmt.date(bar.start)} – ${fmt.date(bar.end)}`)}</title></rect>`);
    if (wave && (bar.kind === 'wave' || bar.kind === 'pilot')) {
      // The team's part of the wave is named (its drills are not): inside the bar when it fits; else before it, where a wave's own row is empty.
      const fits = textWidth(label) + 6 <= bar.width;
      out.push(
        fits
          ? `<text x="${X(bar.x + 3)}" y="${Y(bar.y + bar.height - 4)}" fill="#ffffff" font-size="10">${esc(label)}</text>`
          : `<text x="${X(bar.x - 4)}" y="${Y(bar.y + bar.height - 4)}" text-anchor="end" fill="${c.text}" font-size="10">${esc(clip(label, Math.max(1, Math.floor((bar.x - 4) / 6))))}</text>`,
      );
    }
  }
  for (const m of g.markers) {
    if (m.kind === 'today') continue;
    const cx = X(m.x);
    const cy = Y(m.y);
    const s = m.kind === 'milestone' ? 6 : 4;
    out.push(`<path d="M${cx} ${r(cy - s)} L${r(cx + s)} ${cy} L${cx} ${r(cy + s)} L${r(cx - s)} ${cy} Z" fill="${m.kind === 'milestone' ? c.milestone : '#ffffff'}" stroke="${c.milestone}" stroke-width="1"><title>${esc(fmt.date(m.date))}</title></path>`);
  }
  out.push('</svg>');
  return out.join('');
}

/** About how wide a 10 px label is: Latin letters and digits ~6 px, a CJK character ~10 px. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! > 0x2e80 ? 10 : 6;
  return w;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, Math.max(0, n - 1))}…` : s;
}

const r = (n: number) => Math.round(n * 10) / 10;
