/** The focused workload's fields as a read-out; edits happen in the grid. */
import { useTranslation } from 'react-i18next';
import { catalogEntry, providerOfService } from '../../../../../shared/catalog';
import type { Workload } from '../../../../../shared/model';
import { formatMoney, formatNumber } from '../../../i18n/format';
import { useListFormat } from '../../../i18n/list';
import { useCatalogWords } from '../../shared/use-catalog-words';
import { useInventoryStore } from '../store-context';

export function FieldList({ workload: w }: { readonly workload: Workload }) {
  const { t, i18n } = useTranslation('inventory');
  const list = useListFormat();
  const store = useInventoryStore();
  // Its bills in the currency they were entered in (costCurrency), else the project's.
  const currency = store((s) => w.costCurrency ?? s.project.project.currency);
  const teamName = store((s) => s.project.teams.find((team) => team.id === w.team)?.name ?? w.team);
  const words = useCatalogWords();
  const lng = i18n.language;
  const num = (n: number) => formatNumber(n, lng);
  const rows: [string, string][] = [
    [t('column.id'), w.id],
    [t('column.kind'), t(`enum.kind.${w.kind}`)],
    // The catalog's product name, as the grid shows it; an id the catalog does not know is shown as written.
    [t('column.sourceService'), catalogEntry(w.sourceService)?.name ?? w.sourceService],
    [t('field.region'), w.region ? words.regionLabel(providerOfService(w.sourceService) ?? store.getState().project.project.sourceProvider, w.region) : '—'],
    [t('column.target'), w.target ? [t(`enum.provider.${w.target.provider}`), w.target.service].filter(Boolean).join(' · ') : t('field.defaultTarget')],
    [t('column.strategy'), t(`enum.strategy.${w.strategy}`)],
    [t('column.criticality'), t(`enum.criticality.${w.criticality}`)],
    [t('column.complexity'), num(w.complexity)],
    [t('column.instances'), num(w.size.instances)],
    [t('column.dataGb'), num(w.size.dataGb)],
    [t('field.dailyChangeGb'), num(w.size.dailyChangeGb)],
    [t('field.downtimeTolerance'), t(`enum.downtime.${w.downtimeTolerance}`)],
    [t('column.team'), teamName],
    [t('column.monthlyCost'), formatMoney(w.monthlyCost, currency, lng)],
    [t('field.targetMonthlyCost'), w.targetMonthlyCost === undefined ? t('field.estimated') : formatMoney(w.targetMonthlyCost, currency, lng)],
    [t('field.tags'), w.tags.length > 0 ? list(w.tags, { kind: 'series' }) : '—'],
    [t('field.notes'), w.notes || '—'],
  ];
  return (
    <section className="inv-panel-section" aria-label={t('panel.fields')}>
      <h3>{t('panel.fields')}</h3>
      <dl className="inv-fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
