/** What a merge will do, shown before it is applied: added, updated (field by field) and left alone. */
import type { DependencyReference } from '../references';
import type { SourceLocation } from '../types';

export interface FieldChange {
  readonly field: string;
  /** The values as short texts, for the preview table. */
  readonly before: string;
  readonly after: string;
}

export interface MergePreview {
  /** New workloads, with the id they get in the project. */
  readonly added: readonly { readonly id: string; readonly name: string; readonly kind: string }[];
  /** Workloads of the project the import matched and changes. */
  readonly updated: readonly { readonly id: string; readonly name: string; readonly matchedBy: 'id' | 'name'; readonly changes: readonly FieldChange[] }[];
  /** Workloads the import matched but has nothing new for. */
  readonly unchanged: readonly { readonly id: string; readonly name: string }[];
  /** Workloads of the project the import does not mention: left as they are. */
  readonly untouched: number;
  readonly dependencies: {
    readonly added: number;
    /** Already in the project (same from and to): left as they are. */
    readonly existing: number;
    /** Named ends found neither in the import nor in the project. */
    readonly unresolved: readonly DependencyReference[];
  };
  readonly teams: { readonly added: readonly { readonly id: string; readonly name: string }[] };
  /** Waves chosen in a wave mapping, now pins (earlier pins of the same workloads replaced); and rows naming no workload. */
  readonly pins?: {
    readonly pinned: readonly { readonly workloadId: string; readonly name: string; readonly from: string; readonly to: string; readonly wave: number }[];
    readonly unknown: readonly { readonly workloadId: string; readonly origin: SourceLocation }[];
  };
}

export function isEmptyMerge(preview: MergePreview): boolean {
  return preview.added.length === 0 && preview.updated.length === 0 && preview.dependencies.added === 0 && preview.teams.added.length === 0 && (preview.pins?.pinned.length ?? 0) === 0;
}
