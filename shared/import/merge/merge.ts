/**
 * Merging an import into a project: match each imported workload by id, then by name; update only
 * the fields the source states (never a decision the team made, never with a guess); add the rest;
 * add dependencies that are new; resolve named ends against the project. Pure: the project passed
 * in is not changed, and the result is one new Project, so the app applies it as one undo step.
 */
import { WorkloadSchema, type Dependency, type Project, type Team, type Workload } from '../../model/schema';
import { dependencyKindForTarget } from '../guess/ports';
import { IdPool, slug } from '../ids';
import { foldName, NameIndex, type DependencyReference } from '../references';
import type { ImportedPin, ImportedWorkload, ProjectFragment, ProvidedField } from '../types';
import type { FieldChange, MergePreview } from './preview';

export interface MergeResult {
  readonly project: Project;
  readonly preview: MergePreview;
  /** Project id of each imported workload (by its id in the fragment). */
  readonly idMap: ReadonlyMap<string, string>;
}

/** Optional workload fields the schema of this build knows; older schemas get the facts as tags instead. */
const SCHEMA_FIELDS: ReadonlySet<string> = new Set(Object.keys(WorkloadSchema.shape));

export function mergeFragment(project: Project, fragment: ProjectFragment): MergeResult {
  const teams = new TeamResolver(project);
  const byId = new Map(project.workloads.map((w, i) => [w.id, i]));
  const byName = uniqueNames(project.workloads);
  const workloads = [...project.workloads];
  const ids = new IdPool(project.workloads.map((w) => w.id));
  const idMap = new Map<string, string>();
  const matched = new Set<number>();
  const added: { id: string; name: string; kind: string }[] = [];
  const updated: MergePreview['updated'][number][] = [];
  const unchanged: { id: string; name: string }[] = [];

  for (const imported of fragment.workloads) {
    const hit = matchOf(imported, byId, byName, matched);
    if (hit) {
      const current = workloads[hit.index] as Workload;
      matched.add(hit.index);
      idMap.set(imported.id, current.id);
      const { next, changes } = applyProvided(current, imported, teams, hit.by);
      if (changes.length > 0) {
        workloads[hit.index] = next;
        updated.push({ id: current.id, name: next.name, matchedBy: hit.by, changes });
      } else {
        unchanged.push({ id: current.id, name: current.name });
      }
      continue;
    }
    const id = ids.claim([imported.id], 'workload');
    idMap.set(imported.id, id);
    const workload = toWorkload(imported, id, teams.teamFor(imported.owner));
    workloads.push(workload);
    added.push({ id, name: workload.name, kind: workload.kind });
  }

  const { dependencies, addedCount, existing, unresolved } = mergeDependencies(project, fragment, idMap, workloads);
  const pins = mergePins(project, fragment, workloads);
  const next: Project = { ...project, workloads, dependencies, teams: teams.all(), ...(pins ? { pins: pins.pins } : {}) };
  return {
    project: next,
    idMap,
    preview: {
      added,
      updated,
      unchanged,
      untouched: project.workloads.length - matched.size,
      dependencies: { added: addedCount, existing, unresolved },
      teams: { added: teams.created() },
      ...(pins ? { pins: pins.preview } : {}),
    },
  };
}

/** The project workload an imported one is: same id, else the one workload with its name. Each is matched once. */
function matchOf(imported: ImportedWorkload, byId: ReadonlyMap<string, number>, byName: ReadonlyMap<string, number>, matched: ReadonlySet<number>): { index: number; by: 'id' | 'name' } | undefined {
  const idHit = byId.get(imported.id);
  if (idHit !== undefined && !matched.has(idHit)) return { index: idHit, by: 'id' };
  const nameHit = byName.get(foldName(imported.name));
  if (nameHit !== undefined && !matched.has(nameHit)) return { index: nameHit, by: 'name' };
  return undefined;
}

/** Names that identify exactly one workload of the project (a shared name matches nothing). */
function uniqueNames(workloads: readonly Workload[]): Map<string, number> {
  const out = new Map<string, number>();
  const dup = new Set<string>();
  workloads.forEach((w, i) => {
    const key = foldName(w.name);
    if (out.has(key)) dup.add(key);
    else out.set(key, i);
  });
  for (const key of dup) out.delete(key);
  return out;
}

