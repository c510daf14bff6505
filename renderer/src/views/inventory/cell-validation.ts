/**
 * Checks a typed cell value with the project's own zod schema and turns the first issue into a
 * translatable message, so the grid enforces exactly the rules the file format does and no other.
 */
import type { z } from 'zod';

/** An i18n key in the `inventory` namespace plus its values. */
export interface CellError {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CellError };

type Issue = z.core.$ZodIssue;

/** Which message a zod issue deserves; unknown issue kinds fall back to a generic one. */
export function issueToError(issue: Issue | undefined): CellError {
  if (!issue) return { key: 'validation.invalid', params: {} };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { key: 'validation.empty', params: {} };
      return { key: issue.inclusive ? 'validation.min' : 'validation.above', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      return { key: issue.inclusive ? 'validation.max' : 'validation.below', params: { max: Number(issue.maximum) } };
    case 'invalid_type':
      return { key: issue.expected === 'int' ? 'validation.integer' : 'validation.number', params: {} };
    case 'invalid_value':
      return { key: 'validation.option', params: {} };
    case 'invalid_format':
      return { key: 'validation.format', params: {} };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}

/** Parse `value` with `schema`; the error is the first issue, translated by key. */
export function checkWith<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: issueToError(result.error.issues[0]) };
}

/**
 * A number typed by a person: spaces and thousands separators are ignored; an empty or
 * unreadable entry becomes NaN so the schema reports it as "not a number".
 */
export function readNumber(text: string): number {
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}
