/**
 * A Terraform configuration (the root module's .tf files and the local modules it calls) into
 * resource instances: modules are instantiated with their inputs, `count` and `for_each` are worked
 * out where the values are known, and every attribute is evaluated for the references it makes.
 * A module whose every resource has count 0 is reported as switched off, not imported.
 */
import type { FragmentBuilder } from '../../fragment-builder';
import type { SourceLocation } from '../../types';
import { instanceAddress, type TfInstance, type TfReference } from '../model';
import { isSecretName } from '../secrets';
import type { Attribute, Block, Body, Expr } from './ast';
import { evaluate, type Scope } from './evaluate';
import { asNumberValue, known, list, refsOf, toPlain, truthy, unknown, type Value } from './value';

export interface HclFile {
  /** Path as given, `/`-separated (`hcl/vpc/main.tf`). */
  readonly path: string;
  readonly body: Body;
}

interface ModuleDefinition {
  readonly dir: string;
  readonly variables: Map<string, { block: Block; file: string }>;
  readonly locals: Map<string, { attr: Attribute; file: string }>;
  readonly outputs: Map<string, { block: Block; file: string }>;
  readonly resources: { block: Block; file: string; mode: 'managed' | 'data' }[];
  readonly modules: { block: Block; file: string }[];
}

const MAX_MODULE_DEPTH = 12;
const MAX_INSTANCES_PER_RESOURCE = 1000;
const META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `a/b` + `../c` -> `a/c`; `a` + `./vpc` -> `a/vpc`. */
export function joinPath(dir: string, relative: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const seg of relative.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push('..');
    } else parts.push(seg);
  }
  return parts.join('/');
}

function definitions(files: readonly HclFile[]): Map<string, ModuleDefinition> {
  const defs = new Map<string, ModuleDefinition>();
  for (const f of files) {
    const dir = dirOf(f.path);
    let def = defs.get(dir);
    if (!def) {
      def = { dir, variables: new Map(), locals: new Map(), outputs: new Map(), resources: [], modules: [] };
      defs.set(dir, def);
    }
    for (const block of f.body.blocks) {
      const [a, b] = block.labels;
      if (block.type === 'variable' && a !== undefined) def.variables.set(a, { block, file: f.path });
      else if (block.type === 'output' && a !== undefined) def.outputs.set(a, { block, file: f.path });
      else if (block.type === 'locals') for (const attr of block.body.attributes.values()) def.locals.set(attr.name, { attr, file: f.path });
      else if ((block.type === 'resource' || block.type === 'data') && a !== undefined && b !== undefined) def.resources.push({ block, file: f.path, mode: block.type === 'data' ? 'data' : 'managed' });
      else if (block.type === 'module' && a !== undefined) def.modules.push({ block, file: f.path });
    }
  }
  return defs;
}

/** The module source folder a `module` block names, when it is a local path. */
function localSource(block: Block, dir: string): string | undefined {
  const src = block.body.attributes.get('source')?.expr;
  const value = src?.t === 'literal' && typeof src.value === 'string' ? src.value : undefined;
  if (value === undefined || !(value.startsWith('./') || value.startsWith('../'))) return undefined;
  return joinPath(dir, value);
}

/** The root module: a folder with .tf files that no module block calls, the shallowest first. */
function rootDir(defs: ReadonlyMap<string, ModuleDefinition>): string | undefined {
  const called = new Set<string>();
  for (const def of defs.values()) for (const m of def.modules) { const s = localSource(m.block, def.dir); if (s !== undefined) called.add(s); }
  const roots = [...defs.keys()].filter((d) => !called.has(d)).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  return roots[0];
}

interface ModuleInstance {
  readonly address: string;
  readonly def: ModuleDefinition;
  readonly inputs: ReadonlyMap<string, () => Value>;
  readonly children: Map<string, ModuleInstance | ModuleInstance[] | null>;
  readonly block?: Block;
  readonly blockFile?: string;
  readonly depth: number;
  /** The count index or for_each key of this instance of its module block. */
  readonly key?: number | string;
}

