/**
 * DesktopApi for a plain browser (the web build and the end-to-end tests): open through a file
 * picker or a dropped file, save as a download, recent files and autosave in IndexedDB, settings
 * in localStorage, PDF through the print dialog. Same contract as Electron's preload.
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
import { downloadText, fingerprint, MAX_FILE_BYTES, pickFile, pickFiles, projectFileName } from './file-pickers';
import { isProjectFile, readImportFiles } from './import-files';
import { idbAll, idbDelete, idbGet, idbPut } from './idb';

const SETTINGS_KEY = 'decamp.settings';
const DEFAULT_SETTINGS: Settings = { theme: 'system', locale: 'system', firstRunDone: false };
const MAX_RECENT = 10;

interface StoredFile {
  readonly entry: RecentFile;
  readonly text: string;
}
interface StoredRecovery {
  readonly entry: RecoveryEntry;
  readonly text: string;
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
const fail = <T>(code: IpcError['code'], message: string, extra: Partial<IpcError> = {}): IpcResult<T> => ({ ok: false, error: { code, message, ...extra } });

function parseDocument(text: string, name: string): IpcResult<OpenedDocument> {
  const loaded = loadProject(text, name);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    const code = first && /newer/i.test(first.message) ? 'newer-format' : 'invalid-project';
    return fail(code, `${name} is not a valid Decamp project`, { loadErrors: loaded.errors });
  }
  return ok({ project: loaded.project, filePath: name, displayName: name, diskVersion: fingerprint(text) });
}

async function readFile(file: File): Promise<IpcResult<OpenedDocument>> {
  if (file.size > MAX_FILE_BYTES) return fail('too-large', `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const text = await readText(file);
  const result = parseDocument(text, file.name);
  if (result.ok) await remember(file.name, text);
  return result;
}

/** The file as text; FileReader where Blob.text is missing (older engines, jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

async function remember(name: string, text: string): Promise<void> {
  try {
    await idbPut('recent', name, { entry: { filePath: name, displayName: name, openedAt: new Date().toISOString() }, text } satisfies StoredFile);
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
      if (!stored) return fail('not-found', `${req.filePath} is not among the recent files of this browser`);
      return parseDocument(stored.text, stored.entry.displayName);
    },
    async openSample(req: { sampleId: SampleId }) {
      // The samples are a few hundred kB of JSON: load them only when one is asked for.
      const { loadSample } = await import('../../../shared/samples');
      const project = loadSample(req.sampleId);
      return ok({ project, filePath: null, displayName: project.project.name, diskVersion: null } satisfies OpenedDocument);
    },
    async save(req: { project: OpenedDocument['project']; filePath: string }) {
      const name = projectFileName(req.filePath);
      const text = serializeProject(req.project);
      downloadText(name, text);
      await remember(name, text);
      return ok({ filePath: name, displayName: name, diskVersion: fingerprint(text) } satisfies SavedDocument);
    },
    async saveAs(req: { project: OpenedDocument['project']; suggestedName: string }) {
      return handlers.save({ project: req.project, filePath: req.suggestedName } as never);
    },
    async recentFiles() {
      const all = await idbAll<StoredFile>('recent').catch(() => []);
      return ok(all.map((s) => s.entry).sort((a, b) => b.openedAt.localeCompare(a.openedAt)));
    },
    async autosave(req: { project: OpenedDocument['project']; filePath: string | null; displayName: string }) {
      const id = req.filePath ?? 'untitled';
      const entry: RecoveryEntry = { id, displayName: req.displayName, filePath: req.filePath, savedAt: new Date().toISOString() };
      try {
        await idbPut('recovery', id, { entry, text: serializeProject(req.project) } satisfies StoredRecovery);
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
      const parsed = parseDocument(stored.text, stored.entry.displayName);
      // A recovered copy is unsaved work: it keeps its name but has no disk version.
      return parsed.ok ? ok({ ...parsed.value, filePath: stored.entry.filePath, diskVersion: null }) : parsed;
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
