/**
 * A date typed as YYYY-MM-DD, the order Chinese and ISO both read, whatever language the browser itself runs in: a native
 * <input type="date"> shows mm/dd/yyyy in an English Chromium even when Decamp is in Chinese. It reports a date only once it
 * is a real one; a date that cannot be read stays in the field with why beside it. The button beside it opens the browser's
 * own calendar.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DateFieldProps {
  /** ISO date, or '' for none. */
  readonly value: string;
  /** A real date typed or picked (ISO), or '' when the field was emptied. */
  readonly onChange: (iso: string) => void;
  readonly label: string;
  readonly required?: boolean;
  /** Told, as the text changes, whether it is a date (or an allowed blank), so a form can refuse to save past one it cannot read. */
  readonly onValidity?: (readable: boolean) => void;
}

/** `2027-03-01` when it is a real calendar date, else null. */
export function readIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function DateField({ value, onChange, label, required = false, onValidity }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => {
    // A value that comes back from what is being typed ("2027-03-1" is 1 March) leaves the text as
    // typed, so the next keystroke ("2027-03-15") is not appended to a rewritten date.
    setText((current) => (readIsoDate(current) === value || (value === '' && current.trim() === '') ? current : value));
    setInvalid(false);
    onValidity?.(value !== '' || !required);
    // Only a new value from outside resets the field; a new callback does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const take = (next: string, final: boolean) => {
    setText(next);
    const iso = readIsoDate(next);
    onValidity?.(iso !== null || (next.trim() === '' && !required));
    if (iso !== null) {
      setInvalid(false);
      if (final) setText(iso);
      if (iso !== value) onChange(iso);
    } else if (next.trim() === '' && !required) {
      setInvalid(false);
      if (value !== '') onChange('');
    } else if (final) {
      setInvalid(true);
    }
  };

  return (
    <span className={invalid ? 'date-field is-invalid' : 'date-field'}>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-label={label}
        placeholder={t('dateField.placeholder')}
        value={text}
        size={10}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => take(e.target.value, false)}
        onBlur={() => take(text, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') take(text, true);
          if (e.key === 'Escape') take(value, true);
        }}
      />
      <button
        type="button"
        className="date-field-pick"
        aria-label={t('dateField.pick', { label })}
        title={t('dateField.pick', { label })}
        onClick={() => {
          try {
            picker.current?.showPicker();
          } catch {
            picker.current?.focus();
          }
        }}
      >
        <span aria-hidden="true">▾</span>
      </button>
      <input ref={picker} type="date" tabIndex={-1} aria-hidden="true" className="date-field-native" value={readIsoDate(text) ?? ''} onChange={(e) => e.target.value && take(e.target.value, true)} />
      {invalid ? (
        <span id={errorId} className="field-error" role="alert">
          {t('dateField.invalid')}
        </span>
      ) : null}
    </span>
  );
}
