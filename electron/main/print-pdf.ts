/**
 * Print to PDF: the window's own report view rendered by Chromium (printToPDF), saved where the
 * user chooses, written atomically so a crash never leaves half a PDF under the chosen name.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IpcResult, SavedDocument } from '../../shared/ipc';
import { writeFileAtomic } from '../services/atomic-write';
import { diskVersionOf, ioError } from '../services/project-file';

export interface SaveDialogResult {
  readonly canceled: boolean;
  readonly filePath?: string | undefined;
}

export interface PrintDeps {
  readonly showSaveDialog: (options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<SaveDialogResult>;
  /** `webContents.printToPDF` of the app window. */
  readonly printToPDF: (options: { printBackground: boolean; pageSize: 'A4' }) => Promise<Uint8Array>;
  readonly defaultFolder: string;
}

/** `shop`, `shop.pdf`, `shop.decamp.json` -> `shop.pdf`; a name that is only unsafe characters becomes `plan.pdf`. */
export function pdfFileName(suggestedName: string): string {
  const base = basename(suggestedName.replace(/\\/g, '/'))
    .replace(/\.pdf$/i, '')
    .replace(/\.decamp\.json$/i, '')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .trim();
  return `${base || 'plan'}.pdf`;
}

export async function printToPdf(deps: PrintDeps, suggestedName: string): Promise<IpcResult<SavedDocument | null>> {
  const choice = await deps.showSaveDialog({
    title: 'Print to PDF',
    defaultPath: join(deps.defaultFolder, pdfFileName(suggestedName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };
  const filePath = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
  let pdf: Uint8Array;
  try {
    pdf = await deps.printToPDF({ printBackground: true, pageSize: 'A4' });
  } catch (error) {
    return { ok: false, error: { code: 'io', message: `The report could not be rendered to PDF: ${error instanceof Error ? error.message : String(error)}` } };
  }
  try {
    await writeFileAtomic(filePath, pdf);
    const { mtimeMs } = await stat(filePath);
    return { ok: true, value: { filePath, displayName: basename(filePath), diskVersion: diskVersionOf(pdf, mtimeMs) } };
  } catch (error) {
    return { ok: false, error: ioError(error, basename(filePath), 'save') };
  }
}
