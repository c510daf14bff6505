/**
 * The currency of the focused workload's bills (its source bill and its entered target run cost):
 * an AWS quote in USD for a CNY project, converted with the project's exchange rate when planned.
 */
import { useTranslation } from 'react-i18next';
import type { Workload } from '../../../../../shared/model';
import { CurrencyPicker } from '../../../components/CurrencyPicker';
import { useInventoryStore } from '../store-context';

export function CostCurrencySection({ workload: w }: { readonly workload: Workload }) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const meta = store((s) => s.project.project);
  return (
    <section className="inv-panel-section" aria-label={t('costCurrency.title')}>
      <h3>{t('costCurrency.title')}</h3>
      <p className="inv-muted">{t('costCurrency.explain')}</p>
      <CurrencyPicker project={{ project: meta }} value={w.costCurrency} label={t('costCurrency.label')} onChange={(c) => store.getState().updateWorkload(w.id, { costCurrency: c })} />
    </section>
  );
}
