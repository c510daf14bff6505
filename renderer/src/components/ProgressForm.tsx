/**
 * Records what really happened to a wave or a workload: when its work started and finished, the
 * person-days it took (workloads), and "blocked" with the reason. The waves board, the timeline and
 * the workload's side panel all use it; the caller saves through the store and gets an EditResult.
 */
import './progress-form.css';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blocked } from '../../../shared/model';
import type { EditResult, ProgressEntry } from '../store';
import { DateField } from './DateField';

export interface ProgressValue extends ProgressEntry {
  readonly effort?: number;
}

export interface ProgressFormProps {
  /** What the form is about, for its accessible name ("Progress of Pilot"). */
  readonly subject: string;
  readonly value: ProgressValue | undefined;
  /** The plan's dates, shown as what the actuals are measured against. */
  readonly planned?: { readonly start: string; readonly end: string; readonly effort?: number };
  readonly withEffort?: boolean;
  /** Today, the default of "since" when work is marked blocked. */
  readonly today: string;
  readonly onSave: (entry: ProgressValue) => EditResult;
}

const empty = { start: '', finish: '', effort: '', blocked: false, reason: '', since: '' };
type DateKey = 'start' | 'finish' | 'since';

export function ProgressForm({ subject, value, planned, withEffort = false, today, onSave }: ProgressFormProps) {
  const { t } = useTranslation('scenarios');
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  // The date fields whose text is no date yet: the form saves nothing past them (their own message says why).
  const [unreadable, setUnreadable] = useState<ReadonlySet<DateKey>>(new Set());
  const readable = (key: DateKey) => (ok: boolean) =>
    setUnreadable((s) => {
      if (ok !== s.has(key)) return s;
      const next = new Set(s);
      if (ok) next.delete(key);
      else next.add(key);
      return next;
    });
  const reasonId = useId();
  useEffect(() => {
    setForm({
      start: value?.start ?? '',
      finish: value?.finish ?? '',
      effort: value?.effort !== undefined ? String(value.effort) : '',
      blocked: value?.blocked !== undefined,
      reason: value?.blocked?.reason ?? '',
      since: value?.blocked?.since ?? '',
    });
    setError(null);
  }, [value]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ([...unreadable].some((key) => key !== 'since' || form.blocked)) return setError(t('common:dateField.unreadable'));
    const effort = form.effort.trim() === '' ? undefined : Number(form.effort);
    if (effort !== undefined && !(Number.isFinite(effort) && effort >= 0)) return setError(t('actuals.effortInvalid'));
    if (form.blocked && form.reason.trim() === '') return setError(t('actuals.reasonNeeded'));
    const blocked: Blocked | undefined = form.blocked ? { reason: form.reason.trim(), since: form.since || today } : undefined;
    const result = onSave({ ...(form.start ? { start: form.start } : {}), ...(form.finish ? { finish: form.finish } : {}), ...(effort !== undefined ? { effort } : {}), ...(blocked ? { blocked } : {}) });
    setError(result.ok ? null : t(`actuals.refused.${result.params['detail'] === 'beforeStart' || result.params['detail'] === 'needed' ? result.params['detail'] : 'other'}`, { message: result.message }));
  };
  const clear = () => {
    const result = onSave({});
    if (result.ok) setForm(empty);
  };

  return (
    <form className="progress-form" onSubmit={submit} aria-label={t('actuals.of', { name: subject })}>
      {planned ? <p className="progress-planned">{t(planned.effort !== undefined ? 'actuals.plannedEffort' : 'actuals.planned', { start: planned.start, end: planned.end, effort: planned.effort })}</p> : null}
      <div className="progress-fields">
        <label>
          {t('actuals.start')}
          <DateField label={t('actuals.start')} value={form.start} onChange={(start) => setForm((f) => ({ ...f, start }))} onValidity={readable('start')} />
        </label>
        <label>
          {t('actuals.finish')}
          <DateField label={t('actuals.finish')} value={form.finish} onChange={(finish) => setForm((f) => ({ ...f, finish }))} onValidity={readable('finish')} />
        </label>
        {withEffort ? (
          <label>
            {t('actuals.effort')}
            <input type="number" min={0} step="any" value={form.effort} onChange={(e) => setForm({ ...form, effort: e.target.value })} />
          </label>
        ) : null}
      </div>
      <label className="progress-blocked">
        <input type="checkbox" checked={form.blocked} onChange={(e) => setForm({ ...form, blocked: e.target.checked })} /> {t('actuals.blocked')}
      </label>
      {form.blocked ? (
        <label htmlFor={reasonId} className="progress-reason">
          {t('actuals.reason')}
          <input id={reasonId} type="text" value={form.reason} maxLength={500} placeholder={t('actuals.reasonPlaceholder')} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
        </label>
      ) : null}
      {form.blocked ? (
        <label className="progress-since">
          {t('actuals.since')}
          <DateField required label={t('actuals.since')} value={form.since || today} onChange={(since) => since && setForm((f) => ({ ...f, since }))} onValidity={readable('since')} />
        </label>
      ) : null}
      <div className="progress-actions">
        <button type="submit">{t('actuals.save')}</button>
        {value ? (
          <button type="button" onClick={clear}>
            {t('actuals.clear')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
