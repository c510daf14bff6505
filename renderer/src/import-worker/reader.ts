/**
 * Where the Import dialog's reading runs: a Web Worker started for the dialog, or this thread where
 * none can start (jsdom, a browser without module workers). `cancel` drops the reading in hand: the
 * worker is stopped at once, so closing the dialog on a file that takes seconds frees the machine too.
 */
import type { ImportFile } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import type { ImportRequest, ImportResponse, Inspection, ReadOptions, Reading } from './protocol';
import { inspectFiles, readFiles } from './reading';

export interface ImportReader {
  /** `formats`: per file, 'auto' or the format the user chose. */
  inspect(files: readonly ImportFile[], formats: readonly string[]): Promise<Inspection>;
  read(files: readonly ImportFile[], options: ReadOptions, project: Project): Promise<Reading>;
  /** Rejects what is in hand with ImportCancelled; the next call starts afresh. */
  cancel(): void;
}

/** A request before it gets its id (Omit over each member of the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** On this thread: the window waits for the reading, which is what the worker exists to avoid. */
export function createDirectReader(): ImportReader {
  let generation = 0;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    const mine = ++generation;
    const result = await work();
    if (mine !== generation) throw new ImportCancelled();
    return result;
  };
  return {
    inspect: (files, formats) => guarded(() => inspectFiles(files, formats)),
    read: (files, options, project) => guarded(() => readFiles(files, options, project)),
    cancel: () => void ++generation,
  };
}

export function createWorkerReader(makeWorker: () => Worker): ImportReader {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: ImportResponse) => void; reject: (e: Error) => void }>();

  const started = (): Worker => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<ImportResponse>) => {
      const entry = pending.get(event.data.id);
      pending.delete(event.data.id);
      entry?.resolve(event.data);
    };
    // A worker that fails to load or dies mid-read: every reading in hand fails with its message.
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      stop(new Error(event.message || 'the import worker stopped'));
    };
    return (worker = w);
  };

  const stop = (reason: Error) => {
    worker?.terminate();
    worker = null;
    for (const { reject } of pending.values()) reject(reason);
    pending.clear();
  };

  const ask = (request: Unnumbered<ImportRequest>): Promise<ImportResponse> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      started().postMessage({ ...request, id } as ImportRequest);
    });

  const answer = <T>(response: ImportResponse, pick: (r: ImportResponse) => T | undefined): T => {
    if (response.kind === 'failed') throw new Error(response.message);
    const value = pick(response);
    if (value === undefined) throw new Error(`unexpected import worker answer: ${response.kind}`);
    return value;
  };

  return {
    inspect: async (files, formats) => answer(await ask({ kind: 'inspect', files, formats }), (r) => (r.kind === 'inspect' ? r.inspection : undefined)),
    read: async (files, options, project) => answer(await ask({ kind: 'read', files, options, project }), (r) => (r.kind === 'read' ? r.reading : undefined)),
    cancel: () => stop(new ImportCancelled()),
  };
}

/** A worker where one can start, this thread otherwise. */
export function createDefaultReader(): ImportReader {
  if (typeof Worker === 'undefined') return createDirectReader();
  try {
    return createWorkerReader(() => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return createDirectReader();
  }
}
