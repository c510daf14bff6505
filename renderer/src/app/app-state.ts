/**
 * Transient app chrome that is not part of the document: which dialog is open, the first-run hint,
 * a status message. Kept out of the document store so it never enters undo history.
 */
import { create } from 'zustand';
import type { ExportFormat } from '../../../shared/export/formats';
import type { ImportFile, IpcError, RecoveryEntry } from '../../../shared/ipc';

export interface StatusMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly tone: 'info' | 'error';
}

/** What the user chose for unsaved changes before the document is replaced. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The open "save changes first?" question; `answer` settles it (and closes the dialog). */
export interface UnsavedPrompt {
  readonly displayName: string;
  answer(choice: UnsavedChoice): void;
}

export interface AppState {
  /** A file that could not be opened, with its located errors. */
  readonly openError: IpcError | null;
  readonly newProjectOpen: boolean;
  /** The Import dialog is open; `importFiles` are files handed to it (dropped on the window). */
  readonly importOpen: boolean;
  readonly importFiles: readonly ImportFile[] | null;
  /** The Export dialog is open with this format chosen (Print to PDF opens it on PDF). */
  readonly exportFormat: ExportFormat | null;
  /** Asking whether to save the current document before another replaces it. */
  readonly unsavedPrompt: UnsavedPrompt | null;
  readonly recovery: readonly RecoveryEntry[];
  readonly hintVisible: boolean;
  readonly status: StatusMessage | null;
  /** True once the first document (sample, recovery, file) is in place. */
  readonly ready: boolean;
  set(patch: Partial<Omit<AppState, 'set'>>): void;
}

export const useAppState = create<AppState>()((set) => ({
  openError: null,
  newProjectOpen: false,
  importOpen: false,
  importFiles: null,
  exportFormat: null,
  unsavedPrompt: null,
  recovery: [],
  hintVisible: false,
  status: null,
  ready: false,
  set: (patch) => set(patch),
}));
