/**
 * Rows of an inventory (one workload per row) or an edge list (one dependency per row) into the
 * fragment, reading each column by the role mapped to its header. Every value that cannot be read
 * is a located warning (sheet, row, column) and the row still imports with the default; every
 * inferred value is marked for review.
 */
import { defaultSourceServiceForKind } from '../../catalog';
import type { ReviewNote } from '../../model/review';
import type { Criticality, DowntimeTolerance, SourceProvider, Strategy, WorkloadKind } from '../../model/vocabulary';
import type { FragmentBuilder, WorkloadDraft } from '../fragment-builder';
import { guessService, kindOfTechnology } from '../guess/technology';
import { splitReferences } from '../references';
import { regionOf } from '../regions';
import { type ColumnMapping, type ColumnRole, mappedColumns, tableShape } from './columns';
import { parseGigabytes, parseNumber } from './quantities';
import { cell, cellLocation, type HeadedTable, type TableRow } from './table';
import { type EnumRole, mapEnumValue, type ValueMappings } from './values';

export interface InventoryReadOptions {
  readonly provider: SourceProvider;
  readonly values?: ValueMappings;
}

/** Reads a headed table as an inventory or an edge list, whichever its mapped columns make it. */
export function readMappedTable(headed: HeadedTable, mapping: ColumnMapping, options: InventoryReadOptions, out: FragmentBuilder): void {
  const columns = mappedColumns(headed.headers, mapping);
  const shape = tableShape(columns);
  const where = cellLocation(headed.table, (headed.table.rows[headed.headerIndex]?.row ?? 1));
  if (shape === 'unknown') {
    out.error('table.noNameColumn', `No column is mapped to the workload's name or id (headers: ${headed.headers.slice(0, 12).join(', ')}). Map one in the column step.`, where, { headers: headed.headers.slice(0, 12).join(', ') });
    return;
  }
  if (shape === 'edges') {
    for (const row of headed.data) readEdgeRow(headed, row, columns, options, out);
    return;
  }
  for (const row of headed.data) readInventoryRow(headed, row, columns, options, out);
}

type Columns = ReadonlyMap<ColumnRole, number>;

