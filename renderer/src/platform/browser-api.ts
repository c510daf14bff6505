/**
 * DesktopApi for a plain browser (the web build and the end-to-end tests): open through a file
 * picker or a dropped file; save through the browser's save dialog where it has the File System
 * Access API, else as a download that is never called saved (file-access.ts); recent files and
 * autosave in IndexedDB, each keyed by the file (its handle, or a key of its own), never by a bare
 * name; settings in localStorage; PDF through the print dialog. Same contract as Electron's preload.
 */
import { isAllowedExternalUrl } from '../../../shared/external-links';
import { loadProject, serializeProject } from '../../../shared/model';
import type {
  DesktopApi,
  DesktopEvents,
  IpcError,
  IpcResult,
  OpenedDocument,
  RecentFile,
  RecoveryEntry,
  SampleId,
  SavedDocument,
  Settings,
} from '../../../shared/ipc';
import { type ExportFormat, FORMAT_INFO } from '../../../shared/export/formats';
import { chooseSaveFile, fileText, mayUse, newFileKey, type ProjectFileHandle, saveFilePicker, writeProjectFile } from './file-access';
import { downloadText, fingerprint, MAX_FILE_BYTES, pickFile, pickFiles, projectFileName } from './file-pickers';
import { isProjectFile, readImportFiles } from './import-files';
import { idbAll, idbClear, idbDelete, idbGet, idbPut } from './idb';

const SETTINGS_KEY = 'decamp.settings';
const DEFAULT_SETTINGS: Settings = { theme: 'system', locale: 'system', firstRunDone: false };
const MAX_RECENT = 10;

/**
 * A recent file under its own key (`entry.filePath`). A file saved through the browser's save dialog keeps its handle, and
 * reopening reads the file itself; one opened through the file input has no handle, so its text is kept to reopen it.
 */
interface StoredFile {
  readonly entry: RecentFile;
  readonly handle?: ProjectFileHandle;
  readonly text?: string;
}
interface StoredRecovery {
  readonly entry: RecoveryEntry;
  readonly text: string;
  /** The file's version the copy was based on: saving the recovered work over a file changed since still asks first. */
  readonly diskVersion?: string | null;
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
const fail = <T>(code: IpcError['code'], message: string, extra: Partial<IpcError> = {}): IpcResult<T> => ({ ok: false, error: { code, message, ...extra } });

function parseDocument(text: string, name: string, key: string): IpcResult<OpenedDocument> {
  const loaded = loadProject(text, name);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    const code = first && /newer/i.test(first.message) ? 'newer-format' : 'invalid-project';
    return fail(code, `${name} is not a valid Decamp project`, { loadErrors: loaded.errors });
  }
  return ok({ project: loaded.project, filePath: key, displayName: name, diskVersion: fingerprint(text), ...(loaded.warnings.length > 0 ? { loadWarnings: loaded.warnings } : {}) });
}

