/**
 * File > Import (and files dropped on the window): choose files or a folder, check the columns of
 * spreadsheets, see what was read, skipped and guessed and what the merge will add, update and
 * leave alone, then import as one undoable step (or into a new project).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { estateProviderOf, mergeFragment, newProjectForImport } from '../../../../shared/import';
import type { DesktopApi } from '../../../../shared/ipc';
import { useAppState } from '../../app/app-state';
import type { DocumentCommands } from '../../app/document-commands';
import { todayIso, useDecampStore } from '../../store';
import { Dialog } from '../Dialog';
import { ColumnsStep } from './ColumnsStep';
import { useImportSession } from './import-session';
import { ReviewStep } from './ReviewStep';
import './import.css';

export interface ImportDialogProps {
  readonly api: DesktopApi;
  readonly docs: DocumentCommands;
}

export function ImportDialog({ api, docs }: ImportDialogProps) {
  const open = useAppState((s) => s.importOpen);
  if (!open) return null;
  return <ImportForm api={api} docs={docs} />;
}

function ImportForm({ api, docs }: ImportDialogProps) {
  const { t } = useTranslation('import');
  const project = useDecampStore((s) => s.project);
  const initial = useAppState((s) => s.importFiles);
  const session = useImportSession(project);
  const [target, setTarget] = useState<'merge' | 'new'>(project.workloads.length > 0 ? 'merge' : 'new');
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => useAppState.getState().set({ importOpen: false, importFiles: null });

  useEffect(() => {
    if (initial && initial.length > 0) void session.load(initial);
    // Files handed over once (a drop); the dialog owns them from here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = async (folder: boolean) => {
    setFailure(null);
    const result = await api.invoke('importDialog', { folder });
    if (!result.ok) return setFailure(result.error.message);
    if (result.value) await session.load(result.value);
  };

  const apply = async () => {
    const outcome = session.outcome;
    if (!outcome?.ok) return;
    const state = useDecampStore.getState();
    if (target === 'merge') {
      const result = state.applyImport(outcome.fragment);
      useAppState.getState().set({ status: { key: 'import:status.merged', tone: 'info', params: { added: result.preview.added.length, updated: result.preview.updated.length } } });
    } else {
      if (!(await docs.confirmReplace())) return;
      const name = session.files[0]?.file.name.replace(/\.[^.]+$/, '') ?? 'Import';
      // The new project runs where the imported estate runs (a Huawei Cloud state, a data centre's server list), moving to the open project's targets.
      const source = estateProviderOf(outcome.fragment) ?? project.project.sourceProvider;
      const targets = project.project.defaultTargets.filter((t) => t !== source);
      const base = newProjectForImport({ name, startDate: todayIso(), sourceProvider: source, ...(targets.length > 0 ? { defaultTargets: targets } : {}), teamName: project.teams[0]?.name ?? 'Team 1', locale: project.project.locale, currency: project.project.currency });
      const merged = mergeFragment(base, outcome.fragment).project;
      state.replaceDocument({ project: merged, filePath: null, displayName: name, diskVersion: null }, { unsaved: true });
      useAppState.getState().set({ status: { key: 'import:status.created', tone: 'info', params: { count: merged.workloads.length } } });
    }
    const s = useDecampStore.getState();
    s.setView('inventory');
    if (outcome.report.guesses.length > 0) s.setReviewFilter(true);
    close();
  };

  const actions = (
    <>
      <button type="button" onClick={close}>
        {t('action.cancel')}
      </button>
      {session.step === 'review' && session.tables.length > 0 ? (
        <button type="button" onClick={() => session.setStep('map')}>
          {t('action.back')}
        </button>
      ) : null}
      {session.step === 'map' ? (
        <button type="button" className="primary" disabled={session.busy} onClick={() => void session.read()}>
          {session.busy ? t('action.reading') : t('action.read')}
        </button>
      ) : null}
      {session.step === 'review' ? (
        <button type="button" className="primary" disabled={!session.outcome?.ok} onClick={() => void apply()}>
          {target === 'new' ? t('action.applyNew') : t('action.apply')}
        </button>
      ) : null}
    </>
  );

  return (
    <Dialog title={t('title')} onClose={close} actions={actions}>
      <div className="import-dialog">
        {session.step === 'choose' ? <p className="muted">{t('intro')}</p> : null}
        <div className="import-choose">
          <button type="button" onClick={() => void choose(false)} disabled={session.busy}>
            {t('choose.files')}
          </button>
          <button type="button" onClick={() => void choose(true)} disabled={session.busy} title={t('choose.folderHint')}>
            {t('choose.folder')}
          </button>
          <span className="muted">{t('choose.drop')}</span>
        </div>
        {(failure ?? session.failure) ? (
          <p role="alert" className="import-error">
            {t('status.failed', { message: failure ?? session.failure })}
          </p>
        ) : null}
        {session.busy && session.step === 'choose' ? <p aria-live="polite">{t('action.reading')}</p> : null}
        {session.files.length > 0 ? (
          <section aria-label={t('files.heading')}>
            <h3>{t('files.heading')}</h3>
            <ul className="import-files">
              {session.files.slice(0, 20).map((f) => (
                <li key={f.file.name}>
                  <code>{f.file.name}</code> {t('files.format')}{' '}
                  <select
                    aria-label={t('files.formatLabel', { name: f.file.name })}
                    value={f.format}
                    onChange={(e) => {
                      session.setFormat(f.file.name, e.target.value);
                      // Read again with the new format: a spreadsheet's tables are read then, and its columns come next.
                      session.setStep('choose');
                    }}
                  >
                    <option value="auto">
                      {t('format.auto')} ({f.detected ? t(`formatName.${f.detected}`, { defaultValue: session.formats.find((x) => x.id === f.detected)?.label }) : t('files.unrecognised')})
                    </option>
                    {session.formats.map((x) => (
                      <option key={x.id} value={x.id}>
                        {t(`formatName.${x.id}`, { defaultValue: x.label })}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
              {session.files.length > 20 ? <li>… {session.files.length - 20}</li> : null}
            </ul>
            {session.step === 'choose' ? (
              <button type="button" onClick={() => void session.load(session.files.map((f) => f.file))}>
                {t('action.read')}
              </button>
            ) : null}
          </section>
        ) : null}
        {session.step === 'map' ? <ColumnsStep tables={session.tables} values={session.values} onHeaderRow={session.setHeaderRow} onRole={session.setRole} onValue={session.setValue} /> : null}
        {session.step === 'review' && session.outcome ? (
          <ReviewStep outcome={session.outcome} preview={session.preview} target={target} canMerge={true} projectName={project.project.name} onTarget={setTarget} />
        ) : null}
      </div>
    </Dialog>
  );
}