/** A new project workload from an imported one; facts the schema has no field for become tags. */
function toWorkload(imported: ImportedWorkload, id: string, team: string): Workload {
  const tags = [...imported.tags];
  const extra: Record<string, unknown> = {};
  if (imported.application !== undefined) {
    if (SCHEMA_FIELDS.has('application')) extra.application = imported.application;
    else tags.push(`app:${imported.application}`);
  }
  if (imported.environment !== undefined) {
    if (SCHEMA_FIELDS.has('environment')) extra.environment = imported.environment;
    else tags.push(`env:${imported.environment}`);
  }
  if (imported.review.length > 0 && SCHEMA_FIELDS.has('review')) extra.review = imported.review;
  const workload = {
    id,
    name: imported.name,
    kind: imported.kind,
    sourceService: imported.sourceService,
    ...(imported.region !== undefined ? { region: imported.region } : {}),
    strategy: imported.strategy,
    criticality: imported.criticality,
    complexity: imported.complexity,
    size: { ...imported.size },
    downtimeTolerance: imported.downtimeTolerance,
    team,
    monthlyCost: imported.monthlyCost,
    tags: [...new Set(tags)],
    notes: imported.notes,
    ...extra,
  };
  return workload as Workload;
}

const show = (v: unknown): string => (v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The project workload with the imported facts the source states; changes listed field by field. */
function applyProvided(current: Workload, imported: ImportedWorkload, teams: TeamResolver, matchedBy: 'id' | 'name'): { next: Workload; changes: FieldChange[] } {
  const next: Record<string, unknown> = { ...current };
  const changes: FieldChange[] = [];
  const provided = new Set<ProvidedField>(imported.provided);
  const set = (field: string, value: unknown) => {
    const before = next[field];
    if (JSON.stringify(before) === JSON.stringify(value)) return;
    next[field] = value;
    changes.push({ field, before: show(before), after: show(value) });
  };
  // Matched by name, the names are the same but for case or spacing: the project's spelling stays.
  if (provided.has('name') && matchedBy === 'id') set('name', imported.name);
  if (provided.has('kind')) set('kind', imported.kind);
  if (provided.has('sourceService')) set('sourceService', imported.sourceService);
  if (provided.has('region') && imported.region !== undefined) set('region', imported.region);
  if (provided.has('strategy')) set('strategy', imported.strategy);
  if (provided.has('criticality')) set('criticality', imported.criticality);
  if (provided.has('complexity')) set('complexity', imported.complexity);
  const size = {
    instances: provided.has('instances') ? imported.size.instances : current.size.instances,
    dataGb: provided.has('dataGb') ? imported.size.dataGb : current.size.dataGb,
    dailyChangeGb: provided.has('dailyChangeGb') ? imported.size.dailyChangeGb : current.size.dailyChangeGb,
  };
  set('size', size);
  if (provided.has('downtimeTolerance')) set('downtimeTolerance', imported.downtimeTolerance);
  if (provided.has('monthlyCost')) set('monthlyCost', imported.monthlyCost);
  if (provided.has('notes')) set('notes', imported.notes);
  if (provided.has('owner') && imported.owner !== undefined) set('team', teams.teamFor(imported.owner));
  const extraTags: string[] = [];
  if (provided.has('application') && imported.application !== undefined) {
    if (SCHEMA_FIELDS.has('application')) set('application', imported.application);
    else extraTags.push(`app:${imported.application}`);
  }
  if (provided.has('environment') && imported.environment !== undefined) {
    if (SCHEMA_FIELDS.has('environment')) set('environment', imported.environment);
    else extraTags.push(`env:${imported.environment}`);
  }
  if (provided.has('tags') || extraTags.length > 0) {
    const union = [...new Set([...current.tags, ...(provided.has('tags') ? imported.tags : []), ...extraTags])];
    if (union.length !== current.tags.length) set('tags', union);
  }
  return { next: next as Workload, changes };
}

/** Teams named by the import's owners: an existing team by id or name, else a new one. */
class TeamResolver {
  private readonly teams: Team[];
  private readonly index = new NameIndex();
  private readonly ids: IdPool;
  private readonly newTeams: { id: string; name: string }[] = [];

  constructor(private readonly project: Project) {
    this.teams = [...project.teams];
    this.ids = new IdPool(project.teams.map((t) => t.id));
    for (const t of project.teams) this.index.add(t.id, [t.name]);
  }

  /** The team for an owner; no owner means the project's first team. */
  teamFor(owner: string | undefined): string {
    const first = this.teams[0]?.id ?? 'team-1';
    if (owner === undefined || owner.trim() === '') return first;
    const known = this.index.resolve(owner);
    if (known !== undefined) return known;
    const id = this.ids.claim([slug(owner, 60)], 'team');
    // Nothing in an inventory says how many people a team has; the project's first team is the only size the user gave.
    const engineers = this.project.teams[0]?.engineers ?? 4;
    this.teams.push({ id, name: owner.trim(), engineers });
    this.index.add(id, [owner]);
    this.newTeams.push({ id, name: owner.trim() });
    return id;
  }

  all(): Team[] {
    if (this.teams.length === 0) this.teams.push({ id: 'team-1', name: 'Team 1', engineers: 4 });
    return this.teams;
  }

  created(): { id: string; name: string }[] {
    return [...this.newTeams];
  }
}

function mergeDependencies(
  project: Project,
  fragment: ProjectFragment,
  idMap: ReadonlyMap<string, string>,
  workloads: readonly Workload[],
): { dependencies: Dependency[]; addedCount: number; existing: number; unresolved: DependencyReference[] } {
  const dependencies = [...project.dependencies];
  const pairs = new PairSet(workloads);
  for (const d of project.dependencies) pairs.add(d.from, d.to);
  const depIds = new IdPool(project.dependencies.map((d) => d.id));
  let addedCount = 0;
  let existing = 0;
  const add = (from: string, to: string, dep: Omit<Dependency, 'id' | 'from' | 'to'>) => {
    if (from === to) return;
    if (!pairs.add(from, to)) {
      existing++;
      return;
    }
    dependencies.push({ id: depIds.claim([`${from}:${to}`.slice(0, 120)], 'dependency'), from, to, kind: dep.kind, coupling: dep.coupling, ...(dep.note !== undefined ? { note: dep.note } : {}) });
    addedCount++;
  };
  for (const d of fragment.dependencies) {
    const from = idMap.get(d.from);
    const to = idMap.get(d.to);
    if (from !== undefined && to !== undefined) add(from, to, d);
  }
  const unresolved: DependencyReference[] = [];
  if (fragment.references.length === 0) return { dependencies, addedCount, existing, unresolved };
  // Named ends are looked up in the project only when there are any: most imports resolve them all themselves.
  const names = new NameIndex();
  const byId = new Map<string, Workload>();
  for (const w of workloads) {
    names.add(w.id, [w.name]);
    byId.set(w.id, w);
  }
  const resolve = (ref: string) => idMap.get(ref) ?? names.resolve(ref);
  for (const r of fragment.references) {
    const from = resolve(r.from);
    const to = resolve(r.to);
    const target = to !== undefined ? byId.get(to) : undefined;
    if (from !== undefined && to !== undefined) add(from, to, { kind: r.kind ?? dependencyKindForTarget(target?.kind ?? 'compute'), coupling: r.coupling ?? 'loose', ...(r.note !== undefined ? { note: r.note } : {}) });
    else unresolved.push(r);
  }
  return { dependencies, addedCount, existing, unresolved };
}

/** A wave mapping's choices as pins: each replaces the workload's earlier pins; a row naming no workload is reported. */
function mergePins(project: Project, fragment: ProjectFragment, workloads: readonly Workload[]): { pins: Project['pins']; preview: NonNullable<MergePreview['pins']> } | null {
  if (!fragment.pins || fragment.pins.length === 0) return null;
  const byId = new Map(workloads.map((w) => [w.id, w]));
  const chosen = new Map<string, NonNullable<ProjectFragment['pins']>[number]>();
  const unknown: { workloadId: string; origin: ImportedPin['origin'] }[] = [];
  for (const pin of fragment.pins) {
    if (byId.has(pin.workloadId)) chosen.set(pin.workloadId, pin);
    else unknown.push({ workloadId: pin.workloadId, origin: pin.origin });
  }
  const kept = project.pins.filter((p) => !chosen.has(p.workloadId));
  const ids = new IdPool(kept.map((p) => p.id));
  const added = [...chosen.values()].map((p) => ({ id: ids.claim([`pin:${p.workloadId}`], 'pin'), workloadId: p.workloadId, wave: p.wave, reason: `Wave mapping ${p.origin.file}, row ${p.origin.row ?? '?'}: ${p.planned || '-'} -> ${p.asked}` }));
  return {
    pins: [...kept, ...added],
    preview: { pinned: [...chosen.values()].map((p) => ({ workloadId: p.workloadId, name: byId.get(p.workloadId)!.name, from: p.planned, to: p.asked, wave: p.wave })), unknown },
  };
}

/**
 * Which (from, to) pairs a project has: a number per pair of workload positions (a merge of a
 * hundred thousand links makes no string per pair), a string for ends no workload has.
 */
class PairSet {
  private readonly position = new Map<string, number>();
  private readonly numbers = new Set<number>();
  private readonly strings = new Set<string>();

  constructor(workloads: readonly Workload[]) {
    workloads.forEach((w, i) => this.position.set(w.id, i));
  }

  /** Adds the pair; false when it was there already. */
  add(from: string, to: string): boolean {
    const f = this.position.get(from);
    const t = this.position.get(to);
    if (f !== undefined && t !== undefined) {
      // Positions stay below 2^26, so the product is an exact integer.
      const key = f * 67_108_864 + t;
      if (this.numbers.has(key)) return false;
      this.numbers.add(key);
      return true;
    }
    const key = `${from}\u0000${to}`;
    if (this.strings.has(key)) return false;
    this.strings.add(key);
    return true;
  }
}
