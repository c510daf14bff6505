/**
 * The export formats and what kind of file each is: the light half of shared/export that the IPC
 * contract and the preload may import without pulling in the Word and Excel writers.
 */
export const EXPORT_FORMATS = ['html', 'pdf', 'docx', 'md', 'xlsx', 'wave-mapping', 'jira-csv', 'ado-csv', 'ics', 'mspdi', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  readonly extension: string;
  readonly mediaType: string;
  /** Report formats take sections, confidence and paper. */
  readonly report: boolean;
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  html: { extension: 'html', mediaType: 'text/html', report: true },
  pdf: { extension: 'pdf', mediaType: 'application/pdf', report: true },
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', report: true },
  md: { extension: 'md', mediaType: 'text/markdown', report: true },
  xlsx: { extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', report: false },
  'wave-mapping': { extension: 'csv', mediaType: 'text/csv', report: false },
  'jira-csv': { extension: 'csv', mediaType: 'text/csv', report: false },
  'ado-csv': { extension: 'csv', mediaType: 'text/csv', report: false },
  ics: { extension: 'ics', mediaType: 'text/calendar', report: false },
  mspdi: { extension: 'xml', mediaType: 'application/xml', report: false },
  json: { extension: 'json', mediaType: 'application/json', report: false },
};

/** Several files of one export (a split ticket file) are named STEM-1.csv, STEM-2.csv ... */
export function numberedNames(chosen: string, count: number): string[] {
  if (count <= 1) return [chosen];
  const dot = chosen.lastIndexOf('.');
  const slash = Math.max(chosen.lastIndexOf('/'), chosen.lastIndexOf('\\'));
  const [stem, ext] = dot > slash ? [chosen.slice(0, dot), chosen.slice(dot)] : [chosen, ''];
  return Array.from({ length: count }, (_, i) => `${stem}-${i + 1}${ext}`);
}