/** A file from the file input or a drop: no handle, so it is known by its name and content (the same file opened twice is one entry). */
async function readFile(file: File): Promise<IpcResult<OpenedDocument>> {
  if (file.size > MAX_FILE_BYTES) return fail('too-large', `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const text = await fileText(file);
  const version = fingerprint(text);
  const known = (await storedFiles()).find((s) => !s.handle && s.entry.displayName === file.name && s.text !== undefined && fingerprint(s.text) === version);
  const key = known?.entry.filePath ?? newFileKey();
  const result = parseDocument(text, file.name, key);
  if (result.ok) await remember({ entry: { filePath: key, displayName: file.name, openedAt: new Date().toISOString() }, text });
  return result;
}

const storedFiles = () => idbAll<StoredFile>('recent').catch((): StoredFile[] => []);


async function remember(file: StoredFile): Promise<void> {
  try {
    await idbPut('recent', file.entry.filePath, file);
    const all = await idbAll<StoredFile>('recent');
    const stale = all.sort((a, b) => b.entry.openedAt.localeCompare(a.entry.openedAt)).slice(MAX_RECENT);
    await Promise.all(stale.map((s) => idbDelete('recent', s.entry.filePath)));
  } catch {
    // Recent files are a convenience: a browser without IndexedDB still opens and saves.
  }
}

function readSettings(): Settings {
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    const s = (parsed ?? {}) as Partial<Settings>;
    return {
      theme: s.theme === 'light' || s.theme === 'dark' || s.theme === 'system' ? s.theme : DEFAULT_SETTINGS.theme,
      locale: s.locale === 'en' || s.locale === 'zh-CN' || s.locale === 'system' ? s.locale : DEFAULT_SETTINGS.locale,
      firstRunDone: s.firstRunDone === true,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

type Listener = (payload: never) => void;

/** Build the browser's DesktopApi. `win` is injectable for tests. */
export function createBrowserApi(win: Window = window): DesktopApi {
  const listeners = new Map<keyof DesktopEvents, Set<Listener>>();
  const emit = <E extends keyof DesktopEvents>(event: E, payload: DesktopEvents[E]) => {
    for (const l of listeners.get(event) ?? []) (l as (p: DesktopEvents[E]) => void)(payload);
  };
  let dirty = false;
  const picker = saveFilePicker(win);
  /** Handles of the files saved this session, by key (also in IndexedDB, for the next session). */
  const handles = new Map<string, ProjectFileHandle>();
  const handleFor = async (key: string) => handles.get(key) ?? (await idbGet<StoredFile>('recent', key).catch(() => undefined))?.handle;
  /** The key of a file the user chose in the save dialog: the one it had if this browser knows it already. */
  const keyForHandle = async (handle: ProjectFileHandle) => {
    for (const [key, known] of handles) if (await known.isSameEntry(handle).catch(() => false)) return key;
    for (const s of await storedFiles()) if (s.handle && (await s.handle.isSameEntry(handle).catch(() => false))) return s.entry.filePath;
    return newFileKey();
  };
  const writeTo = async (key: string, handle: ProjectFileHandle, text: string, diskVersion: string | null, overwriteChanged: boolean): Promise<IpcResult<SavedDocument>> => {
    const written = await writeProjectFile(handle, text, diskVersion, overwriteChanged);
    if (!written.ok) return written;
    handles.set(key, handle);
    await remember({ entry: { filePath: key, displayName: handle.name, openedAt: new Date().toISOString() }, handle });
    return ok({ filePath: key, displayName: handle.name, diskVersion: written.value });
  };
  /** No File System Access API: a download, which the page cannot see kept or cancelled, so it is not reported as a save. */
  const offerDownload = (suggestedName: string, text: string): IpcResult<SavedDocument> => {
    const name = projectFileName(suggestedName);
    downloadText(name, text);
    return ok({ filePath: name, displayName: name, diskVersion: fingerprint(text), offeredAsDownload: true });
  };
  const saveAs = async (project: OpenedDocument['project'], suggestedName: string): Promise<IpcResult<SavedDocument | null>> => {
    const text = serializeProject(project);
    if (!picker) return offerDownload(suggestedName, text);
    const handle = await chooseSaveFile(picker, projectFileName(suggestedName));
    if (!handle) return ok(null);
    return writeTo(await keyForHandle(handle), handle, text, null, true);
  };

  // A project file dropped on the page opens like one the OS hands to the desktop app.
  win.addEventListener('dragover', (e) => e.preventDefault());
  // Anything else dropped (an inventory, a state, manifests) is offered for import.
  win.addEventListener('drop', (e) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    const file = files[0];
    if (!file) return;
    e.preventDefault();
    void isProjectFile(file).then(async (project) => {
      if (!project) {
        const read = await readImportFiles(files);
        return read.ok ? emit('importFiles', read.value) : emit('openFailed', read.error);
      }
      const r = await readFile(file);
      return r.ok ? emit('openDocument', r.value) : emit('openFailed', r.error);
    }).catch((error: unknown) => emit('openFailed', { code: 'io', message: error instanceof Error ? error.message : `could not read ${file.name}` }));
  });
  win.addEventListener('beforeunload', (e) => {
    if (dirty) e.preventDefault();
  });

  const handlers: { [K in Parameters<DesktopApi['invoke']>[0]]: (req: never) => Promise<IpcResult<unknown>> } = {
    async openDialog() {
      const file = await pickFile('.json,application/json');
      return file ? readFile(file) : ok(null);
    },
    async openPath(req: { filePath: string }) {
      const stored = await idbGet<StoredFile>('recent', req.filePath).catch(() => undefined);
      if (!stored) return fail('not-found', 'That file is not among the recent files of this browser.');
      if (stored.handle) {
        if (!(await mayUse(stored.handle, 'read'))) return fail('forbidden', `The browser did not allow Decamp to read ${stored.entry.displayName}.`);
        const file = await stored.handle.getFile();
        if (file.size > MAX_FILE_BYTES) return fail('too-large', `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
        handles.set(req.filePath, stored.handle);
        return parseDocument(await fileText(file), stored.handle.name, req.filePath);
      }
      return parseDocument(stored.text ?? '', stored.entry.displayName, req.filePath);
    },
    async openSample(req: { sampleId: SampleId }) {
      // The samples are a few hundred kB of JSON: load them only when one is asked for.
      const { loadSample } = await import('../../../shared/samples');
      const project = loadSample(req.sampleId);
      return ok({ project, filePath: null, displayName: project.project.name, diskVersion: null } satisfies OpenedDocument);
    },
    async save(req: { project: OpenedDocument['project']; filePath: string; diskVersion: string | null; overwriteChanged: boolean }) {
      const handle = await handleFor(req.filePath);
      if (handle) return writeTo(req.filePath, handle, serializeProject(req.project), req.diskVersion, req.overwriteChanged);
      // Opened from the file input or a drop: the page may not write that file, so the user chooses where (once; later saves reuse it).
      const stored = await idbGet<StoredFile>('recent', req.filePath).catch(() => undefined);
      const saved = await saveAs(req.project, stored?.entry.displayName ?? req.filePath);
      return saved.ok && saved.value === null ? fail('cancelled', 'The save was cancelled.') : saved;
    },
    async saveAs(req: { project: OpenedDocument['project']; suggestedName: string }) {
      return saveAs(req.project, req.suggestedName);
    },
    async recentFiles() {
      return ok((await storedFiles()).map((s) => s.entry).sort((a, b) => b.openedAt.localeCompare(a.openedAt)));
    },
    async clearLocalCopies() {
      handles.clear();
      await Promise.all([idbClear('recent'), idbClear('recovery')]);
      return ok(true);
    },
    async autosave(req: { project: OpenedDocument['project']; filePath: string | null; diskVersion: string | null; displayName: string }) {
      const id = req.filePath ?? 'untitled';
      const entry: RecoveryEntry = { id, displayName: req.displayName, filePath: req.filePath, savedAt: new Date().toISOString() };
      try {
        await idbPut('recovery', id, { entry, text: serializeProject(req.project), diskVersion: req.diskVersion } satisfies StoredRecovery);
        return ok(entry);
      } catch (error) {
        return fail('io', error instanceof Error ? error.message : 'autosave failed');
      }
    },
    async listRecovery() {
      const all = await idbAll<StoredRecovery>('recovery').catch(() => []);
      return ok(all.map((r) => r.entry).sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    },
    async recover(req: { id: string }) {
      const stored = await idbGet<StoredRecovery>('recovery', req.id).catch(() => undefined);
      if (!stored) return fail('not-found', `no recovered copy '${req.id}'`);
      const parsed = parseDocument(stored.text, stored.entry.displayName, stored.entry.filePath ?? newFileKey());
      // A recovered copy is unsaved work; it keeps its file and the version it was based on.
      return parsed.ok ? ok({ ...parsed.value, filePath: stored.entry.filePath, diskVersion: stored.diskVersion ?? null }) : parsed;
    },
    async discardRecovery(req: { id: string }) {
      await idbDelete('recovery', req.id).catch(() => undefined);
      return ok(true);
    },
    async setDocumentState(req: { displayName: string; dirty: boolean }) {
      dirty = req.dirty;
      win.document.title = `${req.dirty ? '• ' : ''}${req.displayName} — Decamp`;
      return ok(true);
    },
    async getSettings() {
      return ok(readSettings());
    },
    async setSettings(req: Partial<Settings>) {
      const next: Settings = { ...readSettings(), ...Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined)) };
      try {
        localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
      } catch {
        // Private windows may refuse storage; the settings still apply for this session.
      }
      return ok(next);
    },
    async openExternal(req: { url: string }) {
      if (!isAllowedExternalUrl(req.url, (u) => new URL(u))) return fail('forbidden', "Decamp opens links only to the cloud providers' documentation it cites.");
      win.open(req.url, '_blank', 'noopener,noreferrer');
      return ok(true);
    },
    async importDialog(req: { folder: boolean }) {
      const files = await pickFiles('.csv,.tsv,.txt,.xlsx,.json,.tfstate,.tf,.yaml,.yml,.backup', req.folder);
      if (files.length === 0) return ok(null);
      return readImportFiles(files);
    },
    async printToPdf(req: { suggestedName: string; html: string }) {
      // The report page, printed from a frame of its own: the browser's dialog offers Save as PDF.
      const frame = win.document.createElement('iframe');
      frame.setAttribute('aria-hidden', 'true');
      frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
      frame.srcdoc = req.html;
      await new Promise<void>((resolve) => {
        frame.onload = () => resolve();
        win.document.body.append(frame);
      });
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 60_000);
      return ok(null);
    },
    async saveExport(req: { suggestedName: string; format: Exclude<ExportFormat, 'pdf'>; files: readonly { suffix: string; data: string | Uint8Array }[] }) {
      // A download per file; the browser asks where (or uses its downloads folder).
      const base = req.suggestedName.replace(/\.decamp\.json$/i, '').replace(/[<>:"/\\|?*\u0000-\u001f]/g, '').trim() || 'plan';
      const saved = req.files.map((f) => {
        const name = `${base}${f.suffix}`;
        downloadText(name, f.data, FORMAT_INFO[req.format].mediaType);
        return { filePath: name, displayName: name, diskVersion: fingerprint(typeof f.data === 'string' ? f.data : String(f.data.byteLength)) };
      });
      return ok(saved);
    },
  };

  return {
    platform: 'browser',
    invoke(operation, request) {
      const handler = handlers[operation] as (req: typeof request) => Promise<IpcResult<never>>;
      return handler(request).catch((error: unknown) => fail('io', error instanceof Error ? error.message : String(error)));
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
    respondToClose() {
      // The browser asks through beforeunload; there is nothing to answer.
    },
  };
}
