/**
 * Every document Decamp writes: Project + Plan in, text or bytes out. One call per format; the
 * PDF is the HTML report printed by Chromium, which the platform does (Electron's printToPDF in
 * the app, a local Chromium in the CLI), so `exportDocument('pdf')` returns the page to print.
 */
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';
import { adoCsv } from './ado-csv';
import { reportDocx } from './docx';
import { reportHtml } from './html';
import { planIcs } from './ics';
import { jiraCsv } from './jira-csv';
import { reportMarkdown } from './markdown';
import { planMspdi } from './mspdi';
import type { ExportOptions } from './options';
import { toPlanJson } from './plan-json';
import { buildReportModel } from './report-model';
import { waveMappingCsv } from './wave-mapping';
import { planXlsx } from './xlsx';

import { FORMAT_INFO, type ExportFormat } from './formats';

export { EXPORT_FORMATS, FORMAT_INFO, numberedNames, type ExportFormat, type FormatInfo } from './formats';

export interface ExportedFile {
  /** Suffix after the base name: `.xlsx`, `-jira-2.csv`. */
  readonly suffix: string;
  readonly mediaType: string;
  readonly data: string | Uint8Array;
}

export interface ExportResult {
  readonly files: readonly ExportedFile[];
  /** For `pdf`: the HTML page the platform prints (files is empty). */
  readonly printHtml?: string;
}

export async function exportDocument(format: ExportFormat, project: Project, plan: Plan, options: ExportOptions): Promise<ExportResult> {
  const one = (data: string | Uint8Array, suffix = `.${FORMAT_INFO[format].extension}`): ExportResult => ({ files: [{ suffix, mediaType: FORMAT_INFO[format].mediaType, data }] });
  const many = (texts: readonly string[], tag: string): ExportResult => ({ files: texts.map((data, i) => ({ suffix: texts.length > 1 ? `-${tag}-${i + 1}.csv` : `-${tag}.csv`, mediaType: 'text/csv', data })) });
  switch (format) {
    case 'html':
      return one(reportHtml(buildReportModel(project, plan, options)));
    case 'pdf':
      return { files: [], printHtml: reportHtml(buildReportModel(project, plan, options)) };
    case 'docx':
      return one(await reportDocx(buildReportModel(project, plan, options)));
    case 'md':
      return one(reportMarkdown(buildReportModel(project, plan, options), project.calendar.workingDays));
    case 'xlsx':
      return one(await planXlsx(project, plan, options));
    case 'wave-mapping':
      return one(waveMappingCsv(project, plan, options), '-wave-mapping.csv');
    case 'jira-csv':
      return many(jiraCsv(project, plan, options), 'jira');
    case 'ado-csv':
      return many(adoCsv(project, plan, options), 'azure-devops');
    case 'ics':
      return one(planIcs(project, plan, options));
    case 'mspdi':
      return one(planMspdi(project, plan, options));
    case 'json':
      return one(`${JSON.stringify(toPlanJson(project, plan), null, 2)}\n`);
  }
}

/** `Online Shop` -> `online-shop`; what files are named after. */
export function exportBaseName(project: Project): string {
  return (
    project.project.name
      .normalize('NFKC')
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'plan'
  );
}

export { EXPORT_LANGUAGES, type ExportLanguage, type ExportMessages, EXPORT_NAMESPACES } from './i18n';
export { REPORT_SECTIONS, type ExportOptions, type Paper, type ReportSection } from './options';
export { CONFIDENCE_LEVELS, type ConfidenceLevel } from './plan-facts';
