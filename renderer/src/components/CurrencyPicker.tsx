/**
 * The currency one item's amounts are entered in (a workload's bills, a team's day rate): the
 * project's own, or another it has an exchange rate for. A currency Decamp does not know, or one
 * with no rate yet, is refused with why and what to do; the item keeps its currency. Each change is
 * one undo step (the store's edit).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListFormat } from '../i18n/list';
import { CURRENCIES, currencyProblem, type Currency, type Project } from '../../../shared/model';
import type { EditResult } from '../store/types';

export interface CurrencyPickerProps {
  readonly project: Pick<Project, 'project'>;
  /** The item's own currency; undefined: the project's. */
  readonly value: Currency | undefined;
  readonly label: string;
  readonly onChange: (currency: Currency | undefined) => EditResult;
}

export function CurrencyPicker({ project, value, label, onChange }: CurrencyPickerProps) {
  const { t } = useTranslation('common');
  const list = useListFormat();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const home = project.project.currency;
  const pick = (code: string) => {
    if (code === '' || code === home) {
      const result = onChange(undefined);
      return setError(result.ok ? null : result.message);
    }
    const problem = currencyProblem(project, code);
    if (problem) return setError(t(`currencyPicker.${problem.code}`, { currency: problem.currency, home, known: list(CURRENCIES, { kind: 'series' }) }));
    const result = onChange(code as Currency);
    setError(result.ok ? null : result.message);
  };
  return (
    <span className="currency-picker">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value && value !== home ? value : ''} onChange={(e) => pick(e.target.value)} aria-invalid={error ? true : undefined}>
        <option value="">{t('currencyPicker.project', { currency: home })}</option>
        {CURRENCIES.filter((c) => c !== home).map((c) => (
          <option key={c} value={c}>
            {project.project.exchangeRates?.some((r) => r.currency === c) ? c : t('currencyPicker.noRate', { currency: c })}
          </option>
        ))}
      </select>
      {error ? (
        <>
          {' '}
          <span className="form-error" role="alert">
            {error}
          </span>
        </>
      ) : null}
    </span>
  );
}
