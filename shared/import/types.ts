/**
 * The import contract: files in, a project fragment plus a report out. Every importer (one per
 * source format) produces the same fragment shape, so the merge, the preview, the CLI and the
 * dialog know nothing about where a workload was read from.
 */
import type { Dependency, Workload } from '../model/schema';
import type { SourceProvider } from '../model/vocabulary';
import type { ReviewNote } from '../model/review';
import type { DependencyReference } from './references';
import type { ImportMessageCode } from './message-codes';

/** One file as the user handed it over: its name (as shown, never used to open anything) and its bytes. */
export interface ImportInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Where something was read, as precisely as the format allows. Lines, columns and rows are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Spreadsheets: the sheet's name. */
  readonly sheet?: string;
  /** Spreadsheets and CSV: the row as the user's spreadsheet numbers it (the header is row 1). */
  readonly row?: number;
  /** Spreadsheets and CSV: the column's header as written in the file. */
  readonly field?: string;
  /** Structured files: the path of the item, e.g. `resources[3].instances[0]` or `Deployment/frontend`. */
  readonly path?: string;
}

/** A finding of an import, in English with a code and params so the app can translate it. */
export interface ImportMessage {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: ImportMessageCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
  readonly at: SourceLocation;
}

/** A value the importer inferred instead of reading it: the user confirms it in the grid. */
export interface ImportGuess extends ReviewNote {
  readonly workloadId: string;
  /** The workload's name, for a report a person reads. */
  readonly workloadName: string;
  readonly message: string;
}

/**
 * A workload as an importer read it. `provided` lists the fields the source states (not defaults, not
 * guesses): a merge into an existing workload changes only those, so a re-import never overwrites a
 * strategy or criticality the team has decided.
 */
export interface ImportedWorkload extends Omit<Workload, 'team' | 'application' | 'environment' | 'review'> {
  /** The owner as the source names it (a team's name or id); the merge resolves it to a team. */
  readonly owner?: string;
  /** The business application it belongs to (Kubernetes namespace or label, CMDB column, tag). */
  readonly application?: string;
  /** production, staging, test or development, when the source says. */
  readonly environment?: string;
  readonly provided: readonly ProvidedField[];
  /** What the importer guessed: becomes the workload's "needs review" marker. */
  readonly review: readonly ReviewNote[];
  readonly origin: SourceLocation;
}

export type ProvidedField = 'name' | 'kind' | 'sourceService' | 'region' | 'strategy' | 'criticality' | 'complexity' | 'instances' | 'dataGb' | 'dailyChangeGb' | 'downtimeTolerance' | 'owner' | 'monthlyCost' | 'tags' | 'notes' | 'application' | 'environment';

/** A dependency between two workloads of the same fragment (`from` needs `to`). */
export interface ImportedDependency extends Dependency {
  readonly origin: SourceLocation;
}

/** A wave the user chose for an existing workload (an edited wave mapping): the merge makes it a pin. */
export interface ImportedPin {
  readonly workloadId: string;
  /** 0 = the pilot. */
  readonly wave: number;
  /** The wave as the file wrote it, and the one the plan had, for the report. */
  readonly asked: string;
  readonly planned: string;
  readonly origin: SourceLocation;
}

/** What an import adds to a project: workloads and the dependencies between them (and, from a wave mapping, pins). */
export interface ProjectFragment {
  readonly workloads: readonly ImportedWorkload[];
  readonly dependencies: readonly ImportedDependency[];
  /** Dependencies whose ends are named but not in this import: the merge looks for them in the project. */
  readonly references: readonly DependencyReference[];
  readonly pins?: readonly ImportedPin[];
}

/** The account of one import: what was read, skipped and guessed, and what went wrong where. */
export interface ImportReport {
  /** Each file with the format it was read as. */
  readonly files: readonly { readonly file: string; readonly format: string }[];
  readonly workloads: number;
  readonly dependencies: number;
  readonly guesses: readonly ImportGuess[];
  /** Errors, warnings and notes (skipped items are notes with a `skipped.*` code). */
  readonly messages: readonly ImportMessage[];
}

export interface ImportOutcome {
  /** False when any message is an error: nothing of this import may be applied. */
  readonly ok: boolean;
  readonly fragment: ProjectFragment;
  readonly report: ImportReport;
}

/** What an importer may know of the project it imports for. */
export interface ImportContext {
  /** Where the estate runs today; picks catalog defaults where the source does not name a product. */
  readonly sourceProvider: SourceProvider;
}
