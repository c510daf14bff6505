/** A small glyph per workload kind (16 x 16, currentColor), so a card's kind reads at a glance. */
import { memo } from 'react';
import type { WorkloadKind } from '../../../../shared/model';

const PATHS: Readonly<Record<WorkloadKind, string>> = {
  compute: 'M2 3h12v8H2z M5 13h6',
  container: 'M2 5l6-3 6 3v6l-6 3-6-3z M2 5l6 3 6-3 M8 8v6',
  serverless: 'M4 14L9 2 M7 9h5',
  database: 'M3 4c0-2 10-2 10 0v8c0 2-10 2-10 0z M3 4c0 2 10 2 10 0 M3 8c0 2 10 2 10 0',
  cache: 'M9 1L3 9h5l-1 6 6-8H8z',
  storage: 'M2 3h12v4H2z M2 9h12v4H2z M4 5h1 M4 11h1',
  queue: 'M1 5h3v6H1z M6 5h3v6H6z M11 5h3v6h-3z',
  network: 'M8 2v12 M2 8h12 M8 8m-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0',
  security: 'M8 1l6 2v5c0 3-3 6-6 7-3-1-6-4-6-7V3z',
  observability: 'M1 8c2-4 12-4 14 0-2 4-12 4-14 0z M8 8m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
  analytics: 'M2 14V9 M6 14V5 M10 14V7 M14 14V2',
  iot: 'M5 5h6v6H5z M7 1v4 M9 1v4 M7 11v4 M9 11v4 M1 7h4 M1 9h4 M11 7h4 M11 9h4',
  other: 'M8 8m-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0 M8 5v4 M8 11v1',
};

export const KindIcon = memo(function KindIcon({ kind }: { readonly kind: WorkloadKind }) {
  return (
    <svg className="kind-icon" viewBox="0 0 16 16" width={14} height={14} aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth={1.4} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
});