export function readConfiguration(files: readonly HclFile[], out: FragmentBuilder): TfInstance[] {
  const defs = definitions(files);
  const root = rootDir(defs);
  if (root === undefined) return [];
  noteLiteralSecrets(files, out);
  for (const dir of defs.keys()) {
    const reachable = dir === root || [...defs.values()].some((d) => d.modules.some((m) => localSource(m.block, d.dir) === dir));
    if (!reachable) out.skip('terraform.unusedFolder', `The .tf files in '${dir}' are not a module the root configuration calls; they are not imported.`, { file: `${dir}/` }, { folder: dir });
  }
  const evaluator = new ConfigEvaluator(defs, out);
  const rootInstance: ModuleInstance = { address: '', def: defs.get(root) as ModuleDefinition, inputs: new Map(), children: new Map(), depth: 0 };
  return evaluator.instances(rootInstance);
}

/** Literal strings under secret-named attributes, variables and module arguments, anywhere. */
function noteLiteralSecrets(files: readonly HclFile[], out: FragmentBuilder): void {
  const literals = (e: Expr, acc: string[], depth = 0): string[] => {
    if (depth > 30) return acc;
    if (e.t === 'literal' && typeof e.value === 'string') acc.push(e.value);
    else if (e.t === 'template') {
      for (const p of e.parts) {
        if (typeof p === 'string') acc.push(p);
        else literals(p, acc, depth + 1);
      }
    }
    else if (e.t === 'tuple') for (const i of e.items) literals(i, acc, depth + 1);
    else if (e.t === 'object') for (const en of e.entries) literals(en.value, acc, depth + 1);
    return acc;
  };
  const walk = (body: Body, depth: number) => {
    if (depth > 30) return;
    for (const attr of body.attributes.values()) if (isSecretName(attr.name)) for (const s of literals(attr.expr, [])) out.noteSecret(s);
    for (const block of body.blocks) {
      const isSecretVariable = block.type === 'variable' && (isSecretName(block.labels[0] ?? '') || truthy(fromLiteral(block.body.attributes.get('sensitive')?.expr)) === true);
      if (isSecretVariable) { const d = block.body.attributes.get('default'); if (d) for (const s of literals(d.expr, [])) out.noteSecret(s); }
      walk(block.body, depth + 1);
    }
  };
  for (const f of files) walk(f.body, 0);
}

function fromLiteral(e: Expr | undefined): Value {
  return e?.t === 'literal' ? known(e.value) : unknown();
}

class ConfigEvaluator {
  private readonly memo = new Map<string, Value>();
  private readonly evaluating = new Set<string>();
  private readonly expansions = new Map<string, { keys: (number | string)[]; each?: Map<string, Value>; unknownCount?: boolean }>();
  private readonly expanding = new Set<string>();

  constructor(
    private readonly defs: ReadonlyMap<string, ModuleDefinition>,
    private readonly out: FragmentBuilder,
  ) {}

  private memoized(key: string, compute: () => Value): Value {
    const hit = this.memo.get(key);
    if (hit) return hit;
    if (this.evaluating.has(key)) return unknown();
    this.evaluating.add(key);
    try {
      const v = compute();
      this.memo.set(key, v);
      return v;
    } finally {
      this.evaluating.delete(key);
    }
  }

