/**
 * Bytes to text. Most files are UTF-8; spreadsheets saved as CSV by Excel on a Chinese Windows are
 * GB18030 (GBK), and some tools write UTF-16 with a byte-order mark. TextDecoder (in every browser,
 * worker and Node) does the decoding; this only picks the encoding.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

// Not in the ES library types shared/ compiles against, but present wherever Decamp runs.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** Decodes `bytes`, dropping a byte-order mark. Never throws: bytes that are no text come out with replacement characters. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new Decoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new Decoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new Decoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new Decoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the other encoding spreadsheets in this market write is GB18030, a superset of GBK.
    try {
      return { text: new Decoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      return { text: new Decoder('utf-8').decode(bytes), encoding: 'utf-8' };
    }
  }
}

/** True when the bytes look like a binary file (a NUL in the first kilobytes, and no UTF-16 mark). */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** A zip container (XLSX, DOCX ...) starts with `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
