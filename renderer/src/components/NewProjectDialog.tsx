/**
 * New project with a guided first workload: name the project and the first thing that moves,
 * pick its kind, source service and strategy. The rest has sensible defaults, edited later.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogForProvider, defaultSourceServiceForKind } from '../../../shared/catalog';
import { type Strategy, STRATEGIES, WORKLOAD_KINDS, type WorkloadKind } from '../../../shared/model';
import { useAppState } from '../app/app-state';
import { emptyProject, todayIso, useDecampStore } from '../store';
import { Dialog } from './Dialog';

export function NewProjectDialog() {
  const { t } = useTranslation();
  const open = useAppState((s) => s.newProjectOpen);
  if (!open) return null;
  return <NewProjectForm onDone={() => useAppState.getState().set({ newProjectOpen: false })} t={t} />;
}

function NewProjectForm({ onDone, t }: { onDone: () => void; t: (key: string) => string }) {
  const id = useId();
  const [name, setName] = useState(t('newProject.defaultName'));
  const [workloadName, setWorkloadName] = useState('');
  const [kind, setKind] = useState<WorkloadKind>('compute');
  const [service, setService] = useState(defaultSourceServiceForKind('alibaba', 'compute')?.id ?? 'alibaba.other');
  const [strategy, setStrategy] = useState<Strategy>('rehost');
  const services = catalogForProvider('alibaba');

  const changeKind = (next: WorkloadKind) => {
    setKind(next);
    setService(defaultSourceServiceForKind('alibaba', next)?.id ?? 'alibaba.other');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const projectName = name.trim() || t('newProject.defaultName');
    const project = emptyProject({ name: projectName, teamName: t('newProject.defaultTeam'), startDate: todayIso(), locale: useDecampStore.getState().locale });
    const state = useDecampStore.getState();
    state.replaceDocument({ project, filePath: null, displayName: projectName, diskVersion: null });
    if (workloadName.trim()) state.addWorkload({ name: workloadName.trim(), kind, sourceService: service, strategy });
    state.setView(workloadName.trim() ? 'inventory' : 'summary');
    useAppState.getState().set({ hintVisible: false, status: null });
    onDone();
  };
  return (
    <Dialog title={t('newProject.title')} onClose={onDone}>
      <form onSubmit={submit} className="form-grid" aria-describedby={`${id}-intro`}>
        <p id={`${id}-intro`} className="muted span-2">
          {t('newProject.intro')}
        </p>
        <label htmlFor={`${id}-name`}>{t('newProject.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />
        <label htmlFor={`${id}-wname`}>{t('newProject.workloadName')}</label>
        <input id={`${id}-wname`} value={workloadName} onChange={(e) => setWorkloadName(e.target.value)} placeholder={t('newProject.workloadPlaceholder')} />
        <label htmlFor={`${id}-kind`}>{t('newProject.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => changeKind(e.target.value as WorkloadKind)}>
          {WORKLOAD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-service`}>{t('newProject.sourceService')}</label>
        <select id={`${id}-service`} value={service} onChange={(e) => setService(e.target.value)}>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          {services.some((s) => s.id === service) ? null : <option value={service}>{service}</option>}
        </select>
        <label htmlFor={`${id}-strategy`}>{t('newProject.strategy')}</label>
        <select id={`${id}-strategy`} value={strategy} onChange={(e) => setStrategy(e.target.value as Strategy)}>
          {STRATEGIES.map((s) => (
            <option key={s} value={s}>
              {t(`strategy.${s}`)}
            </option>
          ))}
        </select>
        <div className="dialog-actions span-2">
          <button type="button" onClick={onDone}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('newProject.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
