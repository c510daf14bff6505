/**
 * Starts an export in a worker (a fresh one per export, ended when it is done or cancelled) or,
 * where workers are missing, on the main thread. Cancel ends the worker at once.
 */
import { runExportJob, type ExportJob, type ExportOutput, type ExportStep } from './export-job';

export interface RunningExport {
  readonly done: Promise<ExportOutput>;
  cancel(): void;
}

export class ExportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function startExport(job: ExportJob, onStep: (step: ExportStep) => void): RunningExport {
  let worker: Worker | null = null;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) {
    let cancelled = false;
    const done = (async () => {
      // Let the dialog paint its progress before the main thread is busy.
      await new Promise((r) => setTimeout(r, 0));
      const output = await runExportJob(job, (step) => {
        if (!cancelled) onStep(step);
      });
      if (cancelled) throw new ExportCancelled();
      return output;
    })();
    return { done, cancel: () => (cancelled = true) };
  }
  const w = worker;
  let reject: (e: Error) => void = () => undefined;
  const done = new Promise<ExportOutput>((resolve, rej) => {
    reject = rej;
    w.onmessage = (event: MessageEvent<{ kind: 'step'; step: ExportStep } | { kind: 'done'; output: ExportOutput } | { kind: 'failed'; message: string }>) => {
      const m = event.data;
      if (m.kind === 'step') onStep(m.step);
      else {
        w.terminate();
        if (m.kind === 'done') resolve(m.output);
        else rej(new Error(m.message));
      }
    };
    w.onerror = (e) => {
      w.terminate();
      rej(new Error(e.message || 'the export worker stopped'));
    };
  });
  w.postMessage({ id: 1, job });
  return {
    done,
    cancel() {
      w.terminate();
      reject(new ExportCancelled());
    },
  };
}
