/**
 * One linear pass over a JSON text that builds nothing: the first syntax error and where it is, keys
 * repeated in one object (JSON.parse keeps the last one silently), and the offsets of given paths.
 *
 * Why not jsonc-parser, which the loader used before: its scanner grows whitespace one character at
 * a time and its tree costs about ten times the text, so a crafted 200 MB file ran main out of
 * memory. This pass keeps only a stack as deep as the nesting and the keys of the open objects; the
 * value itself is built once, by JSON.parse.
 */
import type { JsonPath } from './locate';

export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly message: string;
  /** Valid JSON, perhaps, but past a limit no project file comes near (so it is refused before it is parsed). */
  readonly tooLarge?: true;
}

/** What no real project file comes near; past these a file is refused before JSON.parse builds it. */
export interface JsonLimits {
  /** Values of any kind in the whole text. */
  readonly maxValues: number;
  /** Items in one array. */
  readonly maxItems: number;
  /** Fields in one object. */
  readonly maxKeys: number;
}

/** A key that appears twice in one object: at the second occurrence, with the path it names. */
export interface DuplicateKey {
  readonly path: JsonPath;
  readonly offset: number;
}

/** Paths to find, as a tree of their steps: every prefix of a wanted path is a node. */
interface PathNode {
  offset: number;
  readonly children: Map<string | number, PathNode>;
}

interface WalkOptions {
  readonly maxNesting: number;
  /** Collect repeated keys (up to this many). */
  readonly duplicates?: { readonly list: DuplicateKey[]; readonly max: number };
  /** Record where the nodes of this tree are. */
  readonly find?: PathNode;
  readonly limits?: JsonLimits;
}

const OBJECT = 0;
const ARRAY = 1;

const problem = (offset: number, what: string): JsonSyntaxProblem => ({ offset, message: `Not valid JSON: ${what}.` });
const tooLarge = (offset: number, what: string): JsonSyntaxProblem => ({ offset, message: `Too large to be a project file: ${what}.`, tooLarge: true });
const count = (n: number) => n.toLocaleString('en-US');
const COMMENT = 'comments are not allowed in a project file';

function skipWhitespace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** End (just past the closing quote) of the string starting at `i`, or a problem. */
function scanString(text: string, i: number): number | JsonSyntaxProblem {
  const n = text.length;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) {
      const e = text.charCodeAt(j + 1);
      if (e === 117 /* u */) {
        for (let k = 2; k <= 5; k++) if (!isHex(text.charCodeAt(j + k))) return problem(j, 'an invalid \\u escape');
        j += 5;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        j++;
      } else {
        return problem(j, j + 1 >= n ? 'a string is not closed' : 'an invalid escape character');
      }
    } else if (c < 32) {
      return problem(j, 'an invalid character in a string');
    }
  }
  return problem(i, 'a string is not closed');
}

