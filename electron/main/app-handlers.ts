/**
 * The IPC handler map: each operation of the contract implemented over the services, with the
 * dialogs, shell and window passed in. Recent files, recovery entries and the menu follow from
 * what the handlers do (a save clears its recovery entry; an open adds a recent file).
 */
import { basename, join } from 'node:path';
import { readImportInputs } from '../cli/import-files';
import type { IpcResult, OpenedDocument, RecentFile, SavedDocument, Settings } from '../../shared/ipc';
import type { FileService } from '../services/file-service';
import { withProjectExtension } from '../services/file-service';
import { currentDiskVersion } from '../services/project-file';
import type { RecentFilesStore } from '../services/recent-files';
import { recoveryIdFor, type RecoveryStore } from '../services/recovery-store';
import type { SettingsStore } from '../services/settings-store';
import type { IpcHandlers } from './ipc-handlers';
import { type PdfRenderOptions, printToPdf, type SaveDialogResult, saveExport } from './print-pdf';
import { isSafeExternalUrl } from './security';

export interface DialogsLike {
  showOpenDialog(options: { title: string; filters: { name: string; extensions: string[] }[]; properties: ('openFile' | 'openDirectory' | 'multiSelections')[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<SaveDialogResult>;
}

export interface AppHandlerContext {
  readonly files: FileService;
  readonly recent: RecentFilesStore;
  readonly recovery: RecoveryStore;
  readonly settings: SettingsStore;
  readonly dialogs: DialogsLike;
  readonly openExternal: (url: string) => Promise<void>;
  /** Prints a report page to PDF (report-window.ts: a hidden, sandboxed window of its own). */
  readonly renderPdf: (html: string, options: PdfRenderOptions) => Promise<Uint8Array>;
  readonly documentsFolder: string;
  readonly now: () => Date;
  /** The page reported its document's name and dirty flag. */
  readonly onDocumentState: (state: { displayName: string; dirty: boolean }) => void;
  readonly onSettingsChanged: (settings: Settings) => void;
  readonly onRecentFilesChanged: (files: RecentFile[]) => void;
}

/** What File > Import offers: every format's extensions, and everything (detection reads the content). */
export const IMPORT_FILTERS = [
  { name: 'Inventories, exports, Terraform, Kubernetes, Compose', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'json', 'tfstate', 'tf', 'yaml', 'yml', 'backup'] },
  { name: 'All files', extensions: ['*'] },
];

/** Filters for project files. Dialog filters cannot express `.decamp.json`, so they offer .json. */
export const PROJECT_FILTERS = [{ name: 'Decamp project', extensions: ['json'] }];

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export function createAppHandlers(ctx: AppHandlerContext): IpcHandlers {
  async function remember(filePath: string, displayName: string): Promise<void> {
    ctx.onRecentFilesChanged(await ctx.recent.add({ filePath, displayName, openedAt: ctx.now().toISOString() }));
  }

  async function opened(result: IpcResult<OpenedDocument>): Promise<IpcResult<OpenedDocument>> {
    if (result.ok && result.value.filePath) await remember(result.value.filePath, result.value.displayName);
    return result;
  }

  /** After a save: the file is the safe copy now, so its recovery entries (and the untitled one it came from) go. */
  async function saved(result: IpcResult<SavedDocument>): Promise<IpcResult<SavedDocument>> {
    if (!result.ok) return result;
    await Promise.all([ctx.recovery.discard(recoveryIdFor(result.value.filePath)), ctx.recovery.discard(recoveryIdFor(null))]);
    await remember(result.value.filePath, result.value.displayName);
    return result;
  }

  return {
    async openDialog() {
      const choice = await ctx.dialogs.showOpenDialog({ title: 'Open project', filters: PROJECT_FILTERS, properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return ok(null);
      return opened(await ctx.files.openPath(filePath));
    },

    async openPath({ filePath }) {
      // The page names files only from the recent list or a drop; it gets no way to read other kinds of file.
      if (!/\.json$/i.test(filePath)) return { ok: false, error: { code: 'forbidden', message: 'Decamp opens only project files (.decamp.json).' } };
      return opened(await ctx.files.openPath(filePath));
    },

    async openSample({ sampleId }) {
      return ctx.files.openSample(sampleId);
    },

    async save(request) {
      return saved(await ctx.files.save(request));
    },

    async saveAs({ project, suggestedName }) {
      const choice = await ctx.dialogs.showSaveDialog({
        title: 'Save project',
        defaultPath: join(ctx.documentsFolder, withProjectExtension(suggestedName.trim() || 'plan')),
        filters: PROJECT_FILTERS,
      });
      if (choice.canceled || !choice.filePath) return ok(null);
      return saved(await ctx.files.saveTo(withProjectExtension(choice.filePath), project));
    },

    async recentFiles() {
      return ok(await ctx.recent.list());
    },

    async autosave(request) {
      return ok(await ctx.recovery.write(request));
    },

    async listRecovery() {
      return ok(await ctx.recovery.list());
    },

    async recover({ id }) {
      return ctx.recovery.recover(id, currentDiskVersion);
    },

    async discardRecovery({ id }) {
      await ctx.recovery.discard(id);
      return ok(true as const);
    },

    async setDocumentState(state) {
      ctx.onDocumentState(state);
      return ok(true as const);
    },

    async getSettings() {
      return ok(await ctx.settings.get());
    },

    async setSettings(change) {
      const next = await ctx.settings.update(change);
      ctx.onSettingsChanged(next);
      return ok(next);
    },

    async openExternal({ url }) {
      if (!isSafeExternalUrl(url)) return { ok: false, error: { code: 'forbidden', message: 'Only https links open outside Decamp.' } };
      await ctx.openExternal(url);
      return ok(true as const);
    },

    async importDialog({ folder }) {
      const choice = await ctx.dialogs.showOpenDialog({
        title: folder ? 'Import a folder' : 'Import files',
        filters: folder ? [] : IMPORT_FILTERS,
        properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
      });
      if (choice.canceled || choice.filePaths.length === 0) return ok(null);
      // Only what the user chose in this dialog is read; sizes are checked before anything is read whole.
      const read = await readImportInputs(choice.filePaths, ctx.documentsFolder);
      if (!read.ok) return { ok: false, error: { code: /MB;/.test(read.message) ? 'too-large' : 'io', message: read.message } };
      // Names inside a folder stay relative to it (module sources resolve); a chosen file is named by its base name only.
      return ok(read.inputs.map((i) => ({ name: folder ? i.name : basename(i.name), bytes: i.bytes })));
    },

    async printToPdf(request) {
      return printToPdf({ showSaveDialog: (o) => ctx.dialogs.showSaveDialog(o), renderPdf: ctx.renderPdf, defaultFolder: ctx.documentsFolder }, request);
    },

    async saveExport(request) {
      return saveExport({ showSaveDialog: (o) => ctx.dialogs.showSaveDialog(o), defaultFolder: ctx.documentsFolder }, request);
    },
  };
}