  scope(mod: ModuleInstance, extra: Partial<Pick<Scope, 'count' | 'each' | 'iterators'>> = {}): Scope {
    return {
      ...extra,
      variable: (name) => this.memoized(`${mod.address}|var.${name}`, () => {
        const input = mod.inputs.get(name);
        if (input) return input();
        const def = mod.def.variables.get(name)?.block.body.attributes.get('default');
        return def ? evaluate(def.expr, this.scope(mod)) : unknown();
      }),
      local: (name) => this.memoized(`${mod.address}|local.${name}`, () => {
        const l = mod.def.locals.get(name);
        return l ? evaluate(l.attr.expr, this.scope(mod)) : unknown();
      }),
      moduleOutput: (name, output) => {
        const child = this.child(mod, name);
        if (child === null || child === undefined) return unknown();
        return Array.isArray(child) ? list(child.map((m) => this.output(m, output))) : this.output(child, output);
      },
      moduleInstances: (name) => {
        const child = this.child(mod, name);
        if (!Array.isArray(child)) return unknown();
        const asValue = (m: ModuleInstance): Value => ({ k: 'instance', address: m.address, refs: [], attr: (output) => this.output(m, output) });
        return child.some((m) => typeof m.key === 'string') ? { k: 'map', entries: new Map(child.map((m) => [String(m.key), asValue(m)])), refs: [] } : list(child.map(asValue));
      },
      resource: (type, name, data) => this.resourceValue(mod, type, name, data),
    };
  }

  private output(m: ModuleInstance, output: string): Value {
    return this.memoized(`${m.address}|output.${output}`, () => {
      const o = m.def.outputs.get(output)?.block.body.attributes.get('value');
      return o ? evaluate(o.expr, this.scope(m)) : unknown();
    });
  }

