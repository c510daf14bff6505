/**
 * The IPC handler map: each operation of the contract implemented over the services, with the
 * dialogs, shell and window passed in. Recent files, recovery entries and the menu follow from
 * what the handlers do (a save clears its recovery entry; an open adds a recent file).
 */
import { basename, join } from 'node:path';
import { readImportInputs } from '../cli/import-files';
import type { IpcError, IpcResult, OpenedDocument, RecentFile, SavedDocument, Settings } from '../../shared/ipc';
import type { FileGrants } from '../services/file-grants';
import type { FileService } from '../services/file-service';
import { withProjectExtension } from '../services/file-service';
import { type RecentFilesStore, samePath } from '../services/recent-files';
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
  /** The files the user chose this run; `save` and `autosave` write nothing else (docs/security.md). */
  readonly grants: FileGrants;
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

const NOT_GRANTED = 'Decamp saves only to files you chose in an Open or Save dialog or opened with Decamp; use Save As to choose where.';

/** Filters for project files. Dialog filters cannot express `.decamp.json`, so they offer .json. */
export const PROJECT_FILTERS = [{ name: 'Decamp project', extensions: ['json'] }];

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
const forbidden = (message: string): { ok: false; error: IpcError } => ({ ok: false, error: { code: 'forbidden', message } });

async function remember(ctx: AppHandlerContext, filePath: string, displayName: string): Promise<void> {
  ctx.onRecentFilesChanged(await ctx.recent.add({ filePath, displayName, openedAt: ctx.now().toISOString() }));
}

/** An opened file is one the user chose: grant it and put it first in Open Recent. */
async function opened(ctx: AppHandlerContext, result: IpcResult<OpenedDocument>): Promise<IpcResult<OpenedDocument>> {
  if (result.ok && result.value.filePath) {
    ctx.grants.grant(result.value.filePath);
    await remember(ctx, result.value.filePath, result.value.displayName);
  }
  return result;
}

/** Open a file the OS handed over (double-click, argv, macOS open-file, the native Open Recent menu): a user's choice, so granted. */
export function createOsOpener(ctx: AppHandlerContext): (filePath: string) => Promise<IpcResult<OpenedDocument>> {
  return async (filePath) => opened(ctx, await ctx.files.openPath(filePath));
}

export function createAppHandlers(ctx: AppHandlerContext): IpcHandlers {

  /** After a save: the file is the safe copy now, so its recovery entries (and the untitled one it came from) go. */
  async function saved(result: IpcResult<SavedDocument>): Promise<IpcResult<SavedDocument>> {
    if (!result.ok) return result;
    await Promise.all([ctx.recovery.discard(recoveryIdFor(result.value.filePath)), ctx.recovery.discard(recoveryIdFor(null))]);
    ctx.grants.grant(result.value.filePath);
    await remember(ctx, result.value.filePath, result.value.displayName);
    return result;
  }

  return {
    async openDialog() {
      const choice = await ctx.dialogs.showOpenDialog({ title: 'Open project', filters: PROJECT_FILTERS, properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return ok(null);
      return opened(ctx, await ctx.files.openPath(filePath));
    },

    async openPath({ filePath }) {
      // The page names a file only from the recent list main keeps (itself filled only from the user's choices); any other
      // path would let the page read files, and, once opened, write them.
      if (!/\.json$/i.test(filePath)) return forbidden('Decamp opens only project files (.decamp.json).');
      const recent = await ctx.recent.list();
      if (!recent.some((f) => samePath(f.filePath, filePath))) return forbidden('Decamp reopens only files from its recent list; use File > Open for another file.');
      return opened(ctx, await ctx.files.openPath(filePath));
    },

    async openSample({ sampleId }) {
      return ctx.files.openSample(sampleId);
    },

    async save(request) {
      if (!ctx.grants.isGranted(request.filePath)) return forbidden(NOT_GRANTED);
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

    async clearLocalCopies() {
      for (const f of await ctx.recent.list()) await ctx.recent.remove(f.filePath);
      ctx.onRecentFilesChanged([]);
      for (const r of await ctx.recovery.list()) await ctx.recovery.discard(r.id);
      return ok(true as const);
    },

    async autosave(request) {
      // A recovery copy names the file it belongs to, and recovering it grants that file: only a granted one may be named.
      if (request.filePath !== null && !ctx.grants.isGranted(request.filePath)) return forbidden(NOT_GRANTED);
      return ok(await ctx.recovery.write(request));
    },

    async listRecovery() {
      return ok(await ctx.recovery.list());
    },

    async recover({ id }) {
      // The copy's file was granted when main wrote the copy; it keeps the disk version it was based on, so saving over a file
      // changed since still asks first.
      const result = await ctx.recovery.recover(id);
      if (result.ok && result.value.filePath) ctx.grants.grant(result.value.filePath);
      return result;
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
      if (!isSafeExternalUrl(url)) return forbidden('Decamp opens links only to the cloud providers\' documentation it cites.');
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
