/**
 * What a document calls things: workloads, teams and providers by name, waves and program phases in
 * the document's language. Users see names, never ids.
 */
import { catalogEntry } from '../catalog';
import { defaultFreezeName } from '../catalog/freeze-presets';
import { regionInfo } from '../catalog/regions';
import type { FreezeWindow, Project } from '../model/schema';
import { PROVIDERS, type Provider } from '../model/vocabulary';
import { paramList } from '../plan/english';
import type { Plan, ProgramPhase, TextParams, Wave } from '../plan/types';
import type { ExportText } from './i18n';
import type { ListFormatter } from './list';

/** Names Decamp gives things from its catalog and calendar presets, in the reader's language. */
export interface CatalogWords {
  /** A provider's region by its id: "北京（由光环新网运营）"; the id itself when the catalog does not list it. */
  readonly region: (provider: string, id: string) => string;
  /** A region as the pickers show it: "cn-north-1 · 北京（由光环新网运营）", or the bare id of a region the catalog does not list. */
  readonly regionLabel: (provider: string, id: string) => string;
  /** A freeze window's name: a preset's in the reader's language while it reads as Decamp's, else as the user wrote it. */
  readonly freeze: (window: Pick<FreezeWindow, 'name' | 'preset'>) => string;
  /** A holiday's name: one of the catalog's (shared/catalog/holidays.ts) in the reader's language, else as written. */
  readonly holiday: (name: string) => string;
}

