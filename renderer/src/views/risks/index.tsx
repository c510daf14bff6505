/**
 * Risks and what moves the date: the plan's findings (most severe first, or by the days they add
 * at P80 when the plan measures that) with the workloads they touch (shown on the map or the
 * timeline with one click) and their mitigations; the risk register to edit; a tornado chart of
 * the drivers; and the end-date histogram made legible.
 */
import '../shared/plan-views.css';
import './risks.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk, RiskSeverity } from '../../../../shared/plan/types';
import { useListFormat } from '../../i18n/list';
import { usePlanText } from '../shared/use-plan-text';
import { useDecampStore, useShallow, type ViewId } from '../../store';
import { driverLabel } from '../shared/plan-labels';
import { EndDateHistogram } from './end-date-histogram';
import { RegisterEditor } from './register-editor';
import { Tornado, type TornadoRow } from './tornado';

const SEVERITY_RANK: Readonly<Record<RiskSeverity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

export function RisksView() {
  const { t } = useTranslation(['risks', 'summary', 'plan', 'common', 'assumptions']);
  const list = useListFormat();
  const { project, plan, sensitivity } = useDecampStore(useShallow((s) => ({ project: s.project, plan: s.plan, sensitivity: s.sensitivity })));
  const planText = usePlanText();
  const [status, setStatus] = useState<string | null>(null);
  const drivers = useMemo(() => plan?.simulation.drivers ?? [], [plan]);
  const names = useMemo(() => new Map(project.workloads.map((w) => [w.id, w.name])), [project.workloads]);

  // Findings are the plan's structural risks: they add no working days of their own (the register's
  // events do, and the register orders by them), so they read most severe first.
  const findings = useMemo(() => (plan ? [...plan.risks].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]) : []), [plan]);

  const tornado: { rows: TornadoRow[]; title: string; unit: string } | null = useMemo(() => {
    if (drivers.length > 0) return { rows: drivers.filter((d) => d.daysAtP80 > 0).slice(0, 12).map((d) => ({ id: d.id, label: driverLabel(d, t), low: 0, high: d.daysAtP80 })), title: t('tornado.driversTitle'), unit: t('tornado.driversUnit') };
    if (sensitivity && sensitivity.assumptions.length > 0) {
      return {
        rows: sensitivity.assumptions.slice(0, 10).map((a) => ({
          id: a.assumptionId,
          label: t(`assumptions:name.${a.assumptionId}`, { defaultValue: a.assumptionId }),
          low: Math.min(a.lower.workingDays, a.higher.workingDays),
          high: Math.max(a.lower.workingDays, a.higher.workingDays),
          lowLabel: t('tornado.lower', { days: a.lower.workingDays }),
          highLabel: t('tornado.higher', { days: a.higher.workingDays }),
        })),
        title: t('tornado.sensitivityTitle'),
        unit: t('tornado.sensitivityUnit'),
      };
    }
    return null;
  }, [drivers, sensitivity, t]);

  if (!plan) return <p className="plan-wait">{t('waiting')}</p>;
  const show = (risk: Risk, view: ViewId) => {
    const s = useDecampStore.getState();
    s.highlightWorkloads(risk.workloadIds);
    s.selectWorkloads(risk.workloadIds);
    // On the timeline the workloads show once their waves are open.
    if (view === 'timeline') s.setTimelineSettings({ expanded: plan.waves.filter((w) => w.workloadIds.some((id) => risk.workloadIds.includes(id))).map((w) => w.id) });
    s.setView(view);
  };

  return (
    <section className="view risks-view" aria-labelledby="risks-title">
      <h1 id="risks-title">{t('title')}</h1>
      <p className="view-lead">{t('lead', { count: plan.risks.length })}</p>

      <h2>{t('histogram.heading')}</h2>
      <div className="panel">
        <EndDateHistogram bins={plan.simulation.histogram} p50={plan.simulation.p50End} p80={plan.simulation.p80End} p95={plan.simulation.p95End} deterministic={plan.schedule.deterministicEnd} deterministicPercentile={plan.schedule.deterministicPercentile} runs={plan.simulation.runs} />
      </div>

      <h2>{t('tornado.heading')}</h2>
      {tornado ? <Tornado rows={tornado.rows} title={tornado.title} unit={tornado.unit} testId="tornado" /> : <p className="muted">{t('tornado.pending')}</p>}
      {tornado && drivers.length === 0 ? <p className="muted">{t('tornado.sensitivityNote')}</p> : null}

      <h2>{t('findings.heading')}</h2>
      {findings.length === 0 ? (
        <p className="empty">{t('findings.none')}</p>
      ) : (
        <ol className="risk-findings" data-testid="risk-findings">
          {findings.map((risk) => (
            <li key={risk.id} className={`risk-finding sev-${risk.severity}`}>
              <div className="risk-finding-head">
                <span className={`badge sev-badge-${risk.severity}`}>{t(`common:riskSeverity.${risk.severity}`)}</span>
                <strong>{planText('risk', risk.code, risk.params, risk.title)}</strong>
              </div>
              <p>{planText('riskDetail', risk.code, risk.params, risk.detail)}</p>
              <p className="risk-mitigation-text">
                <span className="muted">{t('findings.mitigation')}</span> {planText('riskMitigation', risk.code, risk.params, risk.mitigation)}
              </p>
              {risk.workloadIds.length > 0 ? (
                <p className="risk-affected">
                  <span className="muted">{t('findings.affected', { count: risk.workloadIds.length })}</span> {list(risk.workloadIds.map((id) => names.get(id) ?? id), { kind: 'series', max: 8 })}{' '}
                  <button type="button" className="link" onClick={() => show(risk, 'map')}>
                    {t('findings.onMap')}
                  </button>{' '}
                  <button type="button" className="link" onClick={() => show(risk, 'timeline')}>
                    {t('findings.onTimeline')}
                  </button>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      <RegisterEditor project={project} plan={plan} drivers={drivers} onStatus={setStatus} />
      <div className="view-status" role="status" aria-live="polite">
        {status}
      </div>
    </section>
  );
}
