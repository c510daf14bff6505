/**
 * The project's currency and the exchange rates for amounts entered in others (a team's day rate,
 * a workload's bill). Decamp looks nothing up (it has no network): each rate is an assumption with
 * the day it held and where it came from, and amounts are converted with it before planning.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, type ExchangeRate } from '../../../../shared/model';
import { DateField } from '../../components/DateField';
import { formatDate, formatNumber } from '../../i18n/format';
import { todayIso, useDecampStore } from '../../store';

type Currency = (typeof CURRENCIES)[number];

export function CurrencyEditor() {
  const { t, i18n } = useTranslation('scenarios');
  const locale = i18n.language;
  const meta = useDecampStore((s) => s.project.project);
  const { updateProjectMeta, setExchangeRate, removeExchangeRate } = useDecampStore.getState();
  const rates = meta.exchangeRates ?? [];
  const others = CURRENCIES.filter((c) => c !== meta.currency);
  const [form, setForm] = useState({ currency: (others.find((c) => !rates.some((r) => r.currency === c)) ?? others[0]!) as Currency, rate: '', asOf: todayIso(), source: '' });
  const [error, setError] = useState<string | null>(null);
  // A date typed that is no date yet: its own message says why, and the rate waits for it.
  const [asOfReadable, setAsOfReadable] = useState(true);

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!asOfReadable) return setError(t('common:dateField.unreadable'));
    const rate = Number(form.rate);
    if (!(Number.isFinite(rate) && rate > 0)) return setError(t('currency.rateInvalid'));
    if (!form.source.trim()) return setError(t('currency.sourceNeeded'));
    const next: ExchangeRate = { currency: form.currency, rate, asOf: form.asOf, source: form.source.trim() };
    const result = setExchangeRate(next);
    setError(result.ok ? null : result.message);
    if (result.ok) setForm({ ...form, rate: '', source: '' });
  };

  return (
    <div className="currency-editor" data-testid="currency-editor">
      <p className="muted">{t('currency.explain')}</p>
      <label>
        {t('currency.project')}{' '}
        <select value={meta.currency} onChange={(e) => updateProjectMeta({ currency: e.target.value as Currency })}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {rates.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('currency.currency')}</th>
              <th scope="col">{t('currency.rate', { project: meta.currency })}</th>
              <th scope="col">{t('currency.asOf')}</th>
              <th scope="col">{t('currency.source')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.currency}>
                <th scope="row">{r.currency}</th>
                <td>{t('currency.rateValue', { currency: r.currency, rate: formatNumber(r.rate, locale, 6), project: meta.currency })}</td>
                <td>{formatDate(r.asOf, locale)}</td>
                <td>{r.source}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('currency.remove', { currency: r.currency })}
                    onClick={() => {
                      const result = removeExchangeRate(r.currency);
                      setError(result.ok ? null : t('currency.inUse', { currency: r.currency, message: result.message }));
                    }}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="currency-add" onSubmit={add} aria-label={t('currency.add')}>
        <label>
          {t('currency.currency')}
          <select value={form.currency} onChange={(e) => setForm({ ...form, currency: e.target.value as Currency })}>
            {others.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('currency.rate', { project: meta.currency })}
          <input type="number" min={0} step="any" value={form.rate} onChange={(e) => setForm({ ...form, rate: e.target.value })} />
        </label>
        <label>
          {t('currency.asOf')}
          <DateField required label={t('currency.asOf')} value={form.asOf} onChange={(asOf) => asOf && setForm((f) => ({ ...f, asOf }))} onValidity={setAsOfReadable} />
        </label>
        <label>
          {t('currency.source')}
          <input type="text" value={form.source} maxLength={500} placeholder={t('currency.sourcePlaceholder')} onChange={(e) => setForm({ ...form, source: e.target.value })} />
        </label>
        <button type="submit">{t('currency.add')}</button>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
