/**
 * File operations as the user asks for them (menu, toolbar, shortcut): they talk to the platform,
 * update the store, and never lose the open document when something goes wrong.
 */
import type { DesktopApi, OpenedDocument, SampleId } from '../../../shared/ipc';
import { i18next } from '../i18n';
import { type DecampStore } from '../store';
import { useAppState } from './app-state';

export interface DocumentCommands {
  open(): Promise<void>;
  openRecent(filePath: string): Promise<void>;
  openSample(id: SampleId): Promise<void>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  adopt(opened: OpenedDocument): void;
}

export function documentCommands(api: DesktopApi, store: DecampStore): DocumentCommands {
  const status = (key: string, tone: 'info' | 'error' = 'info', params?: Record<string, string | number>) =>
    useAppState.getState().set({ status: params ? { key, tone, params } : { key, tone } });

  const adopt = (opened: OpenedDocument) => {
    store.getState().replaceDocument(opened);
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
    store.getState().markSaved(result.value, project, documentGeneration);
    status('status.saved', 'info', { name: result.value.displayName });
    return true;
  };

  return {
    adopt,
    async open() {
      const result = await api.invoke('openDialog', {});
      if (!result.ok) useAppState.getState().set({ openError: result.error });
      else if (result.value) adopt(result.value);
    },
    async openRecent(filePath) {
      const result = await api.invoke('openPath', { filePath });
      if (!result.ok) useAppState.getState().set({ openError: result.error });
      else adopt(result.value);
    },
    async openSample(sampleId) {
      const result = await api.invoke('openSample', { sampleId });
      if (!result.ok) useAppState.getState().set({ openError: result.error });
      else adopt(result.value);
    },
    async save() {
      const { project, filePath, diskVersion, documentGeneration } = store.getState();
      if (filePath === null) return saveAs();
      let result = await api.invoke('save', { project, filePath, diskVersion, overwriteChanged: false });
      if (!result.ok && result.error.code === 'changed-on-disk') {
        if (!window.confirm(i18next.t('common:dialog.changedOnDisk', { name: store.getState().displayName }))) return false;
        result = await api.invoke('save', { project, filePath, diskVersion, overwriteChanged: true });
      }
      if (!result.ok) {
        status('status.saveFailed', 'error', { message: result.error.message });
        return false;
      }
      store.getState().markSaved(result.value, project, documentGeneration);
      status('status.saved', 'info', { name: result.value.displayName });
      return true;
    },
    saveAs,
  };
}
