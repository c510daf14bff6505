/**
 * An import's findings in the user's language. The importers write English for the CLI and a code
 * with params for the app; here each code becomes its translated text, and a location the way
 * the user's spreadsheet or editor shows it.
 */
import type { TFunction } from 'i18next';
import { formatLocation, type ImportGuess, type ImportMessage, type SourceLocation } from '../../../../shared/import';

/** Params that choose a variant of the text rather than appear in it. */
const CONTEXT_PARAM: Readonly<Record<string, string>> = {
  'tfstate.badResource': 'problem',
  'skipped.edge.incomplete': 'side',
  'skipped.terraform.unmappedType': 'reason',
};

/** The finding's text; `t` is bound to the import namespace. */
export function importMessageText(message: ImportMessage, t: TFunction): string {
  const params: Record<string, string | number> = { ...message.params };
  // A role (strategy, kind, complexity ...) is a column of the mapping step: it reads as that step names it.
  if (typeof params.role === 'string') params.role = t(`role.${params.role}`, { defaultValue: params.role });
  const contextParam = CONTEXT_PARAM[message.code];
  const context = contextParam !== undefined ? params[contextParam] : undefined;
  return t(`message.${message.code}`, { ...params, ...(context !== undefined ? { context: String(context) } : {}), defaultValue: message.message });
}

/** `main.tf:12:5`, `hosts.xlsx: sheet 'Servers', row 7, column 'Region'`, in the user's language. */
export function importLocationText(at: SourceLocation, t: TFunction): string {
  return formatLocation(at, { sheet: (sheet) => t('location.sheet', { sheet }), row: (row) => t('location.row', { row }), column: (field) => t('location.column', { field }), separator: t('location.separator') });
}

/** A guess as the Inventory's "needs review" mark words it, with the workload it is about. */
export function importGuessText(guess: ImportGuess, t: TFunction): string {
  const field = t(`inventory:review.field.${guess.field}`);
  return `${guess.workloadName}: ${t(`inventory:review.basis.${guess.basis}`, { field, source: guess.source ?? '' })}`;
}
