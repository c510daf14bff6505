/**
 * Adds a dependency to or from the focused workload: pick the other workload (by id or exact
 * name), the direction, kind and coupling. The store checks the edge (no self-loops, no
 * duplicates) and its refusal is shown here.
 */
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUPLINGS, DEPENDENCY_KINDS, type Coupling, type DependencyKind, type Workload } from '../../../../../shared/model';
import { useInventoryStore } from '../store-context';

export interface AddDependencyFormProps {
  readonly workloadId: string;
  readonly workloads: readonly Workload[];
}

/** The workload a person meant by `text`: an exact id, else the one workload with that name. */
function resolveWorkload(workloads: readonly Workload[], text: string): Workload | undefined {
  const wanted = text.trim();
  const byId = workloads.find((w) => w.id === wanted);
  if (byId) return byId;
  const byName = workloads.filter((w) => w.name === wanted);
  return byName.length === 1 ? byName[0] : undefined;
}

export function AddDependencyForm({ workloadId, workloads }: AddDependencyFormProps) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const listId = useId();
  const errorId = useId();
  const [direction, setDirection] = useState<'needs' | 'neededBy'>('needs');
  const [other, setOther] = useState('');
  const [kind, setKind] = useState<DependencyKind>('sync');
  const [coupling, setCoupling] = useState<Coupling>('loose');
  const [error, setError] = useState<string | null>(null);

  // 5,000 options are cheap once; rebuilding them on every keystroke is not.
  const options = useMemo(
    () =>
      workloads
        .filter((w) => w.id !== workloadId)
        .map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        )),
    [workloads, workloadId],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = resolveWorkload(workloads, other);
    if (!target) {
      setError(t('deps.unknownWorkload', { text: other.trim() }));
      return;
    }
    const [from, to] = direction === 'needs' ? [workloadId, target.id] : [target.id, workloadId];
    const id = store.getState().addDependency({ from, to, kind, coupling });
    if (id === '') {
      const refusal = store.getState().lastEditError;
      setError(refusal ? t(`storeError.${refusal.code}`, { ...refusal.params, defaultValue: refusal.message }) : t('deps.refused'));
      return;
    }
    setError(null);
    setOther('');
  };

  return (
    <form className="inv-dep-form" onSubmit={submit} aria-label={t('deps.addTitle')}>
      <h4>{t('deps.addTitle')}</h4>
      <select aria-label={t('deps.direction')} value={direction} onChange={(e) => setDirection(e.target.value as 'needs' | 'neededBy')}>
        <option value="needs">{t('deps.directionNeeds')}</option>
        <option value="neededBy">{t('deps.directionNeededBy')}</option>
      </select>
      <input
        type="text"
        list={listId}
        value={other}
        aria-label={t('deps.workload')}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        placeholder={t('deps.workloadPlaceholder')}
        onChange={(e) => {
          setOther(e.target.value);
          setError(null);
        }}
      />
      <datalist id={listId}>{options}</datalist>
      <select aria-label={t('deps.kind')} value={kind} onChange={(e) => setKind(e.target.value as DependencyKind)}>
        {DEPENDENCY_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`enum.dependencyKind.${k}`)}
          </option>
        ))}
      </select>
      <select aria-label={t('deps.coupling')} value={coupling} onChange={(e) => setCoupling(e.target.value as Coupling)}>
        {COUPLINGS.map((c) => (
          <option key={c} value={c}>
            {t(`enum.coupling.${c}`)}
          </option>
        ))}
      </select>
      <button type="submit">{t('deps.add')}</button>
      {error && (
        <p id={errorId} className="inv-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