  /** The child module instance(s) a `module` block makes, or null when it is not a local module. */
  private child(mod: ModuleInstance, name: string): ModuleInstance | ModuleInstance[] | null | undefined {
    if (mod.children.has(name)) return mod.children.get(name);
    const found = mod.def.modules.find((m) => m.block.labels[0] === name);
    if (!found || mod.depth >= MAX_MODULE_DEPTH) return undefined;
    const dir = localSource(found.block, mod.def.dir);
    const def = dir !== undefined ? this.defs.get(dir) : undefined;
    if (!def) {
      mod.children.set(name, null);
      return null;
    }
    const base = `${mod.address ? `${mod.address}.` : ''}module.${name}`;
    const make = (address: string, extra: Partial<Pick<Scope, 'count' | 'each'>>, key?: number | string): ModuleInstance => {
      const inputs = new Map<string, () => Value>();
      for (const attr of found.block.body.attributes.values()) {
        if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(attr.name)) continue;
        inputs.set(attr.name, () => evaluate(attr.expr, this.scope(mod, extra)));
      }
      return { address, def, inputs, children: new Map(), block: found.block, blockFile: found.file, depth: mod.depth + 1, ...(key !== undefined ? { key } : {}) };
    };
    const expansion = this.expand(found.block.body, this.scope(mod), `${base}`);
    const made = expansion.countless ? make(base, {}) : expansion.keys.map((k) => make(`${base}[${typeof k === 'number' ? k : `"${k}"`}]`, typeof k === 'number' ? { count: k } : { each: { key: known(k), value: expansion.each?.get(k) ?? unknown() } }, k));
    mod.children.set(name, made);
    return made;
  }

  /** Instance keys of a block with count or for_each; `countless` when it has neither. */
  private expand(body: Body, scope: Scope, what: string): { countless: boolean; keys: (number | string)[]; each?: Map<string, Value>; unknownCount?: boolean } {
    const countAttr = body.attributes.get('count');
    const forEach = body.attributes.get('for_each');
    if (countAttr) {
      const n = asNumberValue(evaluate(countAttr.expr, scope));
      if (n === undefined) return { countless: false, keys: [0], unknownCount: true };
      const count = Math.max(0, Math.min(MAX_INSTANCES_PER_RESOURCE, Math.floor(n)));
      if (n > MAX_INSTANCES_PER_RESOURCE) this.out.warn('terraform.countCapped', `${what}: count ${n} is more than ${MAX_INSTANCES_PER_RESOURCE}; only the first ${MAX_INSTANCES_PER_RESOURCE} are imported.`, { file: '' }, { resource: what, requested: n, max: MAX_INSTANCES_PER_RESOURCE });
      return { countless: false, keys: Array.from({ length: count }, (_, i) => i) };
    }
    if (forEach) {
      const v = evaluate(forEach.expr, scope);
      if (v.k === 'map') return { countless: false, keys: [...v.entries.keys()], each: new Map(v.entries) };
      if (v.k === 'list') {
        const keys = v.items.map((i) => String(toPlain(i) ?? '')).filter((k) => k !== '');
        return { countless: false, keys, each: new Map(keys.map((k) => [k, known(k)])) };
      }
      return { countless: false, keys: ['?'], unknownCount: true };
    }
    return { countless: true, keys: [] };
  }

  private expansionOf(mod: ModuleInstance, block: Block): { keys: (number | string)[]; each?: Map<string, Value>; countless: boolean; unknownCount?: boolean } {
    const key = `${mod.address}|${block.type}.${block.labels.join('.')}`;
    const seen = this.expansions.get(key);
    if (seen) return { countless: false, ...seen };
    // A count that reads its own resource (directly or round a loop) cannot be worked out.
    if (this.expanding.has(key)) return { countless: false, keys: [0], unknownCount: true };
    this.expanding.add(key);
    try {
      const e = this.expand(block.body, this.scope(mod), `${block.labels.join('.')}`);
      if (!e.countless) this.expansions.set(key, { keys: e.keys, ...(e.each ? { each: e.each } : {}), ...(e.unknownCount ? { unknownCount: true } : {}) });
      return e;
    } finally {
      this.expanding.delete(key);
    }
  }

  private resourceValue(mod: ModuleInstance, type: string, name: string, data: boolean): Value | undefined {
    const found = mod.def.resources.find((r) => r.block.labels[0] === type && r.block.labels[1] === name && (r.mode === 'data') === data);
    if (!found) return undefined;
    const e = this.expansionOf(mod, found.block);
    const mode = data ? 'data' : 'managed';
    const instance = (key: number | string | undefined): Value => {
      const address = instanceAddress(mod.address, mode, type, name, key);
      const scope = this.instanceScope(mod, key, e.each);
      return { k: 'instance', address, refs: [address], attr: (attr) => this.memoized(`${address}|${attr}`, () => this.attributeValue(found.block.body, attr, scope)) };
    };
    if (e.countless) return instance(undefined);
    if (e.each) return { k: 'map', entries: new Map(e.keys.map((k) => [String(k), instance(k)])), refs: [] };
    return list(e.keys.map((k) => instance(k)));
  }

  private instanceScope(mod: ModuleInstance, key: number | string | undefined, each: Map<string, Value> | undefined): Scope {
    if (key === undefined) return this.scope(mod);
    if (typeof key === 'number' && !each) return this.scope(mod, { count: key });
    return this.scope(mod, { each: { key: known(String(key)), value: each?.get(String(key)) ?? unknown() } });
  }

  private attributeValue(body: Body, attr: string, scope: Scope): Value {
    const a = body.attributes.get(attr);
    if (a) return evaluate(a.expr, scope);
    const blocks = body.blocks.filter((b) => b.type === attr);
    if (blocks.length > 0) return list(blocks.map((b) => this.blockValue(b.body, scope, 0)));
    return unknown();
  }

  private blockValue(body: Body, scope: Scope, depth: number): Value {
    const entries = new Map<string, Value>();
    if (depth > 10) return { k: 'map', entries, refs: [] };
    for (const a of body.attributes.values()) if (!isSecretName(a.name)) entries.set(a.name, evaluate(a.expr, scope));
    const byType = new Map<string, Value[]>();
    for (const b of body.blocks) byType.set(b.type, [...(byType.get(b.type) ?? []), this.blockValue(b.body, scope, depth + 1)]);
    for (const [t, vs] of byType) entries.set(t, list(vs));
    return { k: 'map', entries, refs: [] };
  }

  /** Every resource and data instance of a module and the modules under it. */
  instances(mod: ModuleInstance): TfInstance[] {
    const out: TfInstance[] = [];
    let resources = 0;
    let created = 0;
    const offBecause = new Set<string>();
    for (const r of mod.def.resources) {
      const [type, name] = r.block.labels as [string, string];
      const e = this.expansionOf(mod, r.block);
      const at: SourceLocation = { file: r.file, line: r.block.at.line, column: r.block.at.column };
      if (r.mode === 'managed') resources++;
      if (e.unknownCount) this.out.warn('terraform.unknownCount', `${type}.${name}: its count or for_each depends on values known only at apply time; it is imported once.`, at, { resource: `${type}.${name}` });
      if (!e.countless && e.keys.length === 0) {
        if (r.mode === 'managed') {
          for (const v of this.falseVariables(r.block.body.attributes.get('count')?.expr, mod)) offBecause.add(v);
          if (mod.address === '' || this.resourcesCreated(mod) > 0) this.out.skip('terraform.countZero', `${mod.address ? `${mod.address}.` : ''}${type}.${name} has count = 0: it is not created, so not imported.`, at, { resource: `${mod.address ? `${mod.address}.` : ''}${type}.${name}` });
        }
        continue;
      }
      const keys: (number | string | undefined)[] = e.countless ? [undefined] : e.keys;
      for (const key of keys) {
        if (r.mode === 'managed') created++;
        out.push(this.instance(mod, r, key, e.each, at));
      }
    }
    if (resources > 0 && created === 0 && mod.address !== '') {
      const because = offBecause.size > 0 ? ` (${[...offBecause].join(', ')})` : '';
      const source = mod.block?.body.attributes.get('source')?.expr;
      const from = source?.t === 'literal' ? ` from ${String(source.value)}` : '';
      this.out.skip('terraform.moduleOff', `${mod.address}${from} is switched off: every resource in it has count = 0${because}.`, { file: mod.blockFile ?? '', line: mod.block?.at.line ?? 1, column: mod.block?.at.column ?? 1 }, { module: mod.address, conditions: [...offBecause].join(', ') });
    }
    for (const m of mod.def.modules) {
      const name = m.block.labels[0] as string;
      const child = this.child(mod, name);
      if (child === null) {
        const src = m.block.body.attributes.get('source')?.expr;
        this.out.skip('terraform.remoteModule', `module.${name} comes from ${src?.t === 'literal' ? `'${String(src.value)}'` : 'a remote source'}, which is not among the imported files.`, { file: m.file, line: m.block.at.line, column: m.block.at.column }, { module: name, source: src?.t === 'literal' ? String(src.value) : '' });
        continue;
      }
      if (child === undefined) continue;
      for (const c of Array.isArray(child) ? child : [child]) out.push(...this.instances(c));
      if (Array.isArray(child) && child.length === 0) this.out.skip('terraform.moduleOff', `module.${name} has count = 0: it is switched off.`, { file: m.file, line: m.block.at.line, column: m.block.at.column }, { module: name });
    }
    return out;
  }

  private resourcesCreated(mod: ModuleInstance): number {
    return mod.def.resources.filter((r) => r.mode === 'managed').reduce((n, r) => { const e = this.expansionOf(mod, r.block); return n + (e.countless ? 1 : e.keys.length); }, 0);
  }

  /** `use_rds4mysql_module = false`: the variables read by a count that came out 0 and are false. */
  private falseVariables(expr: Expr | undefined, mod: ModuleInstance): string[] {
    const names = new Set<string>();
    const walk = (e: Expr | undefined, depth: number) => {
      if (!e || depth > 20) return;
      if (e.t === 'traversal' && e.root === 'var' && e.steps[0]?.t === 'attr') names.add(e.steps[0].name);
      if (e.t === 'template') for (const p of e.parts) if (typeof p !== 'string') walk(p, depth + 1);
      if (e.t === 'conditional') { walk(e.cond, depth + 1); walk(e.then, depth + 1); walk(e.else, depth + 1); }
      if (e.t === 'binary') { walk(e.left, depth + 1); walk(e.right, depth + 1); }
      if (e.t === 'unary') walk(e.operand, depth + 1);
    };
    walk(expr, 0);
    const scope = this.scope(mod);
    return [...names].filter((n) => truthy(scope.variable(n)) === false).map((n) => `${n} = false`);
  }

  private instance(mod: ModuleInstance, r: ModuleDefinition['resources'][number], key: number | string | undefined, each: Map<string, Value> | undefined, at: SourceLocation): TfInstance {
    const [type, name] = r.block.labels as [string, string];
    const address = instanceAddress(mod.address, r.mode, type, name, key);
    const scope = this.instanceScope(mod, key, each);
    const attributes: Record<string, unknown> = {};
    const refs: TfReference[] = [];
    const collect = (body: Body, prefix: string, s: Scope, depth: number) => {
      if (depth > 10) return;
      for (const attr of body.attributes.values()) {
        if (META.has(attr.name) && prefix === '') continue;
        const path = prefix ? `${prefix}.${attr.name}` : attr.name;
        const value = evaluate(attr.expr, s);
        if (isSecretName(attr.name)) {
          const plain = toPlain(value);
          if (typeof plain === 'string') this.out.noteSecret(plain);
          continue;
        }
        for (const target of refsOf(value)) if (target !== address) refs.push({ path, target });
        if (prefix === '') {
          const plain = toPlain(value);
          if (plain !== undefined) attributes[attr.name] = plain;
        }
      }
      for (const block of body.blocks) {
        if (block.type === 'lifecycle' || block.type === 'provisioner' || block.type === 'connection') continue;
        if (block.type === 'dynamic') {
          const label = block.labels[0] ?? 'dynamic';
          const forEach = block.body.attributes.get('for_each');
          const iterValue = forEach ? evaluate(forEach.expr, s) : unknown();
          for (const target of refsOf(iterValue)) refs.push({ path: prefix ? `${prefix}.${label}` : label, target });
          const iterator: Value = { k: 'map', entries: new Map([['value', unknown([...refsOf(iterValue)])], ['key', unknown()]]), refs: [] };
          const content = block.body.blocks.find((b) => b.type === 'content');
          if (content) collect(content.body, prefix ? `${prefix}.${label}` : label, { ...s, iterators: new Map([...(s.iterators ?? []), [label, iterator]]) }, depth + 1);
          continue;
        }
        const path = prefix ? `${prefix}.${block.type}` : block.type;
        collect(block.body, path, s, depth + 1);
        if (prefix === '') {
          const plain = toPlain(this.blockValue(block.body, s, 0));
          const prev = attributes[block.type];
          attributes[block.type] = Array.isArray(prev) ? [...prev, plain] : [plain];
        }
      }
    };
    collect(r.block.body, '', scope, 0);
    const dependsOn = r.block.body.attributes.get('depends_on')?.expr;
    if (dependsOn?.t === 'tuple') {
      for (const item of dependsOn.items) {
        const target = this.dependsOnTarget(mod, item);
        for (const t of target) refs.push({ path: 'depends_on', target: t });
      }
    }
    return { address, mode: r.mode, type, module: mod.address, name, ...(key !== undefined ? { index: key } : {}), attributes, refs, at };
  }

  /** `depends_on = [alicloud_instance.web]` (or the 0.11 string form) as instance addresses. */
  private dependsOnTarget(mod: ModuleInstance, item: Expr): string[] {
    let text: string | undefined;
    if (item.t === 'literal' && typeof item.value === 'string') text = item.value;
    else if (item.t === 'traversal') text = [item.root, ...item.steps.map((s) => (s.t === 'attr' ? s.name : ''))].filter(Boolean).join('.');
    if (text === undefined) return [];
    const parts = text.split('.');
    const data = parts[0] === 'data';
    const [type, name] = data ? [parts[1], parts[2]] : [parts[0], parts[1]];
    if (type === undefined || name === undefined) return [];
    const value = this.resourceValue(mod, type, name, data);
    return value ? [...refsOf(value)] : [];
  }
}
