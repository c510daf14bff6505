/** The export worker: planning with 10,000 runs and writing a workbook never block the page. */
import { runExportJob, type ExportJob } from './export-job';

type Incoming = { readonly id: number; readonly job: ExportJob };

self.onmessage = async (event: MessageEvent<Incoming>) => {
  const { id, job } = event.data;
  try {
    const output = await runExportJob(job, (step) => self.postMessage({ id, kind: 'step', step }));
    const transfer = output.files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer]));
    (self as unknown as Worker).postMessage({ id, kind: 'done', output }, transfer);
  } catch (error) {
    self.postMessage({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
