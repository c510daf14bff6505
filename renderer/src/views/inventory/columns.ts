/**
 * The inventory grid's columns: how each shows, sorts, filters and parses an edit. Edits are
 * checked with the field's schema from shared/model, so the grid adds no rule of its own.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  CRITICALITIES,
  STRATEGIES,
  TARGET_PROVIDERS,
  TargetSchema,
  WORKLOAD_KINDS,
  WorkloadSchema,
  WorkloadSizeSchema,
  type Project,
  type Team,
  type TargetProvider,
  type Workload,
} from '../../../../shared/model';
import { catalogEntry } from '../../../../shared/catalog';
import type { Wave } from '../../../../shared/plan/types';
import { checkWith, readNumber, type CellError } from './cell-validation';
import { parseTargetRegion, sourceServiceOptions, targetRegionOptions } from './service-options';

/** One grid row: the workload and the figures the Plan derives for it. */
export interface InventoryRow {
  readonly workload: Workload;
  readonly wave: Wave | null;
  readonly excluded: boolean;
  /** Built in the landing zone (foundation) rather than moved in a wave. */
  readonly foundation: boolean;
  readonly likelyEffort: number | null;
  /** The likely effort is the user's own estimate (an override), not the estimator's. */
  readonly effortOverridden?: boolean;
  /** Lower-case text the search box matches against. */
  readonly haystack: string;
}

export type EditorKind = 'none' | 'text' | 'number' | 'select' | 'selection';

export interface CellOption {
  readonly value: string;
  readonly label: string;
  /** Options of one group are shown together under its label (a provider's products). */
  readonly group?: string;
}

/** What display and option lists need from the surroundings (language, teams, defaults). */
export interface CellContext {
  readonly t: TFunction<'inventory'>;
  readonly formatNumber: (n: number) => string;
  readonly formatMoney: (n: number) => string;
  readonly teams: readonly Team[];
  readonly teamNames: ReadonlyMap<string, string>;
  readonly defaultTarget: TargetProvider | undefined;
}

export type ParseResult = { readonly ok: true; readonly patch: Partial<Workload> } | { readonly ok: false; readonly error: CellError };

export interface ColumnSpec {
  readonly id: string;
  readonly width: number;
  /** Stays at the left while the grid scrolls sideways (the checkbox, Id and Name: what says which row this is). */
  readonly frozen?: boolean;
  readonly editor: EditorKind;
  readonly numeric?: boolean;
  /** The value sorted on (and filtered on, for enum columns); undefined sorts last. */
  readonly value: (row: InventoryRow) => string | number | undefined;
  readonly display: (row: InventoryRow, ctx: CellContext) => string;
  /** The editor's starting text or option value. */
  readonly draft?: (w: Workload) => string;
  readonly options?: (ctx: CellContext, w: Workload | null) => readonly CellOption[];
  /** `project` for fields whose meaning depends on it (a target region needs the default target). */
  readonly parse?: (draft: string, w: Workload, project?: Project) => ParseResult;
}

const shape = WorkloadSchema.shape;

function field<K extends keyof Workload>(key: K, schema: z.ZodType<Workload[K]>, toValue: (draft: string) => unknown) {
  return (draft: string): ParseResult => {
    const checked = checkWith(schema, toValue(draft));
    return checked.ok ? { ok: true, patch: { [key]: checked.value } as Partial<Workload> } : checked;
  };
}

function sizeField(key: keyof Workload['size']) {
  return (draft: string, w: Workload): ParseResult => {
    const checked = checkWith(WorkloadSizeSchema.shape[key], readNumber(draft));
    return checked.ok ? { ok: true, patch: { size: { ...w.size, [key]: checked.value } } } : checked;
  };
}

/** Enum options labelled through the `enum.<set>.<value>` keys. */
function enumOptions(set: string, values: readonly string[]) {
  return (ctx: CellContext): readonly CellOption[] => values.map((v) => ({ value: v, label: ctx.t(`enum.${set}.${v}`) }));
}

const text = (s: string) => s;

