/**
 * One export, start to finish: plan with the runs asked for (the document's numbers come from
 * its own plan, not the one on screen), then write the document. Runs in the export worker, or on
 * the main thread where there is no worker; reports each step so the dialog can show progress.
 */
import { exportDocument, type ExportFormat, type ExportOptions } from '../../../shared/export/index';
import type { Project } from '../../../shared/model';
import { planProject } from '../../../shared/plan/plan-project';

export interface ExportJob {
  readonly format: ExportFormat;
  readonly project: Project;
  readonly runs: number;
  readonly options: ExportOptions;
}

export type ExportStep = 'plan' | 'render';

export interface ExportOutput {
  readonly files: readonly { readonly suffix: string; readonly data: string | Uint8Array }[];
  readonly printHtml?: string;
}

export async function runExportJob(job: ExportJob, onStep: (step: ExportStep) => void): Promise<ExportOutput> {
  onStep('plan');
  const plan = planProject(job.project, { runs: job.runs });
  onStep('render');
  const result = await exportDocument(job.format, job.project, plan, job.options);
  return { files: result.files.map((f) => ({ suffix: f.suffix, data: f.data })), ...(result.printHtml !== undefined ? { printHtml: result.printHtml } : {}) };
}
