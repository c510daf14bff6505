/**
 * After a drag from one card to another: "A needs B", with the kind and coupling to choose, a way
 * to swap the direction, and the store's refusal (a duplicate, a self-loop) shown in place.
 * Escape or Cancel drops it; the kind picker has the focus, so keyboard users can answer at once.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUPLINGS, DEPENDENCY_KINDS, type Coupling, type DependencyKind } from '../../../../shared/model';
import { useDecampStore } from '../../store';

export interface ProposedDependency {
  readonly from: string;
  readonly to: string;
}

export interface ConnectPopoverProps {
  readonly proposal: ProposedDependency;
  readonly onSwap: () => void;
  /** With the status text when a dependency was added, null when cancelled. */
  readonly onDone: (text: string | null) => void;
}

export function ConnectPopover({ proposal, onSwap, onDone }: ConnectPopoverProps) {
  const { t } = useTranslation(['map', 'common', 'inventory']);
  const names = useDecampStore((s) => s.project.workloads);
  const name = (id: string) => names.find((w) => w.id === id)?.name ?? id;
  const [kind, setKind] = useState<DependencyKind>('sync');
  const [coupling, setCoupling] = useState<Coupling>('loose');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const s = useDecampStore.getState();
    const id = s.addDependency({ from: proposal.from, to: proposal.to, kind, coupling });
    if (id === '') {
      const refusal = useDecampStore.getState().lastEditError;
      setError(refusal ? t(`inventory:storeError.${refusal.code}`, { ...refusal.params, defaultValue: refusal.message }) : t('connect.refused'));
      return;
    }
    onDone(t('status.addedDependency', { from: name(proposal.from), to: name(proposal.to) }));
  };

  return (
    <form
      className="map-popover"
      role="dialog"
      aria-label={t('connect.title')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone(null);
        }
      }}
    >
      <p className="map-popover-text">{t('connect.sentence', { from: name(proposal.from), to: name(proposal.to) })}</p>
      <div className="map-popover-row">
        <label>
          {t('connect.kind')}
          <select ref={first} value={kind} onChange={(e) => setKind(e.target.value as DependencyKind)}>
            {DEPENDENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`common:dependencyKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('connect.coupling')}
          <select value={coupling} onChange={(e) => setCoupling(e.target.value as Coupling)}>
            {COUPLINGS.map((c) => (
              <option key={c} value={c}>
                {t(`common:coupling.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p className="map-popover-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="map-popover-actions">
        <button type="button" onClick={onSwap}>
          {t('connect.swap')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('connect.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('connect.add')}
        </button>
      </div>
    </form>
  );
}
