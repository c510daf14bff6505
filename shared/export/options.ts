/** What every exporter takes besides the Project and the Plan. */
import type { ExportLanguage, ExportMessages } from './i18n';
import type { ConfidenceLevel } from './plan-facts';

/** In report order. `scenarios` and `baseline` appear only when the project has scenarios or a saved baseline. */
export const REPORT_SECTIONS = ['cover', 'summary', 'timeline', 'waves', 'runbook', 'risks', 'scenarios', 'baseline', 'assumptions', 'inventory'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export type Paper = 'a4' | 'letter';

export interface ExportOptions {
  readonly lang: ExportLanguage;
  /** The locale files as data (see i18n.ts). */
  readonly messages: ExportMessages;
  /** Report sections to include, in report order; default all. */
  readonly sections?: readonly ReportSection[];
  /** The percentile the document commits to; default P80. */
  readonly confidence?: ConfidenceLevel;
  readonly paper?: Paper;
  /**
   * When the document was made, an ISO instant (`2027-01-04T09:30:00Z`). shared/ has no clock, so
   * the caller passes it; it dates the cover and stamps calendar and project files (DTSTAMP,
   * CreationDate). Absent, documents carry no date and stamps use the project's start date.
   */
  readonly generatedAt?: string;
  /** IANA zone of the cutover windows in calendars; default Asia/Shanghai. */
  readonly timeZone?: string;
}

export function sectionsOf(options: ExportOptions): readonly ReportSection[] {
  const asked = options.sections;
  return asked && asked.length > 0 ? REPORT_SECTIONS.filter((s) => asked.includes(s)) : REPORT_SECTIONS;
}
