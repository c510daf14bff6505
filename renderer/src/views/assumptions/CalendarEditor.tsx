/**
 * The calendar: start date, working days, holidays and change-freeze windows (presets for
 * Double 11, 618, Spring Festival and year-end close, or a custom span); beside the dates, what
 * is already in place.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { useCatalogWords } from '../shared/use-catalog-words';
import { holidayName } from './holiday-name';
import { InPlaceEditor } from './InPlaceEditor';
import { FREEZE_PRESETS, type FreezePreset } from '../../../../shared/model';
import { formatDate } from '../../i18n/format';
import { PRESET_YEARS, useDecampStore } from '../../store';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function CalendarEditor() {
  const { t } = useTranslation('assumptions');
  const words = useCatalogWords();
  const calendar = useDecampStore((s) => s.project.calendar);
  const startDate = useDecampStore((s) => s.project.project.startDate);
  const targetDate = useDecampStore((s) => s.project.project.targetDate);
  const { t: tt } = useTranslation('target-date');
  const locale = useDecampStore((s) => s.locale);
  const { updateCalendar, updateProjectMeta, addFreezeWindow, removeFreezeWindow } = useDecampStore.getState();
  const [preset, setPreset] = useState<FreezePreset>('double-11');
  const [year, setYear] = useState<number>(() => Number(startDate.slice(0, 4)) || PRESET_YEARS[0]!);
  const [custom, setCustom] = useState({ name: '', start: '', end: '' });
  const [holiday, setHoliday] = useState({ name: '', date: '' });

  const toggleDay = (day: number) => {
    const days = calendar.workingDays.includes(day) ? calendar.workingDays.filter((d) => d !== day) : [...calendar.workingDays, day].sort();
    updateCalendar({ workingDays: days });
  };
  const addCustom = (e: FormEvent) => {
    e.preventDefault();
    if (custom.name.trim() && custom.start && custom.end && addFreezeWindow({ name: custom.name.trim(), start: custom.start, end: custom.end }).ok) setCustom({ name: '', start: '', end: '' });
  };
  const addHoliday = (e: FormEvent) => {
    e.preventDefault();
    if (!holiday.date) return;
    if (updateCalendar({ holidays: [...calendar.holidays, { date: holiday.date, name: holiday.name.trim() }].sort((a, b) => a.date.localeCompare(b.date)) }).ok) setHoliday({ name: '', date: '' });
  };

  return (
    <div className="calendar-editor">
      <div className="filter-row">
        <label>
          {t('calendar.startDate')}{' '}
          <DateField required label={t('calendar.startDate')} value={startDate} onChange={(iso) => iso && updateProjectMeta({ startDate: iso })} />
        </label>
        <label title={tt('field.hint')}>
          {tt('field.label')}{' '}
          <DateField label={tt('field.label')} value={targetDate ?? ''} onChange={(iso) => updateProjectMeta({ targetDate: iso || undefined })} />
        </label>
        <fieldset className="weekdays">
          <legend>{t('calendar.workingDays')}</legend>
          {WEEKDAYS.map((d) => (
            <label key={d}>
              <input type="checkbox" checked={calendar.workingDays.includes(d)} onChange={() => toggleDay(d)} /> {t(`calendar.weekday.${d}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <InPlaceEditor />

      <h3>{t('calendar.freezeWindows')}</h3>
      <p className="muted">{t('calendar.freezeExplain')}</p>
      <table className="data">
        <tbody>
          {calendar.freezeWindows.map((f) => (
            <tr key={f.id}>
              <td>{words.freeze(f)}</td>
              <td>
                {formatDate(f.start, locale)} – {formatDate(f.end, locale)}
              </td>
              <td>
                <button type="button" onClick={() => removeFreezeWindow(f.id)} aria-label={t('calendar.removeOf', { name: words.freeze(f) })}>
                  {t('calendar.remove')}
                </button>
              </td>
            </tr>
          ))}
          {calendar.freezeWindows.length === 0 ? (
            <tr>
              <td className="muted">{t('calendar.noFreeze')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <div className="filter-row">
        <label>
          {t('calendar.presetLabel')}{' '}
          <select value={preset} onChange={(e) => setPreset(e.target.value as FreezePreset)}>
            {FREEZE_PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`calendar.preset.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calendar.year')}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {PRESET_YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => addFreezeWindow({ preset, year })}>
          {t('calendar.addPreset')}
        </button>
      </div>
      <form className="filter-row" onSubmit={addCustom} aria-label={t('calendar.customLabel')}>
        <input aria-label={t('calendar.customName')} placeholder={t('calendar.customName')} value={custom.name} onChange={(e) => setCustom({ ...custom, name: e.target.value })} />
        <DateField label={t('calendar.from')} value={custom.start} onChange={(start) => setCustom({ ...custom, start })} />
        <DateField label={t('calendar.to')} value={custom.end} onChange={(end) => setCustom({ ...custom, end })} />
        <button type="submit">{t('calendar.addCustom')}</button>
      </form>

      <h3>{t('calendar.holidays')}</h3>
      <table className="data">
        <tbody>
          {calendar.holidays.map((h, i) => (
            <tr key={`${h.date}-${i}`}>
              <td>{formatDate(h.date, locale)}</td>
              <td>{holidayName(h.name, t)}</td>
              <td>
                <button type="button" aria-label={t('calendar.removeOf', { name: h.name ? holidayName(h.name, t) : formatDate(h.date, locale) })} onClick={() => updateCalendar({ holidays: calendar.holidays.filter((_, j) => j !== i) })}>
                  {t('calendar.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="filter-row" onSubmit={addHoliday} aria-label={t('calendar.holidayLabel')}>
        <DateField label={t('calendar.holidayDate')} value={holiday.date} onChange={(date) => setHoliday({ ...holiday, date })} />
        <input aria-label={t('calendar.holidayName')} placeholder={t('calendar.holidayName')} value={holiday.name} onChange={(e) => setHoliday({ ...holiday, name: e.target.value })} />
        <button type="submit">{t('calendar.addHoliday')}</button>
      </form>
    </div>
  );
}
