/** An in-memory DesktopApi for shell specs: records calls, answers like the platform would. */
import type { DesktopApi, DesktopEvents, IpcResponses, IpcResult, OpenedDocument, Settings } from '../../../shared/ipc';
import { loadSample } from '../../../shared/samples';

export interface FakeApi extends DesktopApi {
  readonly calls: { operation: string; request: unknown }[];
  settings: Settings;
  nextOpen: IpcResult<OpenedDocument | null>;
  emit<E extends keyof DesktopEvents>(event: E, payload: DesktopEvents[E]): void;
}

export function createFakeApi(platform: 'browser' | 'electron' = 'browser'): FakeApi {
  const listeners = new Map<string, Set<(p: never) => void>>();
  const api: FakeApi = {
    platform,
    calls: [],
    settings: { theme: 'system', locale: 'en', firstRunDone: false },
    nextOpen: { ok: true, value: null },
    async invoke(operation, request) {
      api.calls.push({ operation, request });
      const ok = <T>(value: T) => ({ ok: true as const, value });
      const answers: { [K in keyof IpcResponses]?: () => IpcResult<IpcResponses[K]> } = {
        getSettings: () => ok(api.settings),
        setSettings: () => {
          api.settings = { ...api.settings, ...(request as Partial<Settings>) };
          return ok(api.settings);
        },
        listRecovery: () => ok([]),
        recentFiles: () => ok([]),
        openSample: () => {
          const project = loadSample((request as { sampleId: 'online-shop' }).sampleId);
          return ok({ project, filePath: null, displayName: project.project.name, diskVersion: null });
        },
        openDialog: () => api.nextOpen,
        saveAs: () => ok({ filePath: '/tmp/x.decamp.json', displayName: 'x.decamp.json', diskVersion: 'v1' }),
        save: () => ok({ filePath: '/tmp/x.decamp.json', displayName: 'x.decamp.json', diskVersion: 'v2' }),
        setDocumentState: () => ok(true as const),
        autosave: () => ok({ id: 'r1', displayName: 'x', filePath: null, savedAt: '2027-01-01T00:00:00Z' }),
        discardRecovery: () => ok(true as const),
        printToPdf: () => ok(null),
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
