/**
 * The focused workload's progress: when its work really started and finished, the person-days it
 * took, and whether it is blocked and why. The forecast reads finished work's actual effort against
 * its estimate (the observed velocity) to re-plan what is left.
 */
import { useTranslation } from 'react-i18next';
import type { WorkloadEstimate } from '../../../../../shared/plan/types';
import { ProgressForm } from '../../../components/ProgressForm';
import { formatNumber } from '../../../i18n/format';
import { todayIso } from '../../../store';
import { useInventoryStore } from '../store-context';

export function ProgressSection({ workloadId, name, estimate }: { readonly workloadId: string; readonly name: string; readonly estimate: WorkloadEstimate | null | undefined }) {
  const { t, i18n } = useTranslation('scenarios');
  const store = useInventoryStore();
  const actual = store((s) => s.project.workloadActuals?.find((a) => a.workloadId === workloadId));
  return (
    <section className="inv-panel-section" aria-label={t('actuals.title')}>
      <h3>{t('actuals.title')}</h3>
      {estimate ? <p className="inv-muted">{t('actuals.estimate', { likely: formatNumber(estimate.effort.likely, i18n.language) })}</p> : null}
      <ProgressForm subject={name} value={actual} withEffort today={todayIso()} onSave={(entry) => store.getState().setWorkloadProgress(workloadId, entry)} />
    </section>
  );
}
