/**
 * The focused workload's move group: who it moves with and why (a cycle, a tight coupling), the
 * dependencies that bind them, and a way to loosen each (a tight coupling made loose, a cycle
 * edge removed); both are ordinary, undoable edits, and the next plan splits the group if it can.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/plan/types';
import { useListFormat } from '../../../i18n/list';
import { useInventoryStore } from '../store-context';

export function MoveGroupSection({ plan, workloadId }: { readonly plan: Plan | null; readonly workloadId: string }) {
  const { t } = useTranslation(['decisions', 'map', 'common']);
  const store = useInventoryStore();
  const list = useListFormat();
  const workloads = store((s) => s.project.workloads);
  const dependencies = store((s) => s.project.dependencies);
  const group = plan?.moveGroups.find((g) => g.workloadIds.includes(workloadId));
  if (!plan || !group || group.workloadIds.length < 2) return null;
  const name = (id: string) => workloads.find((w) => w.id === id)?.name ?? id;
  const binding = group.bindingDependencyIds.flatMap((id) => dependencies.filter((d) => d.id === id));
  return (
    <section className="inv-panel-section" aria-label={t('group.title')}>
      <h3>{t('group.title')}</h3>
      <p>
        {t('group.moves', { count: group.workloadIds.length - 1, others: list(group.workloadIds.filter((id) => id !== workloadId).map(name)) })}
      </p>
      <p className="inv-muted">{t('group.because', { reason: t(`map:reason.${group.reason}`) })}</p>
      {binding.length > 0 ? (
        <>
          <h4>{t('group.binding', { count: binding.length })}</h4>
          <ul className="inv-deps" aria-label={t('group.binding', { count: binding.length })}>
            {binding.map((d) => (
              <li key={d.id}>
                <span className="inv-dep-name">
                  {t('group.edge', { from: name(d.from), to: name(d.to), kind: t(`common:dependencyKind.${d.kind}`), coupling: t(`common:coupling.${d.coupling}`) })}
                </span>
                {d.coupling === 'tight' ? (
                  <button type="button" onClick={() => store.getState().updateDependency(d.id, { coupling: 'loose' })} aria-label={t('group.loosenNamed', { from: name(d.from), to: name(d.to) })}>
                    {t('group.loosen')}
                  </button>
                ) : (
                  <button type="button" onClick={() => store.getState().removeDependency(d.id)} aria-label={t('group.removeNamed', { from: name(d.from), to: name(d.to) })}>
                    {t('group.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p className="inv-muted">{t('group.note')}</p>
        </>
      ) : null}
    </section>
  );
}
