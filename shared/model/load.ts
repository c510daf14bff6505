/**
 * Load a project file: check the JSON in one pass (syntax, repeated keys) -> parse it once ->
 * migrate an older formatVersion -> validate shape -> check references. All or nothing: a file with
 * any error yields no Project, only located errors. Positions are worked out only for errors and
 * warnings, so a valid file costs one scan and one JSON.parse, and memory stays near the text's size.
 */
import { z } from 'zod';
import { scanJson } from './json-scan';
import { type JsonPath, positionsOfOffsets, positionsOfPaths } from './locate';
import { migrateDocument } from './migrate';
import { checkReferences } from './references';
import { CURRENT_FORMAT_VERSION, type Project, ProjectShapeSchema } from './schema';

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

/** Why a file did not load: the app and the CLI word each differently (and the app offers an update for the second). */
export type LoadFailure = 'not-json' | 'too-large' | 'newer-format' | 'invalid-project';

export type LoadResult =
  | { ok: true; project: Project; migratedFrom: number; warnings: LoadError[] }
  | { ok: false; reason: LoadFailure; errors: LoadError[] };

/** Most errors (and warnings) a load reports; past this the file is likely not a project file at all. */
const MAX_ERRORS = 50;

/**
 * Byte-order marks before the JSON. Windows editors write one; a file converted twice has two. None is part of the JSON,
 * and the app and the CLI must agree on that, so both go through here.
 */
export function stripByteOrderMarks(text: string): string {
  let i = 0;
  while (text.charCodeAt(i) === 0xfeff) i++;
  return i === 0 ? text : text.slice(i);
}

export function loadProject(input: string, file?: string): LoadResult {
  const text = stripByteOrderMarks(input);
  const withFile = (e: Omit<LoadError, 'file'>): LoadError => (file === undefined ? e : { ...e, file });
  const locate = (items: readonly { path: JsonPath; message: string }[]): LoadError[] => {
    const shown = items.slice(0, MAX_ERRORS);
    const positions = positionsOfPaths(text, shown.map((p) => p.path));
    return shown.map((p, i) => withFile({ path: p.path, ...positions[i]!, message: p.message }));
  };

  const scan = scanJson(text, { maxDuplicates: MAX_ERRORS });
  if (scan.syntaxError) {
    const [position] = positionsOfOffsets(text, [scan.syntaxError.offset]);
    const reason = scan.syntaxError.tooLarge ? 'too-large' : 'not-json';
    return { ok: false, reason, errors: [withFile({ path: [], ...position!, message: scan.syntaxError.message })] };
  }
  const raw: unknown = JSON.parse(text);

  const migrated = migrateDocument(raw);
  if (!migrated.ok) return { ok: false, reason: isNewerFormat(raw) ? 'newer-format' : 'invalid-project', errors: locate([migrated]) };

  const validated = validateProject(migrated.doc);
  if (!validated.ok) return { ok: false, reason: 'invalid-project', errors: locate(validated.problems) };

  const positions = positionsOfOffsets(text, scan.duplicateKeys.map((d) => d.offset));
  const warnings = scan.duplicateKeys.map((d, i) => withFile({ path: d.path, ...positions[i]!, message: describeDuplicateKey(d.path, raw) }));
  return { ok: true, project: validated.project, migratedFrom: migrated.fromVersion, warnings };
}

/** Only a whole number above ours is a newer format; 1.5 is simply not a format version. */
function isNewerFormat(raw: unknown): boolean {
  const version = raw !== null && typeof raw === 'object' ? (raw as { formatVersion?: unknown }).formatVersion : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version > CURRENT_FORMAT_VERSION;
}

/** "workload 'web': name is given more than once; the last value is used". */
function describeDuplicateKey(path: JsonPath, root: unknown): string {
  const subject = subjectOf(path, root);
  const field = fieldAfterSubject(path) || formatPath(path);
  return `${subject ? `${subject}: ` : ''}${field} is given more than once in the same object; Decamp uses the last value`;
}

/** `shop.decamp.json:12:7: warning: workloads[0].name: ...` — a warning, printed like an error but marked. */
export function formatLoadWarning(w: LoadError): string {
  const where = `${w.file ?? '<input>'}:${w.line}:${w.column}`;
  return w.path.length > 0 ? `${where}: warning: ${formatPath(w.path)}: ${w.message}` : `${where}: warning: ${w.message}`;
}

export type ValidationResult = { ok: true; project: Project } | { ok: false; problems: { path: JsonPath; message: string }[] };

/**
 * Lists of items, checked one item at a time: the schema collects every issue of everything it checks, so a file with a
 * million bad items in one list would cost a million issue lists before the first 50 could be shown.
 */
const ITEM_LISTS = ['workloads', 'dependencies', 'teams', 'assumptions', 'pins', 'overrides', 'actuals', 'risks', 'waves', 'workloadActuals', 'scenarios', 'baselines'] as const;

/** The schema of one item of a list (an optional list's, too). */
function itemSchema(key: (typeof ITEM_LISTS)[number]): z.ZodType {
  const field: z.ZodType = ProjectShapeSchema.shape[key];
  const list = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return (list as z.ZodArray<z.ZodType>).element;
}

/** Validate an in-memory value (already migrated) against the schema and the reference rules. Stops after 50 problems. */
export function validateProject(value: unknown): ValidationResult {
  const parsed = parseShape(value);
  if (!parsed.ok) return parsed;
  const problems = checkReferences(parsed.project, MAX_ERRORS);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, project: parsed.project };
}

function parseShape(value: unknown): ValidationResult {
  const doc = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const lists = ITEM_LISTS.filter((key) => Array.isArray(doc?.[key]));
  // The rest of the document with each list cut to its first item (so "at least one team" still holds), then the other items.
  const head = doc ? { ...doc, ...Object.fromEntries(lists.map((key) => [key, (doc[key] as unknown[]).slice(0, 1)])) } : value;
  const top = ProjectShapeSchema.safeParse(head);
  const problems: { path: JsonPath; message: string }[] = top.success ? [] : top.error.issues.map((issue) => ({ path: issue.path as JsonPath, message: describeIssue(issue, value) }));
  const rest: Partial<Record<(typeof ITEM_LISTS)[number], unknown[]>> = {};
  for (const key of lists) {
    const items = doc![key] as unknown[];
    const element = itemSchema(key);
    const out: unknown[] = [];
    for (let i = 1; i < items.length && problems.length < MAX_ERRORS; i++) {
      const item = element.safeParse(items[i]);
      if (item.success) out.push(item.data);
      else for (const issue of item.error.issues) problems.push({ path: [key, i, ...(issue.path as JsonPath)], message: describeIssue({ ...issue, path: [key, i, ...issue.path] }, value) });
    }
    rest[key] = out;
  }
  if (problems.length > 0 || !top.success) return { ok: false, problems: problems.slice(0, MAX_ERRORS) };
  const project = { ...top.data };
  for (const key of lists) (project as Record<string, unknown>)[key] = [...(top.data[key] as unknown[]), ...rest[key]!];
  return { ok: true, project };
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
