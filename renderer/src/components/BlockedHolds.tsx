/**
 * What the recorded blocks do to the forecast: each blocked wave or workload, why, since when, and
 * the day the model expects it to clear, before which its wave cannot cut over (the judgement is
 * in docs/planning-model.md, section 7). Shown with the Summary's forecast text and the timeline's
 * progress; nothing when nothing is blocked.
 */
import './progress-form.css';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plan/types';
import { formatDate } from '../i18n/format';
import { useDecampStore, useShallow } from '../store';
import { waveName } from '../views/shared/plan-labels';

const SHOWN = 5;

export function BlockedHolds({ plan }: { readonly plan: Plan }) {
  const { t, i18n } = useTranslation('scenarios');
  const locale = i18n.language;
  const { workloads } = useDecampStore(useShallow((s) => ({ workloads: s.project.workloads })));
  const holds = plan.provenance.actuals?.blocked ?? [];
  if (holds.length === 0) return null;
  const hasPilot = plan.waves.some((w) => w.isPilot);
  const wave = (id: string) => {
    const w = plan.waves.find((x) => x.id === id);
    return w ? waveName(w, hasPilot, t) : id;
  };
  const workload = (id: string) => workloads.find((w) => w.id === id)?.name ?? id;
  return (
    <ul className="blocked-holds" data-testid="blocked-holds">
      {holds.slice(0, SHOWN).map((h) => (
        <li key={`${h.waveId}:${h.workloadId ?? ''}`}>
          {t(h.workloadId ? 'pace.holdWorkload' : 'pace.holdWave', {
            workload: h.workloadId ? workload(h.workloadId) : '',
            wave: wave(h.waveId),
            reason: h.reason,
            since: formatDate(h.since, locale),
            until: formatDate(h.unblockedOn, locale),
            count: h.elapsedDays,
          })}
        </li>
      ))}
      {holds.length > SHOWN ? <li>{t('pace.holdMore', { count: holds.length - SHOWN })}</li> : null}
    </ul>
  );
}
