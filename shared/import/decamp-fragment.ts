/**
 * Decamp's own JSON: a project file, or a fragment of one (`{ "workloads": [...], "dependencies":
 * [...], "teams"?: [...] }`), e.g. exported by a script. Each workload is checked field by field;
 * a bad field is a located warning and the field falls back to the default.
 */
import { defaultSourceServiceForKind } from '../catalog';
import { WorkloadSchema } from '../model/schema';
import { COUPLINGS, type Criticality, DEPENDENCY_KINDS, type DowntimeTolerance, type Strategy, type WorkloadKind } from '../model/vocabulary';
import type { ImportFormat } from './format';
import { isRecord } from './source-file';

const shape = WorkloadSchema.shape;

export const decampFormat: ImportFormat = {
  id: 'decamp',
  label: 'Decamp project or fragment (JSON)',
  extensions: ['json'],
  detect(file) {
    const doc = file.firstNonBlank() === '{' ? file.json() : undefined;
    if (!isRecord(doc) || !Array.isArray(doc.workloads)) return 0;
    return 'formatVersion' in doc || Array.isArray(doc.dependencies) ? 9 : 6;
  },
  read(files, out, context) {
    for (const file of files) {
      const doc = file.json();
      if (!isRecord(doc) || !Array.isArray(doc.workloads)) {
        out.error('decamp.noWorkloads', `${file.name} has no "workloads" list.`, { file: file.name, path: 'workloads' });
        continue;
      }
      const teams = new Map<string, string>();
      for (const t of Array.isArray(doc.teams) ? doc.teams : []) if (isRecord(t) && typeof t.id === 'string') teams.set(t.id, typeof t.name === 'string' ? t.name : t.id);
      doc.workloads.forEach((raw: unknown, i: number) => {
        const at = { file: file.name, path: `workloads[${i}]` };
        if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name.trim() === '') {
          out.warn('decamp.badWorkload', `workloads[${i}] has no name; it is left out.`, at, { index: i });
          return;
        }
        const field = <T>(key: keyof typeof shape, fallback?: T): T | undefined => {
          if (raw[key] === undefined) return fallback;
          const ok = shape[key].safeParse(raw[key]);
          if (ok.success) return ok.data as T;
          out.warn('decamp.badField', `workloads[${i}].${String(key)}: ${ok.error.issues[0]?.message ?? 'invalid'}; the default is used.`, { ...at, path: `workloads[${i}].${String(key)}` }, { field: String(key), index: i, reason: ok.error.issues[0]?.message ?? 'invalid' });
          return fallback;
        };
        const kind = field<WorkloadKind>('kind') ?? 'compute';
        const size = field<{ instances: number; dataGb: number; dailyChangeGb: number }>('size');
        const team = field<string>('team');
        out.addWorkload({
          ids: [typeof raw.id === 'string' ? raw.id : undefined],
          name: raw.name,
          kind,
          sourceService: field<string>('sourceService') ?? defaultSourceServiceForKind(context.sourceProvider, kind)?.id ?? `${context.sourceProvider}.other`,
          ...optional('region', field<string>('region')),
          ...optional('strategy', field<Strategy>('strategy')),
          ...optional('criticality', field<Criticality>('criticality')),
          ...optional('complexity', field<number>('complexity')),
          ...(size ? { instances: size.instances, dataGb: size.dataGb, dailyChangeGb: size.dailyChangeGb } : {}),
          ...optional('downtimeTolerance', field<DowntimeTolerance>('downtimeTolerance')),
          ...(team !== undefined ? { owner: teams.get(team) ?? team } : {}),
          ...optional('monthlyCost', field<number>('monthlyCost')),
          ...optional('tags', field<string[]>('tags')),
          ...optional('notes', field<string>('notes')),
          ...optional('application', field<string>('application')),
          ...optional('environment', field<string>('environment')),
          ...(raw.kind === undefined ? { guesses: [{ field: 'kind' as const, basis: 'default' as const }] } : {}),
          origin: at,
        });
      });
      (Array.isArray(doc.dependencies) ? doc.dependencies : []).forEach((raw: unknown, i: number) => {
        const at = { file: file.name, path: `dependencies[${i}]` };
        if (!isRecord(raw) || typeof raw.from !== 'string' || typeof raw.to !== 'string') {
          out.warn('decamp.badDependency', `dependencies[${i}] needs "from" and "to"; it is left out.`, at, { index: i });
          return;
        }
        const kind = (DEPENDENCY_KINDS as readonly string[]).includes(String(raw.kind)) ? (raw.kind as never) : undefined;
        const coupling = (COUPLINGS as readonly string[]).includes(String(raw.coupling)) ? (raw.coupling as never) : undefined;
        out.addReference({ from: raw.from, to: raw.to, ...(kind ? { kind } : {}), ...(coupling ? { coupling } : {}), ...(typeof raw.note === 'string' ? { note: raw.note } : {}), origin: at });
      });
    }
  },
};

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
