/**
 * The estimate behind the focused workload's effort: optimistic / likely / pessimistic, expected,
 * the factors with the assumptions they came from, and the data-transfer time.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EstimateFactor, WorkloadEstimate } from '../../../../../shared/plan/types';
import { formatNumber } from '../../../i18n/format';
import { useInventoryStore } from '../store-context';

/**
 * A factor named from its assumption id (`effort.kind.database` -> "Kind (Database)"), in the reader's language;
 * a factor without words of its own here is called by its assumption's name, never the engine's English.
 * `teamName` names the team of the learning factor.
 */
export function factorLabel(f: EstimateFactor, t: TFunction<'inventory'>, teamName: (id: string) => string = (id) => id): string {
  const [, group, detail] = f.assumptionId.split('.');
  switch (group) {
    case 'base':
      return t('factor.base', { strategy: t(`enum.strategy.${detail}`) });
    case 'kind':
      return t('factor.kind', { kind: t(`enum.kind.${detail}`) });
    case 'complexity':
      return t('factor.complexity', { n: detail });
    case 'size':
      return detail === 'perDoublingInstances' ? t('factor.instances') : t('factor.dataGb');
    case 'portability':
      return t('factor.portability', { portability: t(`enum.portability.${detail}`) });
    case 'criticality':
      return t('factor.criticality', { criticality: t(`enum.criticality.${detail}`) });
    case 'optimisticRatio':
    case 'optimisticRatioRefactor':
    case 'pessimisticRatio':
    case 'pessimisticRatioRefactor':
      return t(`factor.${group}`);
    case 'learningRate':
      if (f.params) return t('factor.learning', { n: f.params.n, team: teamName(String(f.params.team)) });
      return t(`assumptions:name.${f.assumptionId}`, { defaultValue: f.name });
    default:
      return t(`assumptions:name.${f.assumptionId}`, { defaultValue: f.name });
  }
}

/** `undefined` while no plan exists yet; `null` when the plan has no estimate for it (retired, retained). */
export function EstimateSection({ estimate }: { readonly estimate: WorkloadEstimate | null | undefined }) {
  const { t, i18n } = useTranslation('inventory');
  const teams = useInventoryStore()((s) => s.project.teams);
  const teamName = (id: string) => teams.find((x) => x.id === id)?.name ?? id;
  const num = (n: number) => formatNumber(n, i18n.language);
  return (
    <section className="inv-panel-section" aria-label={t('panel.estimate')}>
      <h3>{t('panel.estimate')}</h3>
      {estimate === undefined ? (
        <p className="inv-muted">{t('panel.planPending')}</p>
      ) : estimate === null ? (
        <p className="inv-muted">{t('estimate.none')}</p>
      ) : (
        <>
          <dl className="inv-fields inv-three-point">
            {(['optimistic', 'likely', 'pessimistic', 'expected', 'sigma'] as const).map((k) => (
              <div key={k}>
                <dt>{t(`estimate.${k}`)}</dt>
                <dd>{t('cell.personDays', { value: num(estimate.effort[k]) })}</dd>
              </div>
            ))}
            <div>
              <dt>{t('estimate.portability')}</dt>
              <dd>{t(`enum.portability.${estimate.portability}`)}</dd>
            </div>
            <div>
              <dt>{t('estimate.target')}</dt>
              <dd>
                {t(`enum.provider.${estimate.targetProvider}`)} · {estimate.targetService}
              </dd>
            </div>
            <div>
              <dt>{t('estimate.transfer')}</dt>
              <dd>{t('estimate.hours', { value: num(estimate.transferHours) })}</dd>
            </div>
          </dl>
          {estimate.offlineTransferSuggested && <p className="inv-note">{t('estimate.offline')}</p>}
          {estimate.overridden && <p className="inv-note">{t('estimate.overridden')}</p>}
          <table className="inv-factors">
            <caption>{t('estimate.factors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('estimate.factor')}</th>
                <th scope="col">{t('estimate.assumption')}</th>
                <th scope="col">{t('estimate.value')}</th>
              </tr>
            </thead>
            <tbody>
              {estimate.factors.map((f, i) => (
                <tr key={`${f.assumptionId}-${i}`}>
                  <td>{factorLabel(f, t, teamName)}</td>
                  <td>
                    <code>{f.assumptionId}</code>
                  </td>
                  <td className="inv-num">{formatNumber(f.value, i18n.language, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
