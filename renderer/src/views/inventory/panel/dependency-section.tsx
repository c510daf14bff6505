/**
 * The focused workload's dependencies both ways: what it needs and what needs it. Kind and
 * coupling are editable in place; each can be removed; new ones are added with the form below.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { COUPLINGS, DEPENDENCY_KINDS, type Dependency, type Workload } from '../../../../../shared/model';
import { useInventoryStore } from '../store-context';
import { AddDependencyForm } from './add-dependency-form';

export function DependencySection({ workloadId }: { readonly workloadId: string }) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const { dependencies, workloads, removeDependency, updateDependency } = store(
    useShallow((s) => ({
      dependencies: s.project.dependencies,
      workloads: s.project.workloads,
      removeDependency: s.removeDependency,
      updateDependency: s.updateDependency,
    })),
  );
  const names = useMemo(() => new Map(workloads.map((w: Workload) => [w.id, w.name])), [workloads]);
  const needs = useMemo(() => dependencies.filter((d) => d.from === workloadId), [dependencies, workloadId]);
  const neededBy = useMemo(() => dependencies.filter((d) => d.to === workloadId), [dependencies, workloadId]);

  const list = (deps: readonly Dependency[], otherEnd: 'to' | 'from', heading: string) => (
    <>
      <h4>{heading}</h4>
      {deps.length === 0 ? (
        <p className="inv-muted">{t('deps.none')}</p>
      ) : (
        <ul className="inv-deps" aria-label={heading}>
          {deps.map((d) => {
            const other = d[otherEnd];
            const name = names.get(other) ?? other;
            return (
              <li key={d.id}>
                <span className="inv-dep-name">
                  {name} <code>{other}</code>
                </span>
                <select
                  aria-label={t('deps.kindOf', { name })}
                  value={d.kind}
                  onChange={(e) => updateDependency(d.id, { kind: e.target.value as Dependency['kind'] })}
                >
                  {DEPENDENCY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`enum.dependencyKind.${k}`)}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={t('deps.couplingOf', { name })}
                  value={d.coupling}
                  onChange={(e) => updateDependency(d.id, { coupling: e.target.value as Dependency['coupling'] })}
                >
                  {COUPLINGS.map((c) => (
                    <option key={c} value={c}>
                      {t(`enum.coupling.${c}`)}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => removeDependency(d.id)} aria-label={t('deps.remove', { name })}>
                  {t('deps.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );

  return (
    <section className="inv-panel-section" aria-label={t('panel.dependencies')}>
      <h3>{t('panel.dependencies')}</h3>
      {list(needs, 'to', t('deps.needs', { count: needs.length }))}
      {list(neededBy, 'from', t('deps.neededBy', { count: neededBy.length }))}
      <AddDependencyForm workloadId={workloadId} workloads={workloads} />
    </section>
  );
}
