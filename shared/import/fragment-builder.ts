/**
 * What every importer writes through: workloads with the defaults a new workload gets, dependencies
 * without duplicates or self-loops, and the findings of the import with their locations. One
 * builder per format run; `build()` hands back the fragment and the findings.
 */
import { type ReviewNote, describeReviewNote } from '../model/review';
import type { Coupling, Criticality, DependencyKind, DowntimeTolerance, Strategy, WorkloadKind } from '../model/vocabulary';
import { dependencyKindForTarget } from './guess/ports';
import { IdPool } from './ids';
import { type DependencyReference, NameIndex } from './references';
import type { ImportMessageCode, SkippedCode } from './message-codes';
import type { ImportedDependency, ImportedPin, ImportedWorkload, ImportMessage, ProjectFragment, ProvidedField, SourceLocation } from './types';

/** A workload as an importer knows it; anything left out gets the new-workload default. */
export interface WorkloadDraft {
  /** Ids to try, best first (the source's own id, then an address); cleaned and made unique. */
  readonly ids?: readonly (string | undefined)[];
  readonly name: string;
  readonly kind: WorkloadKind;
  readonly sourceService: string;
  readonly region?: string;
  readonly strategy?: Strategy;
  readonly criticality?: Criticality;
  readonly complexity?: number;
  readonly instances?: number;
  readonly dataGb?: number;
  readonly dailyChangeGb?: number;
  readonly downtimeTolerance?: DowntimeTolerance;
  readonly owner?: string;
  readonly monthlyCost?: number;
  readonly tags?: readonly string[];
  readonly notes?: string;
  readonly application?: string;
  readonly environment?: string;
  /** Fields above that were inferred rather than read. */
  readonly guesses?: readonly ReviewNote[];
  /** Other names the source uses for it (a cloud id, a host name, an IP), for resolving references. */
  readonly aliases?: readonly string[];
  readonly origin: SourceLocation;
}

export interface DependencyDraft {
  readonly from: string;
  readonly to: string;
  readonly kind: DependencyKind;
  /** Absent: tight for calls to a database or cache (latency on every query), loose otherwise. */
  readonly coupling?: Coupling;
  readonly note?: string;
  /** The kind was inferred (a port, a target's kind): marks the dependant for review. */
  readonly guess?: Omit<ReviewNote, 'field'>;
  readonly origin: SourceLocation;
}

const MAX_MESSAGES = 500;
/** More workloads than a 100 MB file can hold (2^26), and `from * PAIR_BASE + to` stays an exact integer (< 2^53): one pair, one number. */
const PAIR_BASE = 67_108_864;

export class FragmentBuilder {
  private readonly workloads: ImportedWorkload[] = [];
  private readonly byId = new Map<string, number>();
  private readonly dependencies: ImportedDependency[] = [];
  private readonly pairs = new Set<number>();
  private readonly depIds = new IdPool();
  private readonly ids: IdPool;
  private readonly messages: ImportMessage[] = [];
  private readonly references: DependencyReference[] = [];
  private readonly pins: ImportedPin[] = [];
  private readonly index = new NameIndex();
  /** Names not yet in the index: it is built on the first lookup, and never when nothing is looked up by name (a Terraform state). */
  private readonly unindexed: { id: string; names: readonly (string | undefined)[] }[] = [];
  private readonly secrets = new Set<string>();
  private dropped = 0;

  constructor(takenIds: Iterable<string> = []) {
    this.ids = new IdPool(takenIds);
  }

  /** Adds a workload and returns its id. */
  addWorkload(draft: WorkloadDraft): string {
    const id = this.ids.claim(draft.ids ?? [], 'workload');
    const guesses = [...(draft.guesses ?? [])];
    const guessed = new Set(guesses.map((g) => g.field));
    if (draft.criticality === undefined && !guessed.has('criticality')) guesses.push({ field: 'criticality', basis: 'default' });
    const provided: ProvidedField[] = ['name'];
    const mark = (field: ProvidedField, present: boolean, reviewField: string = field) => {
      if (present && !guessed.has(reviewField as ReviewNote['field'])) provided.push(field);
    };
    mark('kind', true);
    mark('sourceService', true);
    mark('region', draft.region !== undefined);
    mark('strategy', draft.strategy !== undefined);
    mark('criticality', draft.criticality !== undefined);
    mark('complexity', draft.complexity !== undefined);
    mark('instances', draft.instances !== undefined, 'size');
    mark('dataGb', draft.dataGb !== undefined, 'size');
    mark('dailyChangeGb', draft.dailyChangeGb !== undefined, 'size');
    mark('downtimeTolerance', draft.downtimeTolerance !== undefined);
    mark('owner', draft.owner !== undefined, 'team');
    mark('monthlyCost', draft.monthlyCost !== undefined);
    mark('tags', draft.tags !== undefined && draft.tags.length > 0);
    mark('notes', draft.notes !== undefined && draft.notes !== '');
    mark('application', draft.application !== undefined);
    mark('environment', draft.environment !== undefined);
    const workload: ImportedWorkload = {
      id,
      name: draft.name.trim() || id,
      kind: draft.kind,
      sourceService: draft.sourceService,
      ...(draft.region !== undefined ? { region: draft.region } : {}),
      strategy: draft.strategy ?? 'rehost',
      criticality: draft.criticality ?? 'medium',
      complexity: clampComplexity(draft.complexity),
      size: { instances: wholeOrZero(draft.instances ?? 1), dataGb: finiteOrZero(draft.dataGb), dailyChangeGb: finiteOrZero(draft.dailyChangeGb) },
      downtimeTolerance: draft.downtimeTolerance ?? 'hours',
      monthlyCost: finiteOrZero(draft.monthlyCost),
      tags: uniqueTags(draft.tags ?? []),
      notes: draft.notes ?? '',
      ...(draft.owner !== undefined && draft.owner.trim() !== '' ? { owner: draft.owner.trim() } : {}),
      ...(draft.application !== undefined && draft.application.trim() !== '' ? { application: draft.application.trim() } : {}),
      ...(draft.environment !== undefined ? { environment: draft.environment } : {}),
      provided,
      review: guesses,
      origin: draft.origin,
    };
    this.byId.set(id, this.workloads.length);
    this.workloads.push(workload);
    this.unindexed.push({ id, names: [workload.name, ...(draft.ids ?? []), ...(draft.aliases ?? [])] });
    return id;
  }

