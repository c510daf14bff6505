/**
 * Kubernetes quantities (shared/import/kubernetes/quantities.ts): CPU in cores, memory and storage
 * in bytes, by the suffixes Kubernetes defines (binary Ki..Ei, decimal k..E, milli m). By hand.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantity, toGb } from '../../../shared/import/kubernetes/quantities';

describe('a Kubernetes quantity', () => {
  it('reads binary, decimal and milli suffixes', () => {
    expect(parseQuantity('100m')).toBeCloseTo(0.1, 12);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('64Mi')).toBe(64 * 2 ** 20);
    expect(parseQuantity('1Ki')).toBe(1024);
    expect(parseQuantity(' 1.5Gi ')).toBe(1.5 * 2 ** 30);
    expect(parseQuantity('1.25Gi')).toBe(1.25 * 2 ** 30);
    expect(parseQuantity('2Ti')).toBe(2 * 2 ** 40);
    expect(parseQuantity('1Pi')).toBe(2 ** 50);
    expect(parseQuantity('1Ei')).toBe(2 ** 60);
    expect(parseQuantity('500M')).toBe(5e8);
    expect(parseQuantity('2k')).toBe(2000);
    expect(parseQuantity('3G')).toBe(3e9);
    expect(parseQuantity('1T')).toBe(1e12);
    expect(parseQuantity('1P')).toBe(1e15);
    expect(parseQuantity('1E')).toBe(1e18);
  });

  it('takes a plain non-negative number as it is', () => {
    expect(parseQuantity(3)).toBe(3);
    expect(parseQuantity(0)).toBe(0);
  });

  it('is nothing for a negative or infinite number, an unknown suffix, text, or no value', () => {
    for (const value of [-1, Infinity, Number.NaN, '1K', '1Xi', '1e3', 'abc', '', '-5Gi', '1.Gi', null, undefined, {}]) expect(parseQuantity(value), String(value)).toBeUndefined();
  });
});

describe('bytes in GB', () => {
  it('are binary gigabytes to two decimals', () => {
    expect(toGb(2 ** 30)).toBe(1);
    expect(toGb(1.5 * 2 ** 30)).toBe(1.5);
    expect(toGb(123_456_789)).toBe(0.11);
    expect(toGb(0)).toBe(0);
  });
});
