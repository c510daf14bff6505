/**
 * The Import dialog's work, apart from its looks: the files, the format each is read as, the
 * spreadsheets' header rows and column mappings, the value mappings, and the outcome with its merge
 * preview against the open project. Everything domain-like is shared/import's.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ColumnMapping, headTable, IMPORT_FORMATS, type ImportOutcome, type MergePreview, suggestMapping, type Table, tableKey, type ValueMappings } from '../../../../shared/import';
import type { ImportFile } from '../../../../shared/ipc';
import type { Project } from '../../../../shared/model';
import { createDefaultReader, ImportCancelled, type ImportReader } from '../../import-worker/reader';
import { rememberedMapping, rememberMapping } from './mapping-memory';

export interface TableState {
  readonly key: string;
  readonly table: Table;
  /** 1-based row of the headers. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly remembered: boolean;
}

export interface SessionFile {
  readonly file: ImportFile;
  readonly detected: string | null;
  /** What the user chose; 'auto' follows detection. */
  readonly format: string;
}

export type Step = 'choose' | 'map' | 'review';

/** `reader` for tests; the app reads in a worker (import-worker/reader.ts). */
export function useImportSession(project: Project, makeReader: () => ImportReader = createDefaultReader) {
  const reader = useRef<ImportReader | null>(null);
  reader.current ??= makeReader();
  // Closing the dialog stops a reading in hand (and its worker) rather than leaving it to finish unseen.
  useEffect(() => () => reader.current?.cancel(), []);
  const [step, setStep] = useState<Step>('choose');
  const [files, setFiles] = useState<readonly SessionFile[]>([]);
  const [tables, setTables] = useState<readonly TableState[]>([]);
  const [values, setValues] = useState<ValueMappings>({});
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [busy, setBusy] = useState(false);
  /** Why the last reading failed (a worker that could not start or stopped), in the reader's words. */
  const [failure, setFailure] = useState<string | null>(null);

  /** Runs `work` as the session's one reading: busy meanwhile, a failure kept for the dialog, a cancel silent. */
  const reading = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    await afterPaint();
    try {
      await work();
    } catch (error) {
      if (!(error instanceof ImportCancelled)) setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }, []);

  const readNow = useCallback(
    async (list: readonly SessionFile[], tableList: readonly TableState[], valueMap: ValueMappings) => {
      const forced = new Set(list.map((f) => f.format));
      // One forced format for all, or detection per file: shared/import reads a group per format.
      const format = forced.size === 1 && !forced.has('auto') ? [...forced][0] : 'auto';
      const result = await reader.current!.read(
        list.map((f) => f.file),
        {
          sourceProvider: project.project.sourceProvider,
          ...(format !== undefined ? { format } : {}),
          takenIds: [],
          tabular: { columns: Object.fromEntries(tableList.map((t) => [t.key, t.mapping])), headerRows: Object.fromEntries(tableList.map((t) => [t.key, t.headerRow])), values: valueMap },
        },
        project,
      );
      setOutcome(result.outcome);
      setPreview(result.preview);
      setStep('review');
    },
    [project],
  );

  /**
   * New files (or the same ones again, after the user chose a format for one): detect each, read the
   * spreadsheets' tables, and go to the column step if there are any. A format the user chose for a
   * file of that name stays chosen.
   */
  const load = useCallback(
    (incoming: readonly ImportFile[]) =>
      reading(async () => {
        const chosen = new Map(files.map((f) => [f.file.name, f.format]));
        const formats = incoming.map((file) => chosen.get(file.name) ?? 'auto');
        const { detected, tables: read } = await reader.current!.inspect(incoming, formats);
        const list: SessionFile[] = incoming.map((file, i) => ({ file, detected: detected[i] ?? null, format: formats[i]! }));
        setFiles(list);
        const tableList = read.map(tableState);
        setTables(tableList);
        setOutcome(null);
        if (tableList.length > 0) setStep('map');
        else await readNow(list, [], values);
      }),
    [reading, readNow, files, values],
  );

  const setHeaderRow = (key: string, row: number) =>
    setTables((list) =>
      list.map((t) => {
        if (t.key !== key) return t;
        const headed = headTable(t.table, { sourceProvider: project.project.sourceProvider, tabular: { headerRows: { [key]: row } } });
        return { ...t, headerRow: row, headers: headed.headers, mapping: rememberedMapping(headed.headers) ?? suggestMapping(headed.headers), remembered: rememberedMapping(headed.headers) !== undefined };
      }),
    );
  const setRole = (key: string, header: string, role: ColumnMapping[string]) => setTables((list) => list.map((t) => (t.key === key ? { ...t, mapping: { ...t.mapping, [header]: role }, remembered: false } : t)));
  const setValue = (role: keyof ValueMappings, raw: string, mapped: string) => setValues((v) => ({ ...v, [role]: { ...(v[role] ?? {}), [raw]: mapped } }));
  const setFormat = (name: string, format: string) => setFiles((list) => list.map((f) => (f.file.name === name ? { ...f, format } : f)));

  const read = async () => {
    for (const t of tables) rememberMapping(t.headers, t.mapping);
    await reading(() => readNow(files, tables, values));
  };

  return { step, setStep, files, tables, values, outcome, preview, busy, failure, load, read, setHeaderRow, setRole, setValue, setFormat, formats: IMPORT_FORMATS };
}

/**
 * Resolves once the page has painted: reading a large file holds the thread for seconds, and the
 * "Reading…" the user should see meanwhile must be on screen before that starts.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

function tableState(table: Table): TableState {
  const headed = headTable(table, { sourceProvider: 'alibaba' });
  const remembered = rememberedMapping(headed.headers);
  return { key: tableKey(table), table, headerRow: table.rows[headed.headerIndex]?.row ?? 1, headers: headed.headers, mapping: remembered ?? suggestMapping(headed.headers), remembered: remembered !== undefined };
}
