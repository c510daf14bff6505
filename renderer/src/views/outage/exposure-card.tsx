/**
 * For the Summary: how much of the critical estate a November 2023-style outage (the source
 * provider's identity service failing everywhere) would still stop when the plan is done, against
 * today. Links to the outage simulation for the detail.
 */
import './outage.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import type { Project } from '../../../../shared/model';
import { formatNumber } from '../../i18n/format';
import { useDecampStore } from '../../store';
import { providerName } from '../shared/plan-labels';
import { endOfPlanExposure } from './outage-model';

export function OutageExposureCard({ project, plan }: { readonly project: Project; readonly plan: Plan }) {
  const { t, i18n } = useTranslation(['outage', 'common']);
  const locale = i18n.language;
  const exposure = useMemo(() => endOfPlanExposure(project, plan), [project, plan]);
  const provider = providerName(project.project.sourceProvider, t);
  return (
    <div className="card outage-card" data-testid="outage-exposure">
      <div className="label">{t('summary.label', { provider })}</div>
      <div className="value">
        {exposure.critical === 0 ? t('summary.noCritical') : t('summary.value', { after: formatNumber(exposure.after, locale), critical: formatNumber(exposure.critical, locale) })}
      </div>
      <div className="sub">
        {t('summary.sub', { before: formatNumber(exposure.before, locale) })}{' '}
        <button type="button" className="link" onClick={() => useDecampStore.getState().setView('outage')}>
          {t('summary.open')}
        </button>
      </div>
    </div>
  );
}
