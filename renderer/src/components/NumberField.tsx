/**
 * A number input that commits on Enter or blur, not on every keystroke, so a half-typed value
 * never reaches the store. Escape puts the stored value back.
 */
import { useEffect, useState } from 'react';

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

export function NumberField({ value, onCommit, label, min, max, step = 'any', optional = false, placeholder, id }: NumberFieldProps) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      if (optional) onCommit(undefined);
      else setText(value === undefined ? '' : String(value));
      return;
    }
    const n = Number(trimmed);
    if (!Number.isFinite(n) || n === value) {
      setText(value === undefined ? '' : String(value));
      return;
    }
    onCommit(n);
  };
  return (
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
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setText(value === undefined ? '' : String(value));
      }}
    />
  );
}
