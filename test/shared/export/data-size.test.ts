/** Data sizes as documents write them: GB below a thousand, TB from a thousand on (1 TB = 1,000 GB, as providers bill). */
import { describe, expect, it } from 'vitest';
import { documentFormat } from '../../../shared/export/format';

describe('dataSize', () => {
  it('switches to TB at exactly 1,000 GB, in both languages', () => {
    const en = documentFormat('en', 'CNY');
    expect(en.dataSize(999)).toBe('999 GB');
    expect(en.dataSize(1000)).toBe('1 TB');
    expect(en.dataSize(42_500)).toBe('42.5 TB');
    expect(documentFormat('zh-CN', 'CNY').dataSize(1000)).toBe('1 TB');
  });
});
