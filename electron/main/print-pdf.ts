/**
 * Print to PDF and Export: main's half. The page builds the document (shared/export); main opens
 * the save dialog, prints the report page with Chromium (printToPDF) where it is a PDF, and writes
 * the bytes atomically to the path the user chose, so a crash never leaves half a file under that
 * name and the page never chooses where anything is written.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FORMAT_INFO, numberedNames, type ExportFormat } from '../../shared/export/formats';
import type { IpcRequest, IpcResult, SavedDocument } from '../../shared/ipc';
import { writeFileAtomic } from '../services/atomic-write';
import { diskVersionOf, ioError } from '../services/project-file';

export interface SaveDialogResult {
  readonly canceled: boolean;
  readonly filePath?: string | undefined;
}

export type ShowSaveDialog = (options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<SaveDialogResult>;

export interface PdfRenderOptions {
  readonly pageSize: 'A4' | 'Letter';
  readonly printBackground: true;
  /** The report's own `@page` rule sets paper and margins; its footer box numbers the pages. */
  readonly preferCSSPageSize: true;
}

export interface PrintDeps {
  readonly showSaveDialog: ShowSaveDialog;
  /** Chromium's printToPDF of the report page, in a window of its own (report-window.ts). */
  readonly renderPdf: (html: string, options: PdfRenderOptions) => Promise<Uint8Array>;
  readonly defaultFolder: string;
}

/** `shop`, `shop.pdf`, `shop.decamp.json` -> `shop.pdf`; a name that is only unsafe characters becomes `plan.pdf`. */
export function pdfFileName(suggestedName: string, extension = 'pdf'): string {
  const base = basename(suggestedName.replace(/\\/g, '/'))
    .replace(new RegExp(`\\.${extension}$`, 'i'), '')
    .replace(/\.decamp\.json$/i, '')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .trim();
  return `${base || 'plan'}.${extension}`;
}

const withExtension = (path: string, extension: string) => (new RegExp(`\\.${extension}$`, 'i').test(path) ? path : `${path}.${extension}`);

async function written(filePath: string, data: string | Uint8Array): Promise<SavedDocument> {
  await writeFileAtomic(filePath, data);
  const { mtimeMs } = await stat(filePath);
  return { filePath, displayName: basename(filePath), diskVersion: diskVersionOf(typeof data === 'string' ? new TextEncoder().encode(data) : data, mtimeMs) };
}

export async function printToPdf(deps: PrintDeps, request: IpcRequest<'printToPdf'>): Promise<IpcResult<SavedDocument | null>> {
  const choice = await deps.showSaveDialog({
    title: 'Print to PDF',
    defaultPath: join(deps.defaultFolder, pdfFileName(request.suggestedName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };
  const filePath = withExtension(choice.filePath, 'pdf');
  let pdf: Uint8Array;
  try {
    pdf = await deps.renderPdf(request.html, { pageSize: request.paper === 'letter' ? 'Letter' : 'A4', printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    return { ok: false, error: { code: 'io', message: `The report could not be rendered to PDF: ${error instanceof Error ? error.message : String(error)}` } };
  }
  try {
    return { ok: true, value: await written(filePath, pdf) };
  } catch (error) {
    return { ok: false, error: ioError(error, basename(filePath), 'save') };
  }
}

const FILTER_NAMES: Readonly<Record<Exclude<ExportFormat, 'pdf'>, string>> = {
  html: 'Web page',
  docx: 'Word document',
  md: 'Markdown',
  xlsx: 'Excel workbook',
  'wave-mapping': 'CSV',
  'jira-csv': 'CSV',
  'ado-csv': 'CSV',
  ics: 'Calendar',
  mspdi: 'Microsoft Project XML',
  json: 'JSON',
};

/**
 * Saves an export: one save dialog for the first file; further files of the same export (a ticket
 * file split at the importer's row limit) go beside it as NAME-1, NAME-2 ...
 */
export async function saveExport(deps: Pick<PrintDeps, 'showSaveDialog' | 'defaultFolder'>, request: IpcRequest<'saveExport'>): Promise<IpcResult<SavedDocument[] | null>> {
  const extension = FORMAT_INFO[request.format].extension;
  const first = request.files[0]!;
  const suggested = pdfFileName(`${request.suggestedName.replace(/\.decamp\.json$/i, '')}${first.suffix.replace(new RegExp(`\\.${extension}$`), '').replace(/-\d+$/, '')}`, extension);
  const choice = await deps.showSaveDialog({ title: 'Export', defaultPath: join(deps.defaultFolder, suggested), filters: [{ name: FILTER_NAMES[request.format], extensions: [extension] }] });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };
  const paths = numberedNames(withExtension(choice.filePath, extension), request.files.length);
  const saved: SavedDocument[] = [];
  for (let i = 0; i < request.files.length; i++) {
    try {
      saved.push(await written(paths[i]!, request.files[i]!.data));
    } catch (error) {
      return { ok: false, error: ioError(error, basename(paths[i]!), 'save') };
    }
  }
  return { ok: true, value: saved };
}