/** Column order is navigation order; index 0 is the row-selection checkbox. */
export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'select', width: 36, frozen: true, editor: 'selection', value: () => undefined, display: () => '' },
  { id: 'id', width: 130, frozen: true, editor: 'none', value: (r) => r.workload.id, display: (r) => r.workload.id },
  {
    id: 'name',
    width: 180,
    frozen: true,
    editor: 'text',
    value: (r) => r.workload.name,
    display: (r) => r.workload.name,
    draft: (w) => w.name,
    parse: field('name', shape.name, text),
  },
  {
    id: 'kind',
    width: 110,
    editor: 'select',
    value: (r) => r.workload.kind,
    display: (r, c) => c.t(`enum.kind.${r.workload.kind}`),
    draft: (w) => w.kind,
    options: enumOptions('kind', WORKLOAD_KINDS),
    parse: field('kind', shape.kind, text),
  },
  {
    id: 'sourceService',
    width: 150,
    editor: 'select',
    value: (r) => catalogEntry(r.workload.sourceService)?.name ?? r.workload.sourceService,
    display: (r) => catalogEntry(r.workload.sourceService)?.name ?? r.workload.sourceService,
    draft: (w) => w.sourceService,
    options: (c, w) => sourceServiceOptions(c, w),
    parse: field('sourceService', shape.sourceService, (d) => d.trim()),
  },
  {
    id: 'target',
    width: 125,
    editor: 'select',
    value: (r) => r.workload.target?.provider ?? '',
    display: (r, c) =>
      r.workload.target
        ? c.t(`enum.provider.${r.workload.target.provider}`)
        : c.t('cell.defaultTarget', { provider: c.defaultTarget ? c.t(`enum.provider.${c.defaultTarget}`) : '—' }),
    draft: (w) => w.target?.provider ?? '',
    options: (c) => [
      { value: '', label: c.t('cell.defaultTarget', { provider: c.defaultTarget ? c.t(`enum.provider.${c.defaultTarget}`) : '—' }) },
      ...enumOptions('provider', TARGET_PROVIDERS)(c),
    ],
    parse: (draft, w) => {
      if (draft === '') return { ok: true, patch: { target: undefined } };
      if (w.target?.provider === draft) return { ok: true, patch: {} };
      // A target service id belongs to one provider, so a new provider starts from its catalog default.
      const checked = checkWith(TargetSchema, { provider: draft });
      return checked.ok ? { ok: true, patch: { target: checked.value } } : checked;
    },
  },
  {
    id: 'strategy',
    width: 115,
    editor: 'select',
    value: (r) => r.workload.strategy,
    display: (r, c) => c.t(`enum.strategy.${r.workload.strategy}`),
    draft: (w) => w.strategy,
    options: enumOptions('strategy', STRATEGIES),
    parse: field('strategy', shape.strategy, text),
  },
  {
    id: 'criticality',
    width: 120,
    editor: 'select',
    value: (r) => r.workload.criticality,
    display: (r, c) => c.t(`enum.criticality.${r.workload.criticality}`),
    draft: (w) => w.criticality,
    options: enumOptions('criticality', CRITICALITIES),
    parse: field('criticality', shape.criticality, text),
  },
  {
    id: 'complexity',
    width: 100,
    editor: 'number',
    numeric: true,
    value: (r) => r.workload.complexity,
    display: (r, c) => c.formatNumber(r.workload.complexity),
    draft: (w) => String(w.complexity),
    parse: field('complexity', shape.complexity, readNumber),
  },
  {
    id: 'instances',
    width: 100,
    editor: 'number',
    numeric: true,
    value: (r) => r.workload.size.instances,
    display: (r, c) => c.formatNumber(r.workload.size.instances),
    draft: (w) => String(w.size.instances),
    parse: sizeField('instances'),
  },
  {
    id: 'dataGb',
    width: 110,
    editor: 'number',
    numeric: true,
    value: (r) => r.workload.size.dataGb,
    display: (r, c) => c.formatNumber(r.workload.size.dataGb),
    draft: (w) => String(w.size.dataGb),
    parse: sizeField('dataGb'),
  },
  {
    id: 'team',
    width: 140,
    editor: 'select',
    value: (r) => r.workload.team,
    display: (r, c) => c.teamNames.get(r.workload.team) ?? r.workload.team,
    draft: (w) => w.team,
    options: (c, w) => {
      const known = c.teams.map((t) => ({ value: t.id, label: t.name }));
      // Keep a dangling team visible rather than silently re-assigning the workload.
      return w && !c.teamNames.has(w.team) ? [{ value: w.team, label: w.team }, ...known] : known;
    },
    parse: field('team', shape.team, text),
  },
  {
    id: 'monthlyCost',
    width: 130,
    editor: 'number',
    numeric: true,
    value: (r) => r.workload.monthlyCost,
    display: (r, c) => c.formatMoney(r.workload.monthlyCost),
    draft: (w) => String(w.monthlyCost),
    parse: field('monthlyCost', shape.monthlyCost, readNumber),
  },
  {
    id: 'wave',
    width: 110,
    editor: 'none',
    value: (r) => r.wave?.index,
    display: (r, c) =>
      r.wave ? (r.wave.isPilot ? c.t('wave.pilot') : c.t('wave.numbered', { n: r.wave.index })) : r.foundation ? c.t('wave.foundation') : r.excluded ? c.t('wave.excluded') : '—',
  },
  {
    id: 'effort',
    width: 120,
    editor: 'none',
    numeric: true,
    value: (r) => r.likelyEffort ?? undefined,
    display: (r, c) => (r.likelyEffort === null ? '—' : c.t(r.effortOverridden ? 'cell.personDaysOverridden' : 'cell.personDays', { value: c.formatNumber(r.likelyEffort) })),
  },
  {
    id: 'targetRegion',
    width: 150,
    editor: 'select',
    value: (r) => r.workload.target?.region ?? '',
    display: (r, c) => r.workload.target?.region ?? c.t('cell.defaultRegion'),
    draft: (w) => w.target?.region ?? '',
    options: (c, w) => targetRegionOptions(c, w),
    parse: (draft, w, project) => parseTargetRegion(draft, w, project?.project.defaultTargets[0]),
  },
  {
    // Checked against the estate: until then the plan draws work still to be found around it (scope growth).
    id: 'confirmed',
    width: 120,
    editor: 'select',
    value: (r) => (r.workload.confirmed === true ? 'yes' : 'no'),
    display: (r, c) => c.t(r.workload.confirmed === true ? 'confirmed.yes' : 'confirmed.no'),
    draft: (w) => (w.confirmed === true ? 'yes' : 'no'),
    options: (c) => [
      { value: 'yes', label: c.t('confirmed.yes') },
      { value: 'no', label: c.t('confirmed.no') },
    ],
    parse: (draft) => (draft === 'yes' ? { ok: true, patch: { confirmed: true } } : { ok: true, patch: { confirmed: undefined } }),
  },
];

