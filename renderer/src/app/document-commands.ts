/**
 * File operations as the user asks for them (menu, toolbar, shortcut, a file the OS or a drop hands over): they talk to the
 * platform, update the store, and never lose the open document: not when something goes wrong, and not when another document
 * would replace one with unsaved changes (the user is asked first: save, don't save, or cancel).
 */
import type { DesktopApi, IpcResult, OpenedDocument, SampleId, SavedDocument } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import { i18next } from '../i18n';
import { type DecampStore } from '../store';
import { useAppState } from './app-state';
import { askAboutUnsavedChanges } from './unsaved-prompt';

export interface DocumentCommands {
  open(): Promise<void>;
  openRecent(filePath: string): Promise<void>;
  openSample(id: SampleId): Promise<void>;
  /** Open an autosaved copy as unsaved work; 'kept' when the user kept the open document instead, 'failed' when it could not be read. */
  recover(id: string): Promise<'recovered' | 'kept' | 'failed'>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Replace the open document with `opened` (a file the OS or a drop handed over), asking first about unsaved changes. */
  adopt(opened: OpenedDocument): Promise<boolean>;
  /**
   * True when the open document may be replaced now: it has no unsaved changes, the user saved them, or chose not to. False on
   * Cancel, or when the save was cancelled or failed.
   */
  confirmReplace(): Promise<boolean>;
}

export function documentCommands(api: DesktopApi, store: DecampStore): DocumentCommands {
  const status = (key: string, tone: 'info' | 'error' = 'info', params?: Record<string, string | number>) =>
    useAppState.getState().set({ status: params ? { key, tone, params } : { key, tone } });

  const replace = (opened: OpenedDocument, options?: { unsaved?: boolean }) => {
    store.getState().replaceDocument(opened, options);
    useAppState.getState().set({ openError: null });
    status('status.opened', 'info', { name: opened.displayName });
  };

  const saveAs = async (): Promise<boolean> => {
    const { project, displayName, documentGeneration } = store.getState();
    const result = await api.invoke('saveAs', { project, suggestedName: displayName });
    if (!result.ok) {
      status('status.saveFailed', 'error', { message: result.error.message });
      return false;
    }
    if (result.value === null) return false;
    return saved(result.value, project, documentGeneration);
  };

  /**
   * A file written is a save. A download offered is not (the browser may have cancelled it): the document stays unsaved, its
   * recovery copy stays, and the answer is false, so nothing that waits for a save (replacing the document) goes ahead.
   */
  const saved = (value: SavedDocument, project: Project, generation: number): boolean => {
    if (value.offeredAsDownload) {
      status('status.offeredAsDownload', 'info', { name: value.displayName });
      return false;
    }
    store.getState().markSaved(value, project, generation);
    status('status.saved', 'info', { name: value.displayName });
    return true;
  };

  const save = async (): Promise<boolean> => {
    const { project, filePath, diskVersion, documentGeneration } = store.getState();
    if (filePath === null) return saveAs();
    let result = await api.invoke('save', { project, filePath, diskVersion, overwriteChanged: false });
    if (!result.ok && result.error.code === 'changed-on-disk') {
      if (!window.confirm(i18next.t('common:dialog.changedOnDisk', { name: store.getState().displayName }))) return false;
      result = await api.invoke('save', { project, filePath, diskVersion, overwriteChanged: true });
    }
    if (!result.ok) {
      if (result.error.code !== 'cancelled') status('status.saveFailed', 'error', { message: result.error.message });
      return false;
    }
    return saved(result.value, project, documentGeneration);
  };

  const confirmReplace = async (): Promise<boolean> => {
    // A loop, not one question: an edit made while the file was being written is not in it, so it is asked about again.
    for (;;) {
      const { dirty, displayName } = store.getState();
      if (!dirty) return true;
      const choice = await askAboutUnsavedChanges(displayName);
      if (choice === 'cancel') return false;
      if (choice === 'discard') return true;
      if (!(await save())) return false;
    }
  };

  const adopt = async (opened: OpenedDocument): Promise<boolean> => {
    if (!(await confirmReplace())) return false;
    replace(opened);
    return true;
  };

  // Opening asks about unsaved changes once the new document is in hand, not before: a cancelled picker or an unreadable file
  // then needs no question, and in the browser the picker still opens inside the click that asked for it.
  const openResult = async (result: IpcResult<OpenedDocument | null>) => {
    if (!result.ok) useAppState.getState().set({ openError: result.error });
    else if (result.value) await adopt(result.value);
  };

  return {
    adopt,
    confirmReplace,
    save,
    saveAs,
    async open() {
      await openResult(await api.invoke('openDialog', {}));
    },
    async openRecent(filePath) {
      await openResult(await api.invoke('openPath', { filePath }));
    },
    async openSample(sampleId) {
      await openResult(await api.invoke('openSample', { sampleId }));
    },
    async recover(id) {
      const result = await api.invoke('recover', { id });
      if (!result.ok) {
        useAppState.getState().set({ openError: result.error });
        return 'failed';
      }
      if (!(await confirmReplace())) return 'kept';
      // A recovered copy is unsaved until the user saves it.
      replace(result.value, { unsaved: true });
      await api.invoke('discardRecovery', { id });
      return 'recovered';
    },
  };
}
