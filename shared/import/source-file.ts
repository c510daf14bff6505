/** One input file as importers see it: bytes, the decoded text, and its JSON parsed once on demand. */
import { decodeText, isZip, looksBinary, type TextEncoding } from './decode';

export class SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The decoded text; null for a binary file (an XLSX workbook). */
  readonly text: string | null;
  readonly encoding: TextEncoding | null;
  private parsedJson: { value: unknown } | null | undefined;

  constructor(name: string, bytes: Uint8Array) {
    this.name = name;
    this.bytes = bytes;
    if (isZip(bytes) || looksBinary(bytes)) {
      this.text = null;
      this.encoding = null;
    } else {
      const decoded = decodeText(bytes);
      this.text = decoded.text;
      this.encoding = decoded.encoding;
    }
  }

  /** The file name's last extension, lower case, without the dot (`tfstate`, `yml`); '' when none. */
  get extension(): string {
    const base = this.name.split(/[\\/]/).pop() ?? '';
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  }

  /** The file name without folders. */
  get baseName(): string {
    return this.name.split(/[\\/]/).pop() ?? this.name;
  }

  /** The text parsed as JSON, or undefined when it is not JSON (parsed at most once). */
  json(): unknown {
    if (this.parsedJson === undefined) {
      const text = this.text?.trimStart() ?? '';
      if (text.startsWith('{') || text.startsWith('[')) {
        try {
          this.parsedJson = { value: JSON.parse(text) as unknown };
        } catch {
          this.parsedJson = null;
        }
      } else {
        this.parsedJson = null;
      }
    }
    return this.parsedJson === null ? undefined : this.parsedJson.value;
  }

  /** The text's first character that is not white space ('' for a binary or blank file): a JSON document's `{` or `[` may follow blank lines. */
  firstNonBlank(): string {
    if (this.text === null) return '';
    const at = this.text.search(/\S/);
    return at === -1 ? '' : (this.text[at] ?? '');
  }

  /** The first `n` characters of the text ('' for a binary file), for quick content checks. */
  head(n = 4096): string {
    return this.text === null ? '' : this.text.slice(0, n);
  }
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