/** Columns with a filter picker above the grid. */
export const FILTER_COLUMNS = ['kind', 'strategy', 'team', 'criticality'] as const;
export type FilterColumnId = (typeof FILTER_COLUMNS)[number];

export const COLUMN_INDEX: ReadonlyMap<string, number> = new Map(COLUMNS.map((c, i) => [c.id, i]));

/** The grid column showing a workload field path such as `size.dataGb` or `target.provider`. */
export function columnForField(field: string | null): string | undefined {
  if (field === null) return undefined;
  if (field.startsWith('size.')) return field.slice('size.'.length);
  if (field.startsWith('target')) return 'target';
  return COLUMN_INDEX.has(field) ? field : undefined;
}

/** Sort ranks for ordered vocabularies, so "high" sorts above "medium" rather than alphabetically. */
export const RANK: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  criticality: new Map(CRITICALITIES.map((v, i) => [v, i])),
  strategy: new Map(STRATEGIES.map((v, i) => [v, i])),
};

/** A CSS grid template for one row: every row and the header share it. */
export const GRID_TEMPLATE = COLUMNS.map((c) => `${c.width}px`).join(' ');

/** The whole row's width: every column side by side. */
export const GRID_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);

/** Where each column starts, in px from the row's left edge. */
export const COLUMN_LEFT: readonly number[] = COLUMNS.map((_, i) => COLUMNS.slice(0, i).reduce((sum, c) => sum + c.width, 0));

/** The frozen columns lead the list; this is how wide they are together. */
export const FROZEN_WIDTH = COLUMNS.filter((c) => c.frozen).reduce((sum, c) => sum + c.width, 0);

/**
 * The scrollLeft that shows column `col` whole to the right of the frozen columns (or `scrollLeft` when it already is). A frozen
 * column is always in view.
 */
export function scrollLeftToShow(col: number, scrollLeft: number, clientWidth: number): number {
  const spec = COLUMNS[col];
  if (!spec || spec.frozen) return scrollLeft;
  const left = COLUMN_LEFT[col]!;
  const right = left + spec.width;
  if (left - FROZEN_WIDTH < scrollLeft) return Math.max(0, left - FROZEN_WIDTH);
  if (right > scrollLeft + clientWidth) return Math.min(left - FROZEN_WIDTH, right - clientWidth);
  return scrollLeft;
}
