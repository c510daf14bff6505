/**
 * Load a project file: parse JSON -> migrate an older formatVersion -> validate shape -> check
 * references. All or nothing: a file with any error yields no Project, only located errors.
 */
import type { z } from 'zod';
import { JsonLocator, type JsonPath, syntaxErrors } from './locate';
import { migrateDocument } from './migrate';
import { checkReferences } from './references';
import { type Project, ProjectShapeSchema } from './schema';

/** One thing wrong with a file, located the way an editor shows it. */
export interface LoadError {
  /** The file name as the user gave it, when known. */
  readonly file?: string;
  /** JSON path as data (`['workloads', 3, 'team']`). */
  readonly path: JsonPath;
  /** 1-based line and column in the file text (1:1 when the error concerns the whole file). */
  readonly line: number;
  readonly column: number;
  /** A sentence a user understands, naming the thing by its id where it has one. */
  readonly message: string;
}

export type LoadResult = { ok: true; project: Project; migratedFrom: number } | { ok: false; errors: LoadError[] };

/** Most errors a load reports; past this the file is likely not a project file at all. */
const MAX_ERRORS = 50;

export function loadProject(input: string, file?: string): LoadResult {
  // Windows editors may start a UTF-8 file with a byte-order mark; it is not part of the JSON.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const withFile = (e: Omit<LoadError, 'file'>): LoadError => (file === undefined ? e : { ...e, file });
  const syntax = syntaxErrors(text);
  if (syntax.length > 0) {
    return { ok: false, errors: syntax.slice(0, MAX_ERRORS).map((s) => withFile({ path: [], ...s.position, message: s.message })) };
  }
  const raw: unknown = JSON.parse(text);
  const locator = new JsonLocator(text);
  const at = (path: JsonPath, message: string) => withFile({ path, ...locator.positionOfPath(path), message });

  const migrated = migrateDocument(raw);
  if (!migrated.ok) return { ok: false, errors: [at(migrated.path, migrated.message)] };

  const validated = validateProject(migrated.doc);
  if (!validated.ok) return { ok: false, errors: validated.problems.slice(0, MAX_ERRORS).map((p) => at(p.path, p.message)) };
  return { ok: true, project: validated.project, migratedFrom: migrated.fromVersion };
}

export type ValidationResult = { ok: true; project: Project } | { ok: false; problems: { path: JsonPath; message: string }[] };

/** Validate an in-memory value (already migrated) against the schema and the reference rules. */
export function validateProject(value: unknown): ValidationResult {
  const parsed = ProjectShapeSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path as JsonPath, message: describeIssue(issue, value) })) };
  }
  const problems = checkReferences(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, project: parsed.data };
}

/** `workloads[3].size.dataGb` */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

/** `shop.decamp.json:12:7: workload 'order-db': size.dataGb must be ...` — one line per error, as compilers print. */
export function formatLoadError(e: LoadError): string {
  const where = `${e.file ?? '<input>'}:${e.line}:${e.column}`;
  return e.path.length > 0 ? `${where}: ${formatPath(e.path)}: ${e.message}` : `${where}: ${e.message}`;
}

const COLLECTION_NOUNS: Record<string, string> = {
  workloads: 'workload',
  dependencies: 'dependency',
  teams: 'team',
  pins: 'pin',
  overrides: 'override',
  actuals: 'actual',
  assumptions: 'assumption',
  freezeWindows: 'freeze window',
};

/** Turn a zod issue into a sentence that names the item ("workload 'order-db': complexity must be at most 5"). */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const subject = subjectOf(issue.path as JsonPath, root);
  const field = fieldAfterSubject(issue.path as JsonPath);
  const what = sentenceFor(issue);
  return [subject, field ? `${field} ${what}` : what].filter(Boolean).join(': ');
}

function sentenceFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'must not be empty' : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** "workload 'order-db'" when the path runs through a collection item that has an id. */
function subjectOf(path: JsonPath, root: unknown): string {
  let node: unknown = root;
  let subject = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    const next: unknown = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    const noun = typeof key === 'string' ? COLLECTION_NOUNS[key] : undefined;
    if (noun && typeof path[i + 1] === 'number') {
      const item = Array.isArray(next) ? (next[path[i + 1] as number] as unknown) : undefined;
      const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      subject = typeof id === 'string' && id ? `${noun} '${id}'` : `${noun} #${(path[i + 1] as number) + 1}`;
    }
    node = next;
  }
  return subject;
}

/** The part of the path after the last collection item: `size.dataGb`. */
function fieldAfterSubject(path: JsonPath): string {
  let start = 0;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (typeof key === 'string' && COLLECTION_NOUNS[key] && typeof path[i + 1] === 'number') start = i + 2;
  }
  return formatPath(path.slice(start));
}
