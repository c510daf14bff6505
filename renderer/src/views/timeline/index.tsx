/**
 * The timeline: the program on a real calendar, waves in one lane per team, each wave's and the
 * program's P50-P80-P95 drawn as a band after its deterministic end, critical bars outlined, the
 * calendar shaded. Zoom day / week / month / quarter (buttons or + and -), open a wave into its
 * workloads and a workload into its runbook steps, click a bar to select it in the other views.
 */
import '../shared/plan-views.css';
import './timeline.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTimeline, type CalendarSpan, TIME_SCALES, type TimelineBand, type TimelineBar, type TimelineMarker, type TimelineRow, type TimeScale } from '../../../../shared/layout/timeline';
import { formatDate, formatNumber } from '../../i18n/format';
import { todayIso, useDecampStore, useShallow } from '../../store';
import { driverListText, waveDrivers, waveName } from '../shared/plan-labels';
import { CostOverTime } from './cost-over-time';
import { usePlanText } from '../shared/use-plan-text';
import { useCatalogWords } from '../shared/use-catalog-words';
import { TimelineCanvas } from './timeline-canvas';

/** The legend's colour swatches: the i18n key under `legend.` and the swatch's class suffix. */
const SWATCHES = [['wave', 'wave'], ['critical', 'critical'], ['band', 'band'], ['wait', 'wait'], ['leadTime', 'lead-time'], ['rehearsal', 'rehearsal'], ['actual', 'actual'], ['freeze', 'freeze'], ['off', 'off']] as const;
import { TimelineProgress } from './timeline-progress';

