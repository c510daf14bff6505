/**
 * Going to one assumption from elsewhere (the Summary's "What moves the date most"): once its row is on screen, scroll it into
 * view, focus its value so the user can type the new number at once, and highlight the row for a moment so the eye finds it.
 */
import { useEffect, useRef, useState } from 'react';
import { useDecampStore } from '../../store';

/** How long the row stays highlighted. */
export const REVEAL_HIGHLIGHT_MS = 2_000;

export interface RevealedAssumption {
  /** The row highlighted now, if any. */
  readonly highlightedId: string | null;
  /** Register each row's element by assumption id (a ref callback). */
  readonly rowRef: (id: string) => (row: HTMLTableRowElement | null) => void;
}

/**
 * `knownIds`: every assumption the table has; `shownIds`: those the filter lets through. A row the filter hides asks for the
 * filter to be cleared (`onHidden`); an id the table does not have is dropped, so it cannot fire later by surprise.
 */
export function useRevealAssumption(knownIds: readonly string[], shownIds: readonly string[], onHidden: () => void): RevealedAssumption {
  const requested = useDecampStore((s) => s.focusedAssumptionId);
  const focusAssumption = useDecampStore((s) => s.focusAssumption);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const [highlightedId, setHighlightedId] = useState<string | null>(null);

  useEffect(() => {
    if (requested === null) return;
    const row = rows.current.get(requested);
    if (!row) {
      if (knownIds.includes(requested) && !shownIds.includes(requested)) onHidden();
      else focusAssumption(null);
      return;
    }
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    row.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    // The scroll above places the row; focusing must not jump it to the edge again.
    row.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
    setHighlightedId(requested);
    focusAssumption(null);
  }, [requested, knownIds, shownIds, onHidden, focusAssumption]);

  useEffect(() => {
    if (highlightedId === null) return;
    const timer = setTimeout(() => setHighlightedId(null), REVEAL_HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlightedId]);

  const rowRef = (id: string) => (row: HTMLTableRowElement | null) => {
    if (row) rows.current.set(id, row);
    else rows.current.delete(id);
  };
  return { highlightedId, rowRef };
}
