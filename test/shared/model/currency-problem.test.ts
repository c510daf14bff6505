/** An item's own currency is refused with why when Decamp cannot convert it: unknown, or no exchange rate. */
import { describe, expect, it } from 'vitest';
import { currencyProblem } from '../../../shared/model/currency';
import { loadSample } from '../../../shared/samples';

describe('currencyProblem', () => {
  const p = loadSample('online-shop');
  const home = p.project.currency;
  const withUsd = { ...p, project: { ...p.project, exchangeRates: [{ currency: 'USD' as const, rate: 7.1, asOf: '2026-11-02', source: 'PBOC central parity' }] } };

  it('accepts the project’s own currency and one it has a rate for', () => {
    expect(currencyProblem(p, home)).toBeNull();
    expect(currencyProblem(withUsd, 'USD')).toBeNull();
  });

  it('refuses one with no rate, saying what to add, and one Decamp does not know', () => {
    expect(currencyProblem(p, 'EUR')).toEqual({ code: 'noExchangeRate', currency: 'EUR', message: `the project has no exchange rate for EUR: add one (what 1 EUR is worth in ${home}, its date and its source) first` });
    expect(currencyProblem(withUsd, 'XYZ')).toMatchObject({ code: 'unknownCurrency', currency: 'XYZ' });
  });
});