export function TimelineView() {
  const { t, i18n } = useTranslation(['timeline', 'planviews', 'plan', 'summary']);
  const planText = usePlanText();
  const locale = i18n.language;
  const { project, plan, settings, focusedId, highlighted } = useDecampStore(
    useShallow((s) => ({ project: s.project, plan: s.plan, settings: s.timelineSettings, focusedId: s.focusedWorkloadId, highlighted: s.highlightedWorkloadIds })),
  );
  const set = useDecampStore((s) => s.setTimelineSettings);
  const today = useMemo(() => todayIso(), []);
  const geometry = useMemo(
    () => (plan ? buildTimeline(project, plan, { scale: settings.scale, expanded: settings.expanded, expandedWorkloads: settings.expandedWorkloads, today }) : null),
    [project, plan, settings.scale, settings.expanded, settings.expandedWorkloads, today],
  );
  const centre = useRef<string | null>(null);
  const [centreOn, setCentreOn] = useState<{ date: string; nonce: number } | null>(null);
  const onCentreChange = useCallback((date: string) => (centre.current = date), []);
  const marked = useMemo(() => new Set(highlighted), [highlighted]);

  const zoom = useCallback(
    (scale: TimeScale) => {
      if (scale === useDecampStore.getState().timelineSettings.scale) return;
      set({ scale });
      if (centre.current) setCentreOn({ date: centre.current, nonce: Date.now() });
    },
    [set],
  );
  const step = (by: number) => {
    const i = TIME_SCALES.indexOf(settings.scale);
    zoom(TIME_SCALES[Math.min(TIME_SCALES.length - 1, Math.max(0, i + by))]!);
  };

  const waves = useMemo(() => new Map((plan?.waves ?? []).map((w) => [w.id, w])), [plan]);
  const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
  const names = useMemo(() => new Map(project.workloads.map((w) => [w.id, w.name])), [project.workloads]);
  const phaseName = useCallback(
    (phaseId: string | undefined, fallback: string) => {
      if (!phaseId) return fallback;
      const wave = phaseId.startsWith('wave:') || phaseId.startsWith('hypercare:') || phaseId.startsWith('rehearsal:') ? waves.get(phaseId.slice(phaseId.indexOf(':') + 1)) : undefined;
      if (phaseId.startsWith('wave:') && wave) return waveName(wave, hasPilot, t);
      if (phaseId.startsWith('hypercare:') && wave) return t('phase.hypercareOf', { wave: waveName(wave, hasPilot, t) });
      if (phaseId.startsWith('rehearsal:') && wave) return t('phase.rehearsalOf', { wave: waveName(wave, hasPilot, t) });
      if (phaseId.startsWith('lead:')) {
        // lead:<kind> or lead:accounts:<provider>
        const [, kind, provider] = phaseId.split(':');
        return t(`phase.lead.${kind}`, { provider: provider ? t(`common:provider.${provider}`, { defaultValue: provider }) : '', defaultValue: fallback });
      }
      return t(`phase.${phaseId.split(':')[0]}${phaseId.startsWith('compliance:') ? `.${phaseId.slice('compliance:'.length)}` : ''}`, { defaultValue: fallback });
    },
    [waves, hasPilot, t],
  );

  const toggleWave = useCallback((waveId: string) => {
    const s = useDecampStore.getState();
    const all = s.plan?.waves.map((w) => w.id) ?? [];
    const open = s.timelineSettings.expanded === 'all' ? all : s.timelineSettings.expanded;
    s.setTimelineSettings({ expanded: open.includes(waveId) ? open.filter((id) => id !== waveId) : [...open, waveId] });
  }, []);
  const toggleWorkload = useCallback((workloadId: string) => {
    const s = useDecampStore.getState();
    const open = s.timelineSettings.expandedWorkloads;
    s.setTimelineSettings({ expandedWorkloads: open.includes(workloadId) ? open.filter((id) => id !== workloadId) : [...open, workloadId] });
  }, []);

  const [progressWave, setProgressWave] = useState(0);
  const onBarClick = useCallback(
    (bar: TimelineBar) => {
      const s = useDecampStore.getState();
      if (bar.workloadId) {
        s.selectWorkloads([bar.workloadId]);
        s.focusWorkload(bar.workloadId);
        return;
      }
      if (bar.waveId) {
        const wave = waves.get(bar.waveId);
        if (wave) {
          setProgressWave(wave.index);
          s.selectWorkloads(wave.workloadIds);
          s.highlightWorkloads(wave.workloadIds);
        }
        toggleWave(bar.waveId);
      }
    },
    [waves, toggleWave],
  );

  const rowLabel = useCallback(
    (r: TimelineRow) => {
      switch (r.kind) {
        case 'section':
          return <span className="tl-section-title">{t(`section.${r.section}`)}</span>;
        case 'lane':
          return (
            <span className="tl-lane-title" title={r.title}>
              {r.title}
            </span>
          );
        case 'workload':
          return (
            <button type="button" className="tl-toggle" aria-expanded={r.expanded} onClick={() => toggleWorkload(r.workloadId!)} title={t('toggleSteps', { name: r.title })}>
              <span aria-hidden="true">{r.expanded ? '▾' : '▸'}</span> {r.title}
            </button>
          );
        case 'step': {
          const step = r.waveId ? waves.get(r.waveId)?.runbook.find((s) => s.id === r.stepId) : undefined;
          const text = step ? planText('runbook', step.code, step.params, step.title) : r.title;
          return (
            <span className="tl-step-title" title={text}>
              {text}
            </span>
          );
        }
        case 'program':
          return <span className="tl-lane-title">{t('programEnd')}</span>;
        default: {
          // A long name (a lead time with its provider) is cut with an ellipsis: the hover says it whole.
          const text = r.phaseId === 'hypercare' ? t('phase.hypercare') : phaseName(r.phaseId, r.title);
          return <span title={text}>{text}</span>;
        }
      }
    },
    [t, toggleWorkload, waves, phaseName, planText],
  );

  /** The three sources that move a wave's P80 cutover most, with the working days each adds; null when none does. */
  const driverList = useCallback(
    (waveId: string): string | null => {
      const moved = plan ? waveDrivers(plan, waveId) : [];
      return moved.length === 0 ? null : driverListText(moved, t, locale);
    },
    [plan, t, locale],
  );
  const barTitle = useCallback(
    (b: TimelineBar) => {
      const dates = `${formatDate(b.start, locale)} – ${formatDate(b.end, locale)}`;
      const name = b.workloadId && b.kind !== 'workload' && b.kind !== 'step' ? (names.get(b.workloadId) ?? b.title) : b.kind === 'workload' ? (names.get(b.workloadId!) ?? b.title) : b.kind === 'step' ? b.title : phaseName(b.phaseId, b.title);
      const parts = [b.kind === 'actual' ? t('actualOf', { name }) : name, dates];
      const wave = b.waveId ? waves.get(b.waveId) : undefined;
      if (wave && (b.kind === 'wave' || b.kind === 'pilot')) {
        const part = b.teamId && wave.teams.length > 1 ? wave.teams.find((x) => x.teamId === b.teamId) : undefined;
        if (part) parts.push(t('tip.teamPart', { team: project.teams.find((x) => x.id === part.teamId)?.name ?? part.teamId, effort: formatNumber(part.effort, locale, 0), cutover: formatDate(wave.cutover.start, locale) }));
        parts.push(t('tip.effort', { value: formatNumber(wave.effort.likely, locale) }), t('tip.p80', { date: formatDate(wave.p80End, locale) }));
        const moved = driverList(wave.id);
        if (moved !== null) parts.push(t('tip.waveDrivers', { names: moved }));
        parts.push(t('tip.clickWave'));
      }
      if (b.kind === 'wait' && wave) parts.splice(0, parts.length, t('tip.waiting', { wave: waveName(wave, hasPilot, t), cutover: formatDate(wave.cutover.start, locale) }));
      if (b.kind === 'workload' && plan?.estimates[b.workloadId!]) parts.push(t('tip.effort', { value: formatNumber(plan.estimates[b.workloadId!]!.effort.likely, locale) }));
      if (b.critical) parts.push(t('tip.critical'));
      if (b.criticality !== null) parts.push(t('tip.criticality', { share: formatNumber(b.criticality * 100, locale, 0) }));
      return parts.join(' · ');
    },
    [locale, names, phaseName, plan, t, waves, hasPilot, project.teams, driverList],
  );
  const barText = useCallback(
    (b: TimelineBar) => {
      if (b.kind === 'wave' || b.kind === 'pilot' || b.kind === 'hypercare') {
        const wave = b.waveId ? waves.get(b.waveId) : b.phaseId ? waves.get(b.phaseId.slice(b.phaseId.indexOf(':') + 1)) : undefined;
        return wave ? waveName(wave, hasPilot, t) : null;
      }
      return null;
    },
    [waves, hasPilot, t],
  );
  const bandTitle = useCallback(
    (b: TimelineBand) => {
      const wave = b.waveId ? waves.get(b.waveId) : undefined;
      const text = t('tip.band', {
        name: wave ? waveName(wave, hasPilot, t) : t('programEnd'),
        planned: formatDate(b.deterministic.date, locale),
        p50: formatDate(b.p50.date, locale),
        p80: formatDate(b.p80.date, locale),
        p95: formatDate(b.p95.date, locale),
      });
      // A wave's band: what moves its P80 cutover; the program's: what widens it (working days at P80).
      if (wave) {
        const moved = driverList(wave.id);
        return moved === null ? text : `${text} · ${t('tip.waveDrivers', { names: moved })}`;
      }
      const drivers = (plan?.simulation.drivers ?? []).filter((d) => d.daysAtP80 > 0).slice(0, 3);
      if (drivers.length === 0) return text;
      return `${text} · ${t('tip.drivers', { names: driverListText(drivers.map((d) => ({ driver: d, daysAtP80: d.daysAtP80 })), t, locale) })}`;
    },
    [waves, hasPilot, t, locale, plan, driverList],
  );
  const markerTitle = useCallback(
    (m: TimelineMarker) => {
      const wave = m.waveId ? waves.get(m.waveId) : undefined;
      if (m.kind === 'cutover' && wave) return t('plan:milestone.waveCutover', { wave: waveName(wave, hasPilot, t) });
      const milestone = plan?.schedule.milestones.find((x) => `milestone:${x.id}` === m.id);
      return milestone ? planText('milestone', milestone.code.replace(/^milestone\./, ''), {}, milestone.name) : m.title;
    },
    [waves, hasPilot, t, plan, planText],
  );
  const words = useCatalogWords();
  const freezes = project.calendar.freezeWindows;
  const shadeTitle = useCallback(
    (s: CalendarSpan) => {
      if (s.kind === 'holiday') return words.holiday(s.name ?? '');
      const freeze = freezes.find((f) => f.id === s.freezeId);
      return freeze ? words.freeze(freeze) : (s.name ?? '');
    },
    [words, freezes],
  );

  if (!plan || !geometry) return <p className="plan-wait">{t('waiting')}</p>;
  const allOpen = settings.expanded === 'all';
  return (
    <section
      className="view timeline-view"
      aria-labelledby="timeline-title"
      onKeyDown={(e) => {
        if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
        if (e.key === '+' || e.key === '=') {
          e.preventDefault();
          step(-1);
        } else if (e.key === '-') {
          e.preventDefault();
          step(1);
        }
      }}
    >
      <header>
        <h1 id="timeline-title">{t('title')}</h1>
        <p className="view-lead">
          {t('lead', { start: formatDate(plan.schedule.start, locale), end: formatDate(plan.schedule.end, locale), p50: formatDate(plan.schedule.p50End, locale), p80: formatDate(plan.schedule.p80End, locale), p95: formatDate(plan.schedule.p95End, locale) })}
        </p>
      </header>
      <div className="tl-toolbar" role="toolbar" aria-label={t('toolbar')}>
        <div className="tl-zoom" role="group" aria-label={t('zoom')}>
          {TIME_SCALES.map((s) => (
            <button key={s} type="button" aria-pressed={settings.scale === s} onClick={() => zoom(s)}>
              {t(`scale.${s}`)}
            </button>
          ))}
        </div>
        <span className="muted">{t('zoomKeys')}</span>
        <button type="button" onClick={() => set({ expanded: allOpen ? [] : 'all', ...(allOpen ? { expandedWorkloads: [] } : {}) })}>
          {allOpen ? t('collapseAll') : t('expandAll')}
        </button>
      </div>
      <TimelineCanvas
        geometry={geometry}
        rowLabel={rowLabel}
        barTitle={barTitle}
        barText={barText}
        bandTitle={bandTitle}
        markerTitle={markerTitle}
        shadeTitle={shadeTitle}
        onBarClick={onBarClick}
        selectedWorkloadId={focusedId}
        highlighted={marked}
        centreOn={centreOn}
        onCentreChange={onCentreChange}
        label={t('chartLabel', { count: plan.waves.length })}
      />
      <ul className="tl-legend" aria-label={t('legend.title')}>
        {SWATCHES.map(([key, swatch]) => (
          <li key={key}>
            <span className={`swatch tl-swatch-${swatch}`} /> {t(`legend.${key}`)}
          </li>
        ))}
        <li>
          <span className="tl-legend-diamond" aria-hidden="true">◆</span> {t('legend.cutover')}
        </li>
        <li>
          <span className="tl-legend-today" aria-hidden="true" /> {t('legend.today')}
        </li>
      </ul>
      <TimelineProgress plan={plan} waveIndex={progressWave} onPick={setProgressWave} />
      <CostOverTime project={project} plan={plan} waveLabel={(id) => { const w = waves.get(id); return w ? waveName(w, hasPilot, t) : id; }} />
    </section>
  );
}
