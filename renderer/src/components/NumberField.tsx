/**
 * A number input that commits on Enter or blur, not on every keystroke, so a half-typed value
 * never reaches the store. A value outside its range (or a fraction where a whole number is asked,
 * step 1) stays in the field, marked, with why beside it; the store never sees it. Escape puts the
 * stored value back.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberFieldProps {
  readonly value: number | undefined;
  readonly onCommit: (value: number | undefined) => void;
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  /** Empty input means "use the default" (commits undefined). */
  readonly optional?: boolean;
  readonly placeholder?: string;
  readonly id?: string;
}

/** Why a typed value cannot be used, as an i18n key and params; null when it can. */
export function numberProblem(n: number, min: number | undefined, max: number | undefined, step: number | 'any'): { key: string; params: Record<string, number> } | null {
  if (!Number.isFinite(n)) return { key: 'numberField.notNumber', params: {} };
  if (min !== undefined && n < min) return { key: 'numberField.min', params: { min } };
  if (max !== undefined && n > max) return { key: 'numberField.max', params: { max } };
  if (step === 1 && !Number.isInteger(n)) return { key: 'numberField.whole', params: {} };
  return null;
}

export function NumberField({ value, onCommit, label, min, max, step = 'any', optional = false, placeholder, id }: NumberFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [problem, setProblem] = useState<ReturnType<typeof numberProblem>>(null);
  const errorId = useId();
  const reset = () => {
    setProblem(null);
    setText(value === undefined ? '' : String(value));
  };
  useEffect(() => {
    setProblem(null);
    setText(value === undefined ? '' : String(value));
  }, [value]);
  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      if (optional) onCommit(undefined);
      else reset();
      return;
    }
    const n = Number(trimmed);
    const why = numberProblem(n, min, max, step);
    if (why) return setProblem(why);
    setProblem(null);
    if (n === value) return reset();
    onCommit(n);
  };
  const input = (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      aria-label={label}
      value={text}
      min={min}
      max={max}
      step={step}
      placeholder={placeholder}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? errorId : undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') reset();
      }}
    />
  );
  // Always the same wrapper, so the input keeps its focus when a message appears or goes.
  return (
    <span className={problem ? 'number-field is-invalid' : 'number-field'}>
      {input}
      {problem ? (
        <span id={errorId} className="field-error" role="alert">
          {t(problem.key, problem.params)}
        </span>
      ) : null}
    </span>
  );
}
