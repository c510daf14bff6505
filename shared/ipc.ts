/**
 * The one contract between the renderer and the platform (Electron main, or the browser).
 * Every operation has a zod schema for its request; main validates every payload with it and
 * answers `{ ok: true, value } | { ok: false, error }`, never throwing across the bridge.
 * The preload object and the browser implementation both `satisfies DesktopApi`.
 */
import { z } from 'zod';
import { EXPORT_FORMATS } from './export/formats';
import { type LoadError } from './model/load';
import { type Project, ProjectShapeSchema } from './model/schema';

/** Why an operation failed, in words a user can act on, with located errors for bad files. */
export interface IpcError {
  readonly code:
    | 'cancelled'
    | 'invalid-request'
    | 'forbidden'
    | 'not-found'
    | 'too-large'
    | 'not-json'
    | 'newer-format'
    | 'invalid-project'
    | 'changed-on-disk'
    | 'io'
    | 'unsupported';
  readonly message: string;
  readonly loadErrors?: readonly LoadError[];
}

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** A project as opened: where it came from and the disk state it was read at (for changed-on-disk checks). */
export interface OpenedDocument {
  readonly project: Project;
  /** Absolute path in Electron; a display name in the browser; null for a sample or a new project. */
  readonly filePath: string | null;
  readonly displayName: string;
  /** Fingerprint of the file as read (size + mtime + hash); sent back on save to detect outside changes. */
  readonly diskVersion: string | null;
  /** What the loader noticed but did not refuse (a key given twice), located; absent when there is nothing. */
  readonly loadWarnings?: readonly LoadError[];
}

export interface SavedDocument {
  readonly filePath: string;
  readonly displayName: string;
  readonly diskVersion: string;
  /**
   * The browser build offered the file as a download (a browser without the File System Access API): the page cannot know
   * whether the user kept or cancelled it, so the document is not marked saved and its recovery copy stays.
   */
  readonly offeredAsDownload?: true;
}

export interface RecentFile {
  readonly filePath: string;
  readonly displayName: string;
  readonly openedAt: string;
}

export interface RecoveryEntry {
  readonly id: string;
  readonly displayName: string;
  readonly filePath: string | null;
  readonly savedAt: string;
}

export const SAMPLE_IDS = ['online-shop', 'ecommerce-iot', 'large-estate'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  readonly theme: Theme;
  readonly locale: 'en' | 'zh-CN' | 'system';
  readonly firstRunDone: boolean;
}

/** Commands the native menu (or a keyboard shortcut in the browser) sends to the page. */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.import',
  'file.export',
  'file.printPdf',
  'edit.undo',
  'edit.redo',
  'view.summary',
  'view.inventory',
  'view.assumptions',
  'view.issues',
  'view.map',
  'view.waves',
  'view.timeline',
  'view.risks',
  'view.outage',
  'view.compare',
  'view.theme.light',
  'view.theme.dark',
  'view.theme.system',
  'view.locale.en',
  'view.locale.zh-CN',
  'help.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

