/**
 * The Import dialog's work, apart from its looks: the files, the format each is read as, the
 * spreadsheets' header rows and column mappings, the value mappings, and the outcome with its merge
 * preview against the open project. Everything domain-like is shared/import's.
 */
import { useCallback, useState } from 'react';
import {
  type ColumnMapping,
  detectFormat,
  headTable,
  IMPORT_FORMATS,
  importFiles,
  type ImportOutcome,
  mergeFragment,
  type MergePreview,
  readTables,
  SourceFile,
  suggestMapping,
  type Table,
  tableKey,
  type ValueMappings,
} from '../../../../shared/import';
import type { ImportFile } from '../../../../shared/ipc';
import type { Project } from '../../../../shared/model';
import { rememberedMapping, rememberMapping } from './mapping-memory';

export const TABULAR_FORMATS = new Set(['csv', 'xlsx']);

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

export function useImportSession(project: Project) {
  const [step, setStep] = useState<Step>('choose');
  const [files, setFiles] = useState<readonly SessionFile[]>([]);
  const [tables, setTables] = useState<readonly TableState[]>([]);
  const [values, setValues] = useState<ValueMappings>({});
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [busy, setBusy] = useState(false);

  const effective = (f: SessionFile) => (f.format === 'auto' ? f.detected : f.format);

  const run = useCallback(
    async (list: readonly SessionFile[], tableList: readonly TableState[], valueMap: ValueMappings) => {
      setBusy(true);
      await afterPaint();
      try {
        const forced = new Set(list.map((f) => f.format));
        // One forced format for all, or detection per file: shared/import reads a group per format.
        const format = forced.size === 1 && !forced.has('auto') ? [...forced][0] : 'auto';
        const result = await importFiles(
          list.map((f) => ({ name: f.file.name, bytes: f.file.bytes })),
          {
            sourceProvider: project.project.sourceProvider,
            ...(format !== undefined ? { format } : {}),
            takenIds: [],
            tabular: { columns: Object.fromEntries(tableList.map((t) => [t.key, t.mapping])), headerRows: Object.fromEntries(tableList.map((t) => [t.key, t.headerRow])), values: valueMap },
          },
        );
        setOutcome(result);
        setPreview(result.ok ? mergeFragment(project, result.fragment).preview : null);
        setStep('review');
      } finally {
        setBusy(false);
      }
    },
    [project],
  );

  /** New files: detect each, read the spreadsheets' tables, and go to the column step if there are any. */
  const load = useCallback(
    async (incoming: readonly ImportFile[]) => {
      setBusy(true);
      await afterPaint();
      try {
        const list: SessionFile[] = incoming.map((file) => ({ file, detected: detectFormat(new SourceFile(file.name, file.bytes))?.id ?? null, format: 'auto' }));
        setFiles(list);
        const tableList: TableState[] = [];
        for (const f of list) {
          if (!TABULAR_FORMATS.has(effective(f) ?? '')) continue;
          const { tables: read } = await readTables(new SourceFile(f.file.name, f.file.bytes));
          for (const table of read) tableList.push(tableState(table));
        }
        setTables(tableList);
        setOutcome(null);
        if (tableList.length > 0) setStep('map');
        else await run(list, [], values);
      } finally {
        setBusy(false);
      }
    },
    [run, values],
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
    await run(files, tables, values);
  };

  return { step, setStep, files, tables, values, outcome, preview, busy, load, read, setHeaderRow, setRole, setValue, setFormat, formats: IMPORT_FORMATS };
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
