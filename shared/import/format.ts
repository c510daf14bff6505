/**
 * One source format: how to recognise it and how to read it. The registry (formats.ts) lists them;
 * adding a format is one file implementing this and one line there.
 */
import type { SourceProvider } from '../model/vocabulary';
import type { FragmentBuilder } from './fragment-builder';
import type { SourceFile } from './source-file';
import type { TabularOptions } from './tabular/options';

export interface FormatContext {
  readonly sourceProvider: SourceProvider;
  /** Column and value mappings chosen in the dialog (or remembered); absent means detected automatically. */
  readonly tabular?: TabularOptions;
}

export interface ImportFormat {
  /** The name on the command line (`--format tfstate`). */
  readonly id: string;
  /** What the user sees: "Terraform state". */
  readonly label: string;
  /** File extensions the picker offers for it, without the dot. */
  readonly extensions: readonly string[];
  /**
   * How sure this format is that `file` is one of its own, by content first: 0 not at all, 1-3 the
   * name only suggests it, 5 and above the content says so (10: certain, e.g. a signature field).
   */
  detect(file: SourceFile): number;
  /** Reads every file taken as this format together (an edge list beside an inventory, modules beside a root). */
  read(files: readonly SourceFile[], out: FragmentBuilder, context: FormatContext): Promise<void> | void;
}
