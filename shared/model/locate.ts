/**
 * Where a value sits in a JSON text: from a JSON path to line and column.
 * jsonc-parser's tree keeps offsets, so errors found on the parsed object can point into the file.
 */
import { findNodeAtLocation, type Node, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

export interface TextPosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

/** A text with its line starts indexed once, so many lookups stay cheap. */
export class JsonLocator {
  private readonly lineStarts: number[] = [0];
  private readonly root: Node | undefined;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  }

  positionOfOffset(offset: number): TextPosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** Position of the value at `path`, or of its nearest existing ancestor (a missing field points at its object). */
  positionOfPath(path: JsonPath): TextPosition {
    if (!this.root) return { line: 1, column: 1 };
    for (let len = path.length; len >= 0; len--) {
      const node = findNodeAtLocation(this.root, path.slice(0, len) as (string | number)[]);
      if (node) {
        // Point at the property name when there is one: that is what a reader looks for.
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return this.positionOfOffset(at);
      }
    }
    return { line: 1, column: 1 };
  }
}

/**
 * Deepest nesting a project file may use. Real files nest about 5 deep; the parsers recurse, so a
 * hostile or corrupt file nested thousands deep would overflow the stack instead of being refused.
 */
export const MAX_NESTING = 200;

/** Offset of the first bracket that opens past `max` levels (strings skipped), or -1. Linear, no recursion. */
export function excessiveNesting(text: string, max: number = MAX_NESTING): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return -1;
}

/**
 * JSON syntax errors with positions; empty when the text is valid JSON. Only the first error is
 * reported: after it the parser's recovery guesses, and its later errors are mostly echoes.
 */
export function syntaxErrors(text: string): { message: string; position: TextPosition }[] {
  const deep = excessiveNesting(text);
  if (deep >= 0) {
    return [{ message: `Not a project file: values are nested more than ${MAX_NESTING} levels deep.`, position: positionIn(text, deep) }];
  }
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return [];
  return [{ message: describeSyntaxError(printParseErrorCode(first.error)), position: positionIn(text, first.offset) }];
}

/** Line and column of an offset without building a parse tree (the text may not parse). */
function positionIn(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'nothing more was expected after the end of the document',
  InvalidCommentToken: 'comments are not allowed in a project file',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'an invalid character in a string',
};

function describeSyntaxError(code: string): string {
  return `Not valid JSON: ${SYNTAX_WORDS[code] ?? code}.`;
}
