/**
 * Import: files teams already have (spreadsheets, discovery and CMDB exports, Terraform, Kubernetes,
 * Compose) into a project fragment plus a report, and the merge of a fragment into a project.
 */
export type { ImportContext, ImportedDependency, ImportedWorkload, ImportGuess, ImportInput, ImportMessage, ImportOutcome, ImportReport, ProjectFragment, SourceLocation } from './types';
export type { ImportFormat, FormatContext } from './format';
export { IMPORT_FORMATS, importFormat } from './formats';
export { detectFormat, importFiles, MAX_IMPORT_BYTES, type ImportOptions } from './run';
export { SourceFile } from './source-file';
export { formatLocation, type LocationWords } from './location';
export { IMPORT_MESSAGE_CODES, type ImportMessageCode } from './message-codes';
export { mergeFragment, type MergeResult } from './merge/merge';
export { isEmptyMerge, type FieldChange, type MergePreview } from './merge/preview';
export { estateProviderOf, newProjectForImport, type NewProjectOptions } from './new-project';
export type { DependencyReference } from './references';
export { COLUMN_ROLES, type ColumnMapping, type ColumnRole, headerSignature, mappedColumns, normalizeHeader, roleForHeader, suggestMapping, tableShape } from './tabular/columns';
export { ENUM_ROLES, ENUM_VALUES, distinctValues, mapEnumValue, type EnumRole, type ValueMappings } from './tabular/values';
export type { TabularOptions } from './tabular/options';
export { headTable, readTables } from './tabular/read-tables';
export { type HeadedTable, type Table, tableKey, withHeaderRow } from './tabular/table';