  /** The id of the workload an id, name or alias names, if this import has it. */
  resolve(ref: string): string | undefined {
    return this.names().resolve(ref);
  }

  private names(): NameIndex {
    for (const { id, names } of this.unindexed) this.index.add(id, names);
    this.unindexed.length = 0;
    return this.index;
  }

  /** A wave chosen for a workload of the project (wave mapping); the merge turns it into a pin. */
  addPin(pin: ImportedPin): void {
    this.pins.push(pin);
  }

  /** A dependency named by reference; resolved at `build()` within the import, else left to the merge. */
  addReference(reference: DependencyReference): void {
    this.references.push(reference);
  }

  /**
   * A value that must never reach the project (a password, a key): whatever the importers do,
   * `build()` removes it from every text of the fragment.
   */
  noteSecret(value: string): void {
    // A plain word (`postgres`, a default some images use) would scrub image and service names for nothing:
    // secrets worth removing have a digit or a symbol, or are long.
    const plainWord = /^[A-Za-z]+$/.test(value) && value.length < 12;
    if (value.length >= 4 && !plainWord && !/^(true|false|null|\d+)$/i.test(value)) this.secrets.add(value);
  }

  /** The dependencies added so far (references not yet resolved are not among them). */
  currentDependencies(): readonly ImportedDependency[] {
    return this.dependencies;
  }

  hasWorkload(id: string): boolean {
    return this.byId.has(id);
  }