function readInventoryRow(headed: HeadedTable, row: TableRow, columns: Columns, options: InventoryReadOptions, out: FragmentBuilder): void {
  const get = (role: ColumnRole) => {
    const i = columns.get(role);
    return i === undefined ? '' : cell(row, i);
  };
  const at = (role?: ColumnRole) => cellLocation(headed.table, row.row, role !== undefined ? headed.headers[columns.get(role) ?? -1] : undefined);
  const id = get('id');
  const name = get('name') || id;
  if (name === '') {
    if (row.cells.some((c) => c.trim() !== '')) out.skip('row.noName', `Row ${row.row} has no name or id, so it is not imported.`, at(columns.has('name') ? 'name' : 'id'), { row: row.row });
    return;
  }
  const guesses: ReviewNote[] = [];
  const enumValue = <T extends string>(role: EnumRole & ColumnRole, field: ReviewNote['field'] | null): T | undefined => {
    const raw = get(role);
    if (raw === '') return undefined;
    const mapped = mapEnumValue(role, raw, options.values);
    if (mapped === undefined) {
      out.warn('value.unmapped', `'${raw}' is not a ${role} Decamp knows; the default is used (map it in the values step).`, at(role), { value: raw, role });
      if (field !== null) guesses.push({ field, basis: 'value', source: raw });
    }
    return mapped as T | undefined;
  };

  // Kind and service: a kind column, a technology or product column, the instance type; whichever says most.
  const technology = get('technology');
  const instanceType = get('instanceType');
  let kind = enumValue<WorkloadKind>('kind', null);
  const kindText = get('kind');
  const service = guessService(technology, options.provider) ?? (kind === undefined && kindText !== '' ? guessService(kindText, options.provider) : undefined) ?? (instanceType !== '' ? guessService(instanceType, options.provider) : undefined);
  let sourceService: string;
  if (service) {
    const serviceSource = technology || (kind === undefined ? kindText : '') || instanceType;
    if (kind === undefined) {
      kind = service.kind;
      if (!service.exact) guesses.push({ field: 'kind', basis: 'technology', source: serviceSource });
    }
    sourceService = service.sourceService;
    if (!service.exact) guesses.push({ field: 'sourceService', basis: 'technology', source: serviceSource });
  } else {
    if (technology !== '') out.warn('technology.unknown', `'${technology}' names no product or technology Decamp knows; the usual service for the kind is used.`, at('technology'), { value: technology });
    if (kind === undefined) {
      const fromName = kindOfTechnology(name);
      kind = fromName ?? 'compute';
      guesses.push(fromName !== undefined ? { field: 'kind', basis: 'name', source: name } : kindText !== '' ? { field: 'kind', basis: 'value', source: kindText } : { field: 'kind', basis: 'default' });
    }
    sourceService = defaultSourceServiceForKind(options.provider, kind)?.id ?? `${options.provider}.other`;
    guesses.push(technology !== '' ? { field: 'sourceService', basis: 'value', source: technology } : { field: 'sourceService', basis: 'default' });
  }

  const strategy = enumValue<Strategy>('strategy', 'strategy');
  const criticality = enumValue<Criticality>('criticality', 'criticality');
  const downtimeTolerance = enumValue<DowntimeTolerance>('downtimeTolerance', null);
  const environment = enumValue<string>('environment', 'environment');

  const number = (role: ColumnRole, read: (t: string) => number | undefined): number | undefined => {
    const raw = get(role);
    const n = read(raw);
    if (n === undefined) return undefined;
    if (Number.isNaN(n) || n < 0) {
      out.warn('value.notANumber', `'${raw}' is not a number; it is left out.`, at(role), { value: raw, role });
      return undefined;
    }
    return n;
  };
  const complexityRaw = number('complexity', parseNumber);
  let complexity: number | undefined;
  if (complexityRaw !== undefined) {
    if (complexityRaw >= 1 && complexityRaw <= 5) complexity = Math.round(complexityRaw);
    else out.warn('value.outOfRange', `Complexity '${get('complexity')}' is outside 1-5; the default (3) is used.`, at('complexity'), { value: get('complexity'), role: 'complexity' });
  }
  const tags = splitReferences(get('tags'));
  if (instanceType !== '') tags.push(`spec:${instanceType}`);
  const cpu = number('cpu', parseNumber);
  const memory = number('memoryGb', (t) => parseGigabytes(t));
  if (cpu !== undefined) tags.push(`cpu:${cpu}`);
  if (memory !== undefined) tags.push(`memory:${Math.round(memory * 10) / 10}GB`);

  const region = get('region');
  const draft: WorkloadDraft = {
    ids: [id || undefined, name],
    name,
    kind,
    sourceService,
    ...(region !== '' ? { region: regionOf(region) } : {}),
    ...(strategy !== undefined ? { strategy } : {}),
    ...(criticality !== undefined ? { criticality } : {}),
    ...(complexity !== undefined ? { complexity } : {}),
    ...optionalNumber('instances', number('instances', parseNumber)),
    ...optionalNumber('dataGb', number('dataGb', (t) => parseGigabytes(t))),
    ...optionalNumber('dailyChangeGb', number('dailyChangeGb', (t) => parseGigabytes(t))),
    ...(downtimeTolerance !== undefined ? { downtimeTolerance } : {}),
    ...(get('owner') !== '' ? { owner: get('owner') } : {}),
    ...optionalNumber('monthlyCost', number('monthlyCost', parseNumber)),
    tags,
    notes: get('notes'),
    ...(get('application') !== '' ? { application: get('application') } : {}),
    ...(environment !== undefined ? { environment } : {}),
    guesses,
    aliases: [id, name].filter((s) => s !== ''),
    origin: at(),
  };
  const workloadId = out.addWorkload(draft);
  for (const ref of splitReferences(get('dependsOn'))) out.addReference({ from: workloadId, to: ref, origin: at('dependsOn') });
}

function readEdgeRow(headed: HeadedTable, row: TableRow, columns: Columns, options: InventoryReadOptions, out: FragmentBuilder): void {
  const get = (role: ColumnRole) => {
    const i = columns.get(role);
    return i === undefined ? '' : cell(row, i);
  };
  const at = (role?: ColumnRole) => cellLocation(headed.table, row.row, role !== undefined ? headed.headers[columns.get(role) ?? -1] : undefined);
  const from = get('from');
  const to = get('to');
  if (from === '' || to === '') {
    if (row.cells.some((c) => c.trim() !== '')) out.skip('edge.incomplete', `Row ${row.row} names no ${from === '' ? 'source' : 'target'}, so it is not imported.`, at(from === '' ? 'from' : 'to'), { row: row.row, side: from === '' ? 'source' : 'target' });
    return;
  }
  const kindRaw = get('dependencyKind');
  const kind = kindRaw !== '' ? mapEnumValue('dependencyKind', kindRaw, options.values) : undefined;
  if (kindRaw !== '' && kind === undefined) out.warn('value.unmapped', `'${kindRaw}' is not a dependency kind Decamp knows; the target's kind decides.`, at('dependencyKind'), { value: kindRaw, role: 'dependencyKind' });
  const couplingRaw = get('coupling');
  const coupling = couplingRaw !== '' ? mapEnumValue('coupling', couplingRaw, options.values) : undefined;
  const note = get('notes');
  for (const target of splitReferences(to)) {
    out.addReference({
      from,
      to: target,
      ...(kind !== undefined ? { kind: kind as never } : {}),
      ...(coupling !== undefined ? { coupling: coupling as never } : {}),
      ...(note !== '' ? { note } : {}),
      origin: at(),
    });
  }
}

function optionalNumber<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