const pathSchema = z.string().min(1).max(4096);
/** No export of a real plan comes near this; it bounds what the page can make main write. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
const diskVersionSchema = z.string().max(200).nullable();

/** Request schemas, one per operation. Main parses every payload with these. */
export const IPC_REQUESTS = {
  openDialog: z.strictObject({}),
  openPath: z.strictObject({ filePath: pathSchema }),
  openSample: z.strictObject({ sampleId: z.enum(SAMPLE_IDS) }),
  /**
   * Save over the open document's file. Main writes `filePath` only if the user chose it this run (an Open or Save dialog,
   * the OS, the recent list): the grant main keeps, see docs/security.md. Anything else is refused as `forbidden`.
   */
  save: z.strictObject({
    project: ProjectShapeSchema,
    filePath: pathSchema,
    diskVersion: diskVersionSchema,
    /** Save even though the file changed on disk since it was opened (the user chose to). */
    overwriteChanged: z.boolean(),
  }),
  saveAs: z.strictObject({ project: ProjectShapeSchema, suggestedName: z.string().max(255) }),
  recentFiles: z.strictObject({}),
  /** Forget the recent files and delete every recovery copy (the browser build keeps them as full copies in IndexedDB). */
  clearLocalCopies: z.strictObject({}),
  /** A recovery copy, written only into main's recovery folder; `filePath` must be granted, `diskVersion` is the version it was based on. */
  autosave: z.strictObject({ project: ProjectShapeSchema, filePath: pathSchema.nullable(), diskVersion: diskVersionSchema, displayName: z.string().max(255) }),
  listRecovery: z.strictObject({}),
  recover: z.strictObject({ id: z.string().min(1).max(200) }),
  discardRecovery: z.strictObject({ id: z.string().min(1).max(200) }),
  setDocumentState: z.strictObject({ displayName: z.string().max(255), dirty: z.boolean() }),
  getSettings: z.strictObject({}),
  setSettings: z.strictObject({ theme: z.enum(THEMES).optional(), locale: z.enum(['en', 'zh-CN', 'system']).optional(), firstRunDone: z.boolean().optional() }),
  openExternal: z.strictObject({ url: z.string().url().max(2048) }),
  /** The report page (built by shared/export in the page) printed to PDF by main, saved where the user chooses. */
  printToPdf: z.strictObject({ suggestedName: z.string().max(255), html: z.string().max(MAX_EXPORT_BYTES), paper: z.enum(['a4', 'letter']) }),
  /** An export's files, saved where the user chooses in main's save dialog (the page never names a path). */
  saveExport: z.strictObject({
    suggestedName: z.string().max(255),
    format: z.enum(EXPORT_FORMATS).exclude(['pdf']),
    files: z
      .array(z.strictObject({ suffix: z.string().regex(/^[-.A-Za-z0-9]{1,80}$/), data: z.union([z.string().max(MAX_EXPORT_BYTES), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'is too large')]) }))
      .min(1)
      .max(100),
  }),
  /**
   * Files to import, chosen in main's open dialog (several files, or one folder whose importable
   * files are read); main reads them and hands back the bytes. The page never names a path.
   */
  importDialog: z.strictObject({ folder: z.boolean() }),
} as const;

export type IpcOperation = keyof typeof IPC_REQUESTS;
export type IpcRequest<K extends IpcOperation> = z.input<(typeof IPC_REQUESTS)[K]>;

/** What each operation answers. `null` means the user cancelled a dialog. */
export interface IpcResponses {
  openDialog: OpenedDocument | null;
  openPath: OpenedDocument;
  openSample: OpenedDocument;
  save: SavedDocument;
  saveAs: SavedDocument | null;
  recentFiles: RecentFile[];
  clearLocalCopies: true;
  autosave: RecoveryEntry;
  listRecovery: RecoveryEntry[];
  recover: OpenedDocument;
  discardRecovery: true;
  setDocumentState: true;
  getSettings: Settings;
  setSettings: Settings;
  openExternal: true;
  printToPdf: SavedDocument | null;
  /** Every file written, the chosen one first; null when the user cancelled. */
  saveExport: SavedDocument[] | null;
  /** The chosen files' names (relative inside a chosen folder) and bytes; null when the user cancelled. */
  importDialog: ImportFile[] | null;
}

/** A file handed to the page for import: a display name (never an absolute path) and its bytes. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Events the platform pushes to the page. */
export interface DesktopEvents {
  menuCommand: MenuCommand;
  /** A file the OS asked us to open (double-click, argv, open-file). */
  openDocument: OpenedDocument;
  /** Opening a file from the OS failed; the open document stays as it was. */
  openFailed: IpcError;
  /** The window is closing or the app quitting with unsaved changes: save first or discard. */
  closeRequested: { readonly quitting: boolean };
  /** Files dropped on the window that are not Decamp projects: the page offers to import them. */
  importFiles: readonly ImportFile[];
}

/** The platform as the renderer sees it: `window.decamp` in Electron, or the browser implementation. */
export type DesktopApi = {
  readonly platform: 'electron' | 'browser';
  invoke<K extends IpcOperation>(operation: K, request: IpcRequest<K>): Promise<IpcResult<IpcResponses[K]>>;
  on<E extends keyof DesktopEvents>(event: E, listener: (payload: DesktopEvents[E]) => void): () => void;
  /** Answer a closeRequested event: 'close' closes (after the page saved or discarded), 'cancel' keeps the window. */
  respondToClose(decision: 'close' | 'cancel'): void;
};

export const IPC_CHANNEL_PREFIX = 'decamp:';
export const ipcChannel = (operation: IpcOperation): string => `${IPC_CHANNEL_PREFIX}${operation}`;
export const eventChannel = (event: keyof DesktopEvents): string => `${IPC_CHANNEL_PREFIX}event:${event}`;
export const CLOSE_RESPONSE_CHANNEL = `${IPC_CHANNEL_PREFIX}close-response`;
/** The preload's own message (not the page's): the path of a file dropped on the window, read from the real File. */
export const FILE_DROP_CHANNEL = `${IPC_CHANNEL_PREFIX}file-dropped`;
