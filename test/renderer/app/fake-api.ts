/** An in-memory DesktopApi for shell specs: records calls, answers like the platform would. */
import type { DesktopApi, DesktopEvents, IpcResponses, IpcResult, OpenedDocument, RecoveryEntry, SavedDocument, Settings } from '../../../shared/ipc';
import { loadSample } from '../../../shared/samples';

export interface FakeApi extends DesktopApi {
  readonly calls: { operation: string; request: unknown }[];
  settings: Settings;
  nextOpen: IpcResult<OpenedDocument | null>;
  /** What Save As answers: by default /tmp/x.decamp.json; `{ ok: true, value: null }` is a cancelled dialog. */
  nextSaveAs: IpcResult<SavedDocument | null>;
  /** What listRecovery lists and recover opens, by id. */
  recovery: Map<string, { entry: RecoveryEntry; opened: OpenedDocument }>;
  /** What openPath opens, by path. */
  files: Map<string, OpenedDocument>;
  /** What the import dialog hands back; null is a cancelled dialog. */
  nextImport: IpcResult<IpcResponses['importDialog']>;
  emit<E extends keyof DesktopEvents>(event: E, payload: DesktopEvents[E]): void;
}

export function createFakeApi(platform: 'browser' | 'electron' = 'browser'): FakeApi {
  const listeners = new Map<string, Set<(p: never) => void>>();
  const api: FakeApi = {
    platform,
    calls: [],
    settings: { theme: 'system', locale: 'en', firstRunDone: false },
    nextOpen: { ok: true, value: null },
    nextSaveAs: { ok: true, value: { filePath: '/tmp/x.decamp.json', displayName: 'x.decamp.json', diskVersion: 'v1' } },
    recovery: new Map(),
    files: new Map(),
    nextImport: { ok: true, value: null },
    async invoke(operation, request) {
      api.calls.push({ operation, request });
      const ok = <T>(value: T) => ({ ok: true as const, value });
      const answers: { [K in keyof IpcResponses]?: () => IpcResult<IpcResponses[K]> } = {
        getSettings: () => ok(api.settings),
        setSettings: () => {
          api.settings = { ...api.settings, ...(request as Partial<Settings>) };
          return ok(api.settings);
        },
        listRecovery: () => ok([...api.recovery.values()].map((r) => r.entry)),
        recover: () => {
          const found = api.recovery.get((request as { id: string }).id);
          return found ? ok(found.opened) : { ok: false, error: { code: 'not-found', message: 'no such copy' } };
        },
        recentFiles: () => ok([]),
        openPath: () => {
          const found = api.files.get((request as { filePath: string }).filePath);
          return found ? ok(found) : { ok: false, error: { code: 'not-found', message: 'no such file' } };
        },
        openSample: () => {
          const project = loadSample((request as { sampleId: 'online-shop' }).sampleId);
          return ok({ project, filePath: null, displayName: project.project.name, diskVersion: null });
        },
        openDialog: () => api.nextOpen,
        saveAs: () => api.nextSaveAs,
        save: () => ok({ filePath: '/tmp/x.decamp.json', displayName: 'x.decamp.json', diskVersion: 'v2' }),
        setDocumentState: () => ok(true as const),
        autosave: () => ok({ id: 'r1', displayName: 'x', filePath: null, savedAt: '2027-01-01T00:00:00Z' }),
        discardRecovery: () => {
          api.recovery.delete((request as { id: string }).id);
          return ok(true as const);
        },
        printToPdf: () => ok(null),
        saveExport: () => ok(null),
        importDialog: () => api.nextImport,
      };
      const answer = answers[operation];
      return (answer ? answer() : { ok: false, error: { code: 'unsupported', message: operation } }) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (p: never) => void);
    },
    respondToClose() {},
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) (l as (p: typeof payload) => void)(payload);
    },
  };
  return api;
}