/** End of the number starting at `i` (RFC 8259 grammar), or a problem. */
function scanNumber(text: string, i: number): number | JsonSyntaxProblem {
  let j = i;
  if (text.charCodeAt(j) === 45) j++;
  if (text.charCodeAt(j) === 48) j++;
  else if (isDigit(text.charCodeAt(j))) while (isDigit(text.charCodeAt(j))) j++;
  else return problem(i, 'a malformed number');
  if (text.charCodeAt(j) === 46) {
    j++;
    if (!isDigit(text.charCodeAt(j))) return problem(i, 'a malformed number');
    while (isDigit(text.charCodeAt(j))) j++;
  }
  const e = text.charCodeAt(j);
  if (e === 101 || e === 69) {
    j++;
    const sign = text.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (!isDigit(text.charCodeAt(j))) return problem(i, 'a malformed number');
    while (isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

const LITERALS: Record<number, string> = { 116: 'true', 102: 'false', 110: 'null' };

/** The key's text without quotes; escapes decoded (rare in project files, so only then through JSON.parse). */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/** The walk itself: a state machine over an explicit stack, so nesting costs memory, never the call stack. */
function walk(text: string, options: WalkOptions): JsonSyntaxProblem | null {
  const n = text.length;
  const kinds: number[] = [];
  const path: (string | number)[] = [];
  const keySets: Set<string>[] = [];
  // The path tree node of each open level (undefined once the path leaves the tree).
  const nodes: (PathNode | undefined)[] = [options.find];
  const duplicates = options.duplicates;
  const limits = options.limits;
  const keyCounts: number[] = [];
  let values = 0;
  let i = skipWhitespace(text, 0);
  let keyOffset = -1;

  // Reads the key at `i` (after an opening brace or a comma), sets it as the path's last step; returns the value's start or a problem.
  const readKey = (): number | JsonSyntaxProblem => {
    const c = text.charCodeAt(i);
    if (c !== 34) return problem(i, c === 47 ? COMMENT : 'a property name in double quotes was expected');
    const end = scanString(text, i);
    if (typeof end !== 'number') return end;
    const key = keyText(text, i, end);
    if (limits && ++keyCounts[keyCounts.length - 1]! > limits.maxKeys) return tooLarge(i, `an object has more than ${count(limits.maxKeys)} fields`);
    if (duplicates) {
      const seen = keySets[keySets.length - 1]!;
      if (seen.has(key) && duplicates.list.length < duplicates.max) duplicates.list.push({ path: [...path.slice(0, -1), key], offset: i });
      seen.add(key);
    }
    path[path.length - 1] = key;
    if (options.find) nodes[path.length] = nodes[path.length - 1]?.children.get(key);
    keyOffset = i;
    const colon = skipWhitespace(text, end);
    if (text.charCodeAt(colon) !== 58) return problem(colon, text.charCodeAt(colon) === 47 ? COMMENT : 'a colon was expected');
    return skipWhitespace(text, colon + 1);
  };

  for (;;) {
    // A value starts at i.
    if (i >= n) return problem(i, 'a value was expected');
    if (limits && ++values > limits.maxValues) return tooLarge(i, `it holds more than ${count(limits.maxValues)} values`);
    const node = nodes[path.length];
    if (node && node.offset < 0) node.offset = keyOffset >= 0 ? keyOffset : i;
    const c = text.charCodeAt(i);
    let end: number | JsonSyntaxProblem;
    if (c === 123 || c === 91) {
      if (kinds.length >= options.maxNesting) return { offset: i, message: `Not a project file: values are nested more than ${options.maxNesting} levels deep.` };
      const inner = skipWhitespace(text, i + 1);
      const close = c === 123 ? 125 : 93;
      if (text.charCodeAt(inner) === close) {
        end = inner + 1;
      } else {
        kinds.push(c === 123 ? OBJECT : ARRAY);
        path.push(0);
        i = inner;
        if (c === 123) {
          if (duplicates) keySets.push(new Set());
          keyCounts.push(0);
          const value = readKey();
          if (typeof value !== 'number') return value;
          i = value;
        } else {
          keyOffset = -1;
          if (options.find) nodes[path.length] = nodes[path.length - 1]?.children.get(0);
        }
        continue;
      }
    } else if (c === 34) {
      end = scanString(text, i);
    } else if (c === 45 || isDigit(c)) {
      end = scanNumber(text, i);
    } else if (LITERALS[c] !== undefined) {
      const word = LITERALS[c]!;
      end = text.startsWith(word, i) ? i + word.length : problem(i, 'an unexpected character');
    } else {
      end = problem(i, c === 47 ? COMMENT : 'an unexpected character');
    }
    if (typeof end !== 'number') return end;
    i = end;

    // After a value: a comma, a closing bracket, or the end of the document.
    for (;;) {
      i = skipWhitespace(text, i);
      const depth = kinds.length;
      if (depth === 0) return i < n ? problem(i, text.charCodeAt(i) === 47 ? COMMENT : 'nothing more was expected after the end of the document') : null;
      const kind = kinds[depth - 1];
      const d = text.charCodeAt(i);
      if (d === 44) {
        i = skipWhitespace(text, i + 1);
        if (kind === ARRAY) {
          const index = (path[depth - 1] as number) + 1;
          if (limits && index >= limits.maxItems) return tooLarge(i, `a list has more than ${count(limits.maxItems)} items`);
          path[depth - 1] = index;
          keyOffset = -1;
          if (options.find) nodes[depth] = nodes[depth - 1]?.children.get(index);
          if (text.charCodeAt(i) === 93) return problem(i, 'a value was expected');
        } else {
          const value = readKey();
          if (typeof value !== 'number') return value;
          i = value;
        }
        break;
      }
      if ((kind === OBJECT && d === 125) || (kind === ARRAY && d === 93)) {
        kinds.pop();
        path.pop();
        if (kind === OBJECT) {
          keyCounts.pop();
          if (duplicates) keySets.pop();
        }
        i++;
        continue;
      }
      if (i >= n) return problem(i, kind === OBJECT ? 'a closing } was expected' : 'a closing ] was expected');
      return problem(i, d === 47 ? COMMENT : 'a comma was expected');
    }
  }
}

/** Deepest nesting a project file may use. Real files nest about 5 deep. */
export const MAX_NESTING = 200;

export interface JsonScan {
  readonly syntaxError: JsonSyntaxProblem | null;
  readonly duplicateKeys: readonly DuplicateKey[];
}

/**
 * Far past any real project, near enough that what passes stays bounded: a 200 MB estate of about 210,000 workloads holds
 * about 8.6 million values, its dependencies list 840,000 items, and no object in the format has more than 20 fields. A
 * flood of tiny values ([0,0,...], {} after {}, a million keys) would cost JSON.parse and the schema check gigabytes.
 */
export const JSON_LIMITS: JsonLimits = { maxValues: 12_000_000, maxItems: 2_000_000, maxKeys: 1_000 };

/** Check a text is JSON, within the limits, and find repeated keys, in one pass. */
export function scanJson(text: string, { maxNesting = MAX_NESTING, maxDuplicates = 50, limits = JSON_LIMITS } = {}): JsonScan {
  const duplicateKeys: DuplicateKey[] = [];
  const syntaxError = walk(text, { maxNesting, limits, duplicates: { list: duplicateKeys, max: maxDuplicates } });
  return { syntaxError, duplicateKeys: syntaxError ? [] : duplicateKeys };
}

/**
 * Offsets of `paths` in a valid JSON text (the property name where the value has one), each falling
 * back to its nearest existing ancestor: a missing field points at its object. One pass for all.
 */
export function offsetsOfPaths(text: string, paths: readonly JsonPath[]): number[] {
  const root: PathNode = { offset: -1, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      let next = node.children.get(step);
      if (!next) node.children.set(step, (next = { offset: -1, children: new Map() }));
      node = next;
    }
  }
  walk(text, { maxNesting: Number.MAX_SAFE_INTEGER, find: root });
  return paths.map((path) => {
    let best = root.offset;
    let node: PathNode | undefined = root;
    for (const step of path) {
      node = node.children.get(step);
      if (!node || node.offset < 0) break;
      best = node.offset;
    }
    return Math.max(best, 0);
  });
}
