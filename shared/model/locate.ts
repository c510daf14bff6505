/**
 * Where a value sits in a JSON text: from a JSON path or an offset to line and column. Used only
 * once something is wrong, so a valid file pays nothing for it (see json-scan.ts).
 */
import { MAX_NESTING, offsetsOfPaths, scanJson } from './json-scan';

export { MAX_NESTING };

export type JsonPath = readonly (string | number)[];

export interface TextPosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

/** Line and column of many offsets in one pass over the text, without indexing every line. */
export function positionsOfOffsets(text: string, offsets: readonly number[]): TextPosition[] {
  const order = offsets.map((offset, index) => ({ offset: Math.max(0, Math.min(offset, text.length)), index })).sort((a, b) => a.offset - b.offset);
  const out: TextPosition[] = new Array<TextPosition>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const { offset, index } of order) {
    for (; i < offset; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    out[index] = { line, column: offset - lineStart + 1 };
  }
  return out;
}

/** Positions of the values at `paths` (the property name where there is one; a missing field points at its nearest ancestor). */
export function positionsOfPaths(text: string, paths: readonly JsonPath[]): TextPosition[] {
  return paths.length === 0 ? [] : positionsOfOffsets(text, offsetsOfPaths(text, paths));
}

/** A text whose paths are looked up one at a time (for callers with a single error to place). */
export class JsonLocator {
  constructor(readonly text: string) {}

  positionOfOffset(offset: number): TextPosition {
    return positionsOfOffsets(this.text, [offset])[0]!;
  }

  positionOfPath(path: JsonPath): TextPosition {
    return positionsOfPaths(this.text, [path])[0]!;
  }
}

/** JSON syntax errors with positions; empty when the text is valid JSON. Only the first: what follows it is guesswork. */
export function syntaxErrors(text: string): { message: string; position: TextPosition }[] {
  const { syntaxError } = scanJson(text);
  return syntaxError ? [{ message: syntaxError.message, position: positionsOfOffsets(text, [syntaxError.offset])[0]! }] : [];
}