/** The key of a holiday name in `assumptions:holidayName`: "New Year's Day" -> new-year-s-day. */
function holidaySlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Catalog words through a translator over the `catalog` namespace (the app's i18next `t`, or a
 * document's ExportText.t): regions by provider and id (`catalog:region.<provider>.<id>`), preset
 * freezes by preset (`catalog:freeze.<preset>`, with the year the name carries), holidays by
 * their English name (`assumptions:holidayName.<slug>`).
 */
export function catalogWords(t: (key: string, params?: Record<string, unknown>) => string): CatalogWords {
  const listed = (provider: string, id: string) => ((PROVIDERS as readonly string[]).includes(provider) ? regionInfo(provider as Provider, id) : undefined);
  const region: CatalogWords['region'] = (provider, id) => {
    const english = listed(provider, id)?.name;
    // A typed region id may hold a dot, which i18next reads as a key path: only listed ids are looked up.
    return english !== undefined || /^[a-z0-9-]+$/.test(id) ? t(`catalog:region.${provider}.${id}`, { defaultValue: english ?? id }) : id;
  };
  return {
    region,
    regionLabel: (provider, id) => {
      const name = region(provider, id);
      return name === id ? id : `${id} · ${name}`;
    },
    freeze: (window) => {
      const preset = defaultFreezeName(window);
      if (!preset) return window.name;
      const name = t(`catalog:freeze.${preset.preset}`, { defaultValue: window.name });
      return preset.year === null ? name : t('catalog:freezeInYear', { name, year: preset.year });
    },
    holiday: (name) => {
      const key = holidaySlug(name);
      return key ? t(`assumptions:holidayName.${key}`, { defaultValue: name }) : name;
    },
  };
}

export interface Names {
  readonly workload: (id: string) => string;
  readonly team: (id: string) => string;
  readonly provider: (id: string) => string;
  readonly wave: (wave: Pick<Wave, 'name' | 'index' | 'isPilot'>) => string;
  readonly phase: (phase: ProgramPhase) => string;
  readonly milestone: (m: { code: string; name: string; id: string }) => string;
  /** The target provider a workload moves to (its own, else the project's first default). */
  readonly targetOf: (workloadId: string) => string;
  /** A source service by its catalog name (what the Inventory shows), or as the file states it when the catalog has none. */
  readonly service: (serviceId: string) => string;
  /** An engine text's params with names for ids and the document's wave names (paramNamer). */
  readonly params: (params: TextParams) => TextParams;
}

/** The name the planner gives a wave the user has not named: 'Pilot', then 'Wave 1', 'Wave 2'... */
export function plannerWaveName(index: number, hasPilot: boolean): string {
  return hasPilot && index === 0 ? 'Pilot' : `Wave ${hasPilot ? index : index + 1}`;
}

/** The user's own name for a wave (the project's wave settings, carried by the plan), or null when it has the planner's. */
export function givenWaveName(wave: Pick<Wave, 'name' | 'index'>, hasPilot: boolean): string | null {
  return wave.name !== '' && wave.name !== plannerWaveName(wave.index, hasPilot) ? wave.name : null;
}

export function namesFor(project: Project, waves: readonly Wave[], text: ExportText, moveGroups: Plan['moveGroups'] = []): Names {
  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const teams = new Map(project.teams.map((t) => [t.id, t.name]));
  const waveById = new Map(waves.map((w) => [w.id, w]));
  const { t } = text;
  const provider = (id: string) => t(`common:provider.${id}`, { defaultValue: id });
  const hasPilot = waves.some((w) => w.isPilot);
  // A wave the user named keeps its name in every language; the planner's names are translated.
  const wave: Names['wave'] = (w) => givenWaveName(w, hasPilot) ?? (w.isPilot ? t('export:wave.pilot') : t('export:wave.numbered', { n: hasPilot ? w.index : w.index + 1 }));
  const phase: Names['phase'] = (p) => {
    const w = p.waveId ? waveById.get(p.waveId) : undefined;
    switch (p.kind) {
      case 'assess':
      case 'foundation':
      case 'decommission':
        return t(`export:phase.${p.kind}`);
      case 'pilot':
      case 'wave':
        return w ? wave(w) : p.name;
      case 'hypercare':
        return w ? t('export:phase.hypercare', { wave: wave(w) }) : p.name;
      case 'compliance': {
        const kind = p.id.replace(/^compliance:/, '');
        const level = /level (\d)/.exec(p.name)?.[1] ?? String(project.project.compliance.mlpsLevel);
        return t(`export:phase.compliance.${kind}`, { level, defaultValue: p.name });
      }
      case 'lead-time': {
        // lead:<kind> or lead:accounts:<provider>
        const [, kind = '', id] = p.id.split(':');
        return t(`export:phase.lead.${kind}`, { provider: id ? provider(id) : '', defaultValue: p.name });
      }
      case 'rehearsal':
        return w ? t('export:phase.rehearsal', { wave: wave(w), count: Number(p.params?.count ?? 0) }) : p.name;
      default:
        return p.name;
    }
  };
  const milestone: Names['milestone'] = (m) => {
    const waveId = m.id.replace(/^cutover:/, '');
    const w = waveById.get(waveId) ?? (m.code === 'milestone.pilotCutover' ? waves.find((x) => x.isPilot) : undefined);
    const key = m.code.replace(/^milestone\./, '');
    if (w && (key === 'waveCutover' || key === 'pilotCutover')) return text.planText('milestone', 'waveCutover', { wave: wave(w) }, m.name);
    return text.planText('milestone', key, {}, m.name);
  };
  return {
    workload: (id) => workloads.get(id)?.name ?? id,
    team: (id) => teams.get(id) ?? id,
    provider,
    wave,
    phase,
    milestone,
    targetOf: (id) => provider(workloads.get(id)?.target?.provider ?? project.project.defaultTargets[0] ?? 'self-hosted'),
    service: (id) => catalogEntry(id)?.name ?? id,
    params: paramNamer(project, { waves, moveGroups }, wave, catalogWords(t), text.list),
  };
}

/** Params that pick a variant of a text (i18next context, a unit key), never a name: kept as they are. */
const VERBATIM_PARAMS: ReadonlySet<string> = new Set(['context', 'transferUnit']);

/**
 * Params the engine fills with a list joined by ", " (shared/plan/english.ts paramList, "a, b, c +2"):
 * re-listed in the reader's language even where an item is a name rather than an id. The plan
 * carries them comma-joined (a contract of `plan --json`), and a name may hold ", " itself
 * ("Payment service (Alipay, WeChat Pay)"), so the items are the longest runs that are names
 * Decamp knows (splitList).
 */
export const LIST_PARAMS: ReadonlySet<string> = new Set(['names', 'others', 'needs', 'links', 'waves', 'laterWaves', 'loosen', 'dependencies', 'workloads', 'application']);

/** The items of a ", "-joined list, a run of pieces that `known` calls one name kept whole. */
export function splitList(joined: string, known: (item: string) => boolean): string[] {
  const pieces = joined.split(', ');
  const items: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = pieces.length;
    while (j > i + 1 && !known(pieces.slice(i, j).join(', '))) j--;
    items.push(pieces.slice(i, j).join(', '));
    i = j;
  }
  return items;
}

