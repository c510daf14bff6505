/** Messages between the Import dialog and its reading worker. Plain data: everything here is structured-cloned. */
import type { ImportOutcome, ImportOptions, MergePreview, Table } from '../../../shared/import';
import type { ImportFile } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';

/** Formats read as spreadsheets, whose tables the column step shows before anything is imported. */
export const TABULAR_FORMATS: ReadonlySet<string> = new Set(['csv', 'xlsx']);

/** Each new file: the format its content looks like, and, for a spreadsheet, its tables. */
export interface Inspection {
  readonly detected: readonly (string | null)[];
  readonly tables: readonly Table[];
}

/** What the files give, and what merging that into the open project would change. */
export interface Reading {
  readonly outcome: ImportOutcome;
  readonly preview: MergePreview | null;
}

/** `takenIds` as an array: an Iterable does not clone. */
export type ReadOptions = Omit<ImportOptions, 'takenIds'> & { readonly takenIds?: readonly string[] };

export type ImportRequest =
  | { readonly id: number; readonly kind: 'inspect'; readonly files: readonly ImportFile[]; readonly formats: readonly string[] }
  | { readonly id: number; readonly kind: 'read'; readonly files: readonly ImportFile[]; readonly options: ReadOptions; readonly project: Project };

export type ImportResponse =
  | { readonly id: number; readonly kind: 'inspect'; readonly inspection: Inspection }
  | { readonly id: number; readonly kind: 'read'; readonly reading: Reading }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