  workload(id: string): ImportedWorkload | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.workloads[i];
  }

  /** Replaces a workload's fields (folding a child resource's size into its parent, say). */
  patchWorkload(id: string, patch: (w: ImportedWorkload) => ImportedWorkload): void {
    const i = this.byId.get(id);
    const current = i === undefined ? undefined : this.workloads[i];
    if (i !== undefined && current) this.workloads[i] = { ...patch(current), id };
  }

  /** Adds `from` needs `to`; a self-loop, an unknown end or a repeat of the same pair is ignored. Returns whether it was added. */
  addDependency(draft: DependencyDraft): boolean {
    const fromIndex = this.byId.get(draft.from);
    const toIndex = this.byId.get(draft.to);
    if (draft.from === draft.to || fromIndex === undefined || toIndex === undefined) return false;
    // A number per pair of positions: on imports of a hundred thousand links, cheaper than a string per pair.
    const pair = fromIndex * PAIR_BASE + toIndex;
    if (this.pairs.has(pair)) return false;
    this.pairs.add(pair);
    const target = this.workload(draft.to);
    const coupling = draft.coupling ?? (draft.kind === 'sync' && (target?.kind === 'database' || target?.kind === 'cache') ? 'tight' : 'loose');
    const id = this.depIds.claim([`${draft.from}:${draft.to}`.slice(0, 120)], 'dependency');
    const dependency: ImportedDependency = draft.note ? { id, from: draft.from, to: draft.to, kind: draft.kind, coupling, note: draft.note, origin: draft.origin } : { id, from: draft.from, to: draft.to, kind: draft.kind, coupling, origin: draft.origin };
    this.dependencies.push(dependency);
    if (draft.guess) {
      const note: ReviewNote = { field: 'dependencies', ...draft.guess };
      this.patchWorkload(draft.from, (w) => (w.review.some((r) => r.field === 'dependencies') ? w : { ...w, review: [...w.review, note] }));
    }
    return true;
  }

  error(code: ImportMessageCode, message: string, at: SourceLocation, params: Record<string, string | number> = {}): void {
    this.push({ severity: 'error', code, params, message, at });
  }

  warn(code: ImportMessageCode, message: string, at: SourceLocation, params: Record<string, string | number> = {}): void {
    this.push({ severity: 'warning', code, params, message, at });
  }

  /** Something in the file that is deliberately not imported, and why. */
  skip(code: SkippedCode, message: string, at: SourceLocation, params: Record<string, string | number> = {}): void {
    this.push({ severity: 'info', code: `skipped.${code}`, params, message, at });
  }

  info(code: ImportMessageCode, message: string, at: SourceLocation, params: Record<string, string | number> = {}): void {
    this.push({ severity: 'info', code, params, message, at });
  }

  get errorCount(): number {
    return this.messages.filter((m) => m.severity === 'error').length;
  }

  build(): { fragment: ProjectFragment; messages: ImportMessage[] } {
    const unresolved: DependencyReference[] = [];
    for (const ref of this.references) {
      const from = this.names().resolve(ref.from);
      const to = this.names().resolve(ref.to);
      if (from !== undefined && to !== undefined) {
        if (from === to) continue;
        const kind = ref.kind ?? dependencyKindForTarget(this.workload(to)?.kind ?? 'compute');
        this.addDependency({ from, to, kind, ...(ref.coupling ? { coupling: ref.coupling } : {}), ...(ref.note ? { note: ref.note } : {}), origin: ref.origin });
      } else {
        unresolved.push({ ...ref, from: from ?? ref.from, to: to ?? ref.to });
      }
    }
    this.references.length = 0;
    if (this.secrets.size > 0) this.scrubSecrets();
    const messages = [...this.messages];
    if (this.dropped > 0) {
      messages.push({ severity: 'warning', code: 'tooManyMessages', params: { count: this.dropped }, message: `${this.dropped} more findings were not listed.`, at: { file: messages[0]?.at.file ?? '' } });
    }
    return { fragment: { workloads: [...this.workloads], dependencies: [...this.dependencies], references: unresolved, ...(this.pins.length > 0 ? { pins: [...this.pins] } : {}) }, messages };
  }

  /** Defence in depth: no text of the fragment may contain a value an importer noted as secret. */
  private scrubSecrets(): void {
    const secrets = [...this.secrets];
    // A plain loop: this runs over every text of every workload, and a closure per call is garbage per call.
    const has = (text: string | undefined): boolean => {
      if (text === undefined) return false;
      for (const s of secrets) if (text.includes(s)) return true;
      return false;
    };
    const clean = (text: string) => (has(text) ? withSecretsRemoved(text, secrets) : text);
    // Most workloads carry no secret: only those that do are copied.
    const carries = (w: ImportedWorkload): boolean => {
      if (has(w.name) || has(w.notes) || has(w.owner) || has(w.application)) return true;
      for (const t of w.tags) if (has(t)) return true;
      for (const r of w.review) if (has(r.source)) return true;
      return false;
    };
    for (let i = 0; i < this.workloads.length; i++) {
      const w = this.workloads[i];
      if (!w || !carries(w)) continue;
      this.workloads[i] = {
        ...w,
        name: clean(w.name),
        notes: clean(w.notes),
        tags: w.tags.map(clean),
        ...(w.owner !== undefined ? { owner: clean(w.owner) } : {}),
        ...(w.application !== undefined ? { application: clean(w.application) } : {}),
        review: w.review.map((r) => (r.source !== undefined ? { ...r, source: clean(r.source) } : r)),
      };
    }
    for (let i = 0; i < this.dependencies.length; i++) {
      const d = this.dependencies[i];
      if (d?.note !== undefined && has(d.note)) this.dependencies[i] = { ...d, note: clean(d.note) };
    }
  }

  private push(message: ImportMessage): void {
    // Errors are always kept (the user must see why nothing was imported); notes stop at a cap.
    if (this.messages.length >= MAX_MESSAGES && message.severity !== 'error') {
      this.dropped++;
      return;
    }
    this.messages.push(message);
  }
}

/**
 * Every character any secret covers, wherever secrets overlap or nest, becomes part of one
 * `[removed]`: removing them one after another left the rest of a longer secret behind once a
 * shorter one inside it had been replaced (`Tok3n-Literal-9` with `-Literal` noted first read
 * `Tok3n[removed]-9`).
 */
function withSecretsRemoved(text: string, secrets: readonly string[]): string {
  const covered = new Uint8Array(text.length);
  for (const s of secrets) {
    if (s.length === 0) continue;
    for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + 1)) covered.fill(1, at, at + s.length);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0) out += text[i];
    else if (i === 0 || covered[i - 1] === 0) out += '[removed]';
  }
  return out;
}

/** The guess as the report words it. */
export function guessMessage(workloadName: string, note: ReviewNote): string {
  return `${workloadName}: ${describeReviewNote(note)}`;
}

function clampComplexity(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 3;
  return Math.min(5, Math.max(1, Math.round(value)));
}

function finiteOrZero(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

function wholeOrZero(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.min(Math.round(value), 1_000_000) : 0;
}

function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of tags) {
    const tag = t.trim().slice(0, 200);
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}