/** The engine's own join, for a caller that names no language: "a, b, c +2". */
const engineList: ListFormatter = (items, options) => paramList(items, options?.max ?? items.length);

/**
 * Rewrites an engine text's params so the reader sees names, never ids: a workload's id becomes its
 * name, a move group's id its members, a dependency's id "needs -> needed", a team's id its name, a
 * pin's id the workload it pins, and a wave's planner name ("Wave 2") the reader's name for it
 * (the user's, or the translated one). Matched by value: the engine's params name things under
 * several keys (`workload`, `from`, `to`, `fromWave`, `group`...), and an id is unambiguous. A
 * list in a param ("Pilot, Wave 3 +2") is named item by item and, with `list`, written as the
 * reader's language writes a list ("Pilot and Wave 3", "试点和第 3 波"; "甲、乙、丙 +2"). With `words`,
 * a freeze window Decamp named and a catalog region's name (`regionName` beside `provider` and
 * `region`) read in the reader's language too.
 */
export function paramNamer(project: Project, plan: Pick<Plan, 'waves' | 'moveGroups'> | null, waveName: (wave: Wave) => string, words?: CatalogWords, list: ListFormatter = engineList): (params: TextParams) => TextParams {
  const names = new Map<string, string>();
  const workloadName = new Map(project.workloads.map((w) => [w.id, w.name]));
  for (const t of project.teams) names.set(t.id, t.name);
  for (const d of project.dependencies) names.set(d.id, `${workloadName.get(d.from) ?? d.from} → ${workloadName.get(d.to) ?? d.to}`);
  for (const g of plan?.moveGroups ?? []) names.set(g.id, list(g.workloadIds.map((id) => workloadName.get(id) ?? id), { max: 3 }));
  for (const p of project.pins) names.set(p.id, workloadName.get(p.workloadId) ?? p.workloadId);
  for (const w of plan?.waves ?? []) names.set(w.name, waveName(w));
  if (words) for (const f of project.calendar.freezeWindows) names.set(f.name, words.freeze(f));
  // Workloads last: their names win where an id means two things.
  for (const [id, name] of workloadName) names.set(id, name);
  // What a list's items may be besides the ids above: names as the engine writes them into params.
  const spelled = new Set<string>([...workloadName.values(), ...project.workloads.flatMap((w) => (w.application === undefined ? [] : [w.application]))]);
  for (const d of project.dependencies) spelled.add(`${workloadName.get(d.from) ?? d.from} → ${workloadName.get(d.to) ?? d.to}`);
  const known = (item: string) => names.has(item) || spelled.has(item);
  // "a, b, c +2": named item by item (every item an id, unless the key always holds a list), then listed.
  const namedList = (value: string, anyItems: boolean): string | undefined => {
    const more = / \+(\d+)$/.exec(value);
    const items = splitList(value.slice(0, more ? more.index : value.length), known);
    if (items.length < 2 && !more) return undefined;
    const named = items.map((item) => names.get(item) ?? (anyItems ? item : undefined));
    if (!named.every((n) => n !== undefined)) return undefined;
    return more ? `${list(named, { kind: 'series' })} +${more[1]!}` : list(named);
  };
  const nameOf = (key: string, value: string): string | undefined => {
    const id = names.get(value);
    if (id !== undefined) return id;
    return value.includes(', ') ? namedList(value, LIST_PARAMS.has(key)) : undefined;
  };
  return (params) => {
    let out: Record<string, string | number> | null = null;
    for (const [key, value] of Object.entries(params)) {
      if (typeof value !== 'string' || VERBATIM_PARAMS.has(key)) continue;
      const named = nameOf(key, value);
      if (named === undefined || named === value) continue;
      out ??= { ...params };
      out[key] = named;
    }
    if (words && typeof params.regionName === 'string' && typeof params.provider === 'string' && typeof params.region === 'string') {
      const region = words.region(params.provider, params.region);
      if (region !== params.regionName) (out ??= { ...params }).regionName = region;
    }
    return out ?? params;
  };
}
