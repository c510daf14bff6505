/**
 * Bytes to text as the importers get them: UTF-8 with or without a byte-order mark, UTF-16 in
 * either byte order behind its mark, GB18030 from Excel on a Chinese Windows, and bytes that are no
 * text at all, which come out with replacement characters rather than an error. Byte sequences
 * written out by hand (GBK: 主 D6F7, 机 BBFA, 名 C3FB).
 */
import { describe, expect, it } from 'vitest';
import { decodeText, isZip, looksBinary } from '../../../shared/import/decode';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf16 = (s: string, bigEndian: boolean) => bytes(...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...[...s].flatMap((c) => (bigEndian ? [0, c.charCodeAt(0)] : [c.charCodeAt(0), 0])));

describe('decodeText', () => {
  it('reads plain UTF-8, and UTF-8 behind a byte-order mark without the mark', () => {
    expect(decodeText(bytes(0x69, 0x64, 0x2c, 0xe4, 0xb8, 0xbb))).toEqual({ text: 'id,主', encoding: 'utf-8' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x69, 0x64))).toEqual({ text: 'id', encoding: 'utf-8' });
  });

  it('reads UTF-16 in either byte order by its mark', () => {
    expect(decodeText(utf16('id,name', false))).toEqual({ text: 'id,name', encoding: 'utf-16le' });
    expect(decodeText(utf16('id,name', true))).toEqual({ text: 'id,name', encoding: 'utf-16be' });
  });

  it('reads GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(bytes(0xd6, 0xf7, 0xbb, 0xfa, 0xc3, 0xfb, 0x2c, 0x49, 0x50))).toEqual({ text: '主机名,IP', encoding: 'gb18030' });
  });

  it('never throws on bytes that are no text: replacement characters, as UTF-8', () => {
    const got = decodeText(bytes(0x61, 0xff, 0xff, 0xff, 0x80));
    expect(got.encoding).toBe('utf-8');
    expect(got.text.startsWith('a')).toBe(true);
    expect(got.text).toContain('\ufffd');
  });
});

describe('looksBinary and isZip', () => {
  it('takes a NUL for binary, except in UTF-16 behind its mark', () => {
    expect(looksBinary(bytes(0x61, 0x00, 0x62))).toBe(true);
    expect(looksBinary(bytes(0x61, 0x62))).toBe(false);
    expect(looksBinary(utf16('ab', false))).toBe(false);
    expect(looksBinary(utf16('ab', true))).toBe(false);
  });

  it('knows a zip container by its first four bytes', () => {
    expect(isZip(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe(true);
    expect(isZip(bytes(0x50, 0x4b, 0x05, 0x06))).toBe(false);
  });
});
