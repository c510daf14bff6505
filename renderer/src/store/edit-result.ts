/**
 * Turning zod failures and rule breaks into `EditResult`s the UI can translate.
 */
import type { z } from 'zod';
import type { EditErrorCode, EditResult } from './types';

export const OK: EditResult = { ok: true };

export function refuse(code: EditErrorCode, message: string, params: Record<string, string | number> = {}): Extract<EditResult, { ok: false }> {
  return { ok: false, code, params, message };
}

/** The first zod issue as an `invalid` refusal naming the field. */
export function refuseInvalid(error: z.ZodError): Extract<EditResult, { ok: false }> {
  const issue = error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  const detail = issue?.message ?? 'is invalid';
  return refuse('invalid', `${field || 'value'}: ${detail}`, { field, detail });
}

/** A patch without `undefined` values, except for keys that are explicitly cleared (optional fields). */
export function applyPatch<T extends object>(item: T, patch: Partial<T>, keepId: keyof T): T {
  const next = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  next[keepId as string] = item[keepId];
  return next as T;
}

/** A fresh id `prefix-N` not in `taken`, starting at `start`. */
export function freshId(prefix: string, taken: ReadonlySet<string>, start: number): string {
  let n = Math.max(1, start);
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
