/**
 * Numbers and sizes as inventories write them (shared/import/tabular/quantities.ts): separators,
 * currency and units around a number; sizes in GB from any unit. Answers by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseGigabytes, parseNumber } from '../../../shared/import/tabular/quantities';

describe('a number in an inventory', () => {
  it('drops thousands separators, spaces, a leading currency and a trailing unit', () => {
    const cases: [string, number][] = [
      ['1,024', 1024],
      ['1,024,000', 1_024_000],
      ['¥1,200元', 1200],
      ['1_000', 1000],
      ['¥1,200.50', 1200.5],
      ['€ 30', 30],
      ['USD 30', 30],
      ['30 rmb', 30],
      ['12元', 12],
      ['1,200元/月', 1200],
      ['99元/month', 99],
      ['99/month', 99],
      ['8核', 8],
      ['16 cores', 16],
      ['1 core', 1],
      ['4 vCPU', 4],
      ['3台', 3],
      ['2个', 2],
    ];
    for (const [text, n] of cases) expect(parseNumber(text), text).toBe(n);
  });

  it('is undefined for an empty cell and NaN for text that is no number, a unit before it included', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('   ')).toBeUndefined();
    for (const text of ['abc', 'cores 8', '核8', '5$', '30 usd extra', '1cny2', 'Infinity', '1e999']) expect(parseNumber(text), text).toBeNaN();
  });
});

describe('a size in an inventory', () => {
  it('is GB from any unit, GB where none is written (or the column’s unit)', () => {
    const cases: [string, number][] = [
      ['500', 500],
      ['500 GB', 500],
      ['1.5 TB', 1536],
      ['1.5t', 1536],
      ['1.25 TB', 1280],
      ['1TiB', 1024],
      ['200G', 200],
      ['3 GiB', 3],
      ['512MB', 0.5],
      ['1,024 MB', 1],
      ['2 PB', 2 * 1024 ** 2],
      ['1 KB', 1 / 1024 ** 2],
    ];
    for (const [text, gb] of cases) expect(parseGigabytes(text), text).toBe(gb);
    expect(parseGigabytes('2048', 'mb')).toBe(2);
    expect(parseGigabytes('2 GB', 'mb')).toBe(2);
  });

  it('is undefined for an empty cell and NaN for text, a negative or an unknown unit', () => {
    expect(parseGigabytes(' ')).toBeUndefined();
    for (const text of ['lots', '-5', '5 XB', 'GB 5', '2 TB?']) expect(parseGigabytes(text), text).toBeNaN();
  });
});
