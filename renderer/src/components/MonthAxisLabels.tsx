/**
 * A calendar axis's labels in the reader's language: month names on one row, the year on the row
 * below (shared/layout/month-axis decides which months have room). The caller draws the ticks.
 */
import { useMemo } from 'react';
import { monthAxisLabels, type MonthAxisWords, type MonthTick } from '../../../shared/layout/month-axis';

const wordsByLocale = new Map<string, MonthAxisWords>();
function wordsFor(locale: string): MonthAxisWords {
  let words = wordsByLocale.get(locale);
  if (!words) {
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    words = { month: (iso) => month.format(at(iso)), year: (iso) => year.format(at(iso)) };
    wordsByLocale.set(locale, words);
  }
  return words;
}

export interface MonthAxisLabelsProps {
  readonly ticks: readonly MonthTick[];
  readonly locale: string;
  /** Baseline of the month row; the year row sits 12 px below it. */
  readonly baseline: number;
  /** The axis's right end: no label runs past it. */
  readonly right: number;
}

export function MonthAxisLabels({ ticks, locale, baseline, right }: MonthAxisLabelsProps) {
  const labels = useMemo(() => monthAxisLabels(ticks, wordsFor(locale), { right }), [ticks, locale, right]);
  return (
    <>
      {labels.map((label) => (
        <text key={`${label.row}-${label.iso}`} x={label.x} y={baseline + label.row * 12} data-axis-row={label.row}>
          {label.text}
        </text>
      ))}
    </>
  );
}
