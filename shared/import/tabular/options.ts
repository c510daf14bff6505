/** What the user chose for spreadsheets in the Import dialog (or the CLI remembered): columns and values. */
import type { ColumnMapping } from './columns';
import type { ValueMappings } from './values';

export interface TabularOptions {
  /** Per table key (`file` or `file#sheet`): header text -> role. Absent: suggested from the headers. */
  readonly columns?: Readonly<Record<string, ColumnMapping>>;
  /** Per table key: the 1-based row that holds the headers. Absent: detected. */
  readonly headerRows?: Readonly<Record<string, number>>;
  /** Per role: value as written -> Decamp value. Shared by every table of the import. */
  readonly values?: ValueMappings;
}
