/**
 * A small evaluator for the HCL Terraform configurations use: literals, templates, variables,
 * locals, module outputs, resource and data references, count and each, conditionals, operators
 * and the common functions. What it cannot know (an id assigned at apply, a file) is `unknown`
 * but still carries the references it was computed from.
 */
import type { Expr, Step } from './ast';
import { asNumberValue, asStringValue, known, list, NONE, refsOf, toPlain, truthy, unknown, type Value, withRefs } from './value';

/** What a name resolves to in the module being evaluated. */
export interface Scope {
  variable(name: string): Value;
  local(name: string): Value;
  moduleOutput(module: string, output: string): Value;
  /** A counted or for_each module's instances (a list, or a map by key), each reading its outputs as attributes. */
  moduleInstances(module: string): Value;
  /** A resource (or data source, with `data` true) as a list of instances, or one instance when it has no count. */
  resource(type: string, name: string, data: boolean): Value | undefined;
  readonly count?: number;
  readonly each?: { readonly key: Value; readonly value: Value };
  /** Iterator variables of a `dynamic` block (`servers.value`). */
  readonly iterators?: ReadonlyMap<string, Value>;
}

const MAX_DEPTH = 60;

export function evaluate(expr: Expr, scope: Scope, depth = 0): Value {
  if (depth > MAX_DEPTH) return unknown();
  switch (expr.t) {
    case 'literal':
      return known(expr.value);
    case 'template':
      return template(expr.parts, scope, depth);
    case 'traversal':
      return traverse(expr.root, expr.steps, scope, depth);
    case 'postfix':
      return applySteps(evaluate(expr.base, scope, depth + 1), expr.steps, scope, depth);
    case 'call':
      return call(expr.name, expr.args.map((a) => evaluate(a, scope, depth + 1)));
    case 'conditional': {
      const cond = evaluate(expr.cond, scope, depth + 1);
      const t = truthy(cond);
      if (t === true) return evaluate(expr.then, scope, depth + 1);
      if (t === false) return evaluate(expr.else, scope, depth + 1);
      return unknown([...refsOf(cond), ...refsOf(evaluate(expr.then, scope, depth + 1)), ...refsOf(evaluate(expr.else, scope, depth + 1))]);
    }
    case 'binary':
      return binary(expr.op, evaluate(expr.left, scope, depth + 1), evaluate(expr.right, scope, depth + 1));
    case 'unary': {
      const v = evaluate(expr.operand, scope, depth + 1);
      if (expr.op === '!') {
        const t = truthy(v);
        return t === undefined ? unknown([...refsOf(v)]) : known(!t);
      }
      const n = asNumberValue(v);
      return n === undefined ? unknown([...refsOf(v)]) : known(-n);
    }
    case 'tuple':
      return list(expr.items.map((i) => evaluate(i, scope, depth + 1)));
    case 'object': {
      const entries = new Map<string, Value>();
      const refs: string[] = [];
      for (const e of expr.entries) {
        const key = asStringValue(evaluate(e.key, scope, depth + 1));
        const value = evaluate(e.value, scope, depth + 1);
        if (key !== undefined) entries.set(key, value);
        else refs.push(...refsOf(value));
      }
      return { k: 'map', entries, refs };
    }
    case 'opaque':
      return unknown(expr.inner.flatMap((e) => [...refsOf(evaluate(e, scope, depth + 1))]));
  }
}

function template(parts: readonly (string | Expr)[], scope: Scope, depth: number): Value {
  // A template that is one interpolation is that value, unconverted (HCL's rule): "${var.list}" is a list.
  if (parts.length === 1 && typeof parts[0] !== 'string') return evaluate(parts[0] as Expr, scope, depth + 1);
  let text = '';
  const refs: string[] = [];
  let complete = true;
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const v = evaluate(part, scope, depth + 1);
    refs.push(...refsOf(v));
    const s = asStringValue(v);
    if (s === undefined) complete = false;
    else text += s;
  }
  return complete ? known(text, refs) : unknown(refs);
}

function traverse(root: string, steps: readonly Step[], scope: Scope, depth: number): Value {
  const attr = (i: number) => {
    const s = steps[i];
    return s?.t === 'attr' ? s.name : undefined;
  };
  switch (root) {
    case 'var': {
      const name = attr(0);
      return name === undefined ? unknown() : applySteps(scope.variable(name), steps.slice(1), scope, depth);
    }
    case 'local': {
      const name = attr(0);
      return name === undefined ? unknown() : applySteps(scope.local(name), steps.slice(1), scope, depth);
    }
    case 'module': {
      const module = attr(0);
      const output = attr(1);
      if (module === undefined) return unknown();
      // `module.web[0].id`, `module.web["a"].id`: an output of one instance of a counted or for_each module.
      if (output === undefined) return steps[1]?.t === 'index' ? applySteps(scope.moduleInstances(module), steps.slice(1), scope, depth) : unknown();
      return applySteps(scope.moduleOutput(module, output), steps.slice(2), scope, depth);
    }
    case 'count':
      return attr(0) === 'index' && scope.count !== undefined ? known(scope.count) : unknown();
    case 'each': {
      const which = attr(0);
      const got = which === 'key' ? scope.each?.key : which === 'value' ? scope.each?.value : undefined;
      return got ? applySteps(got, steps.slice(1), scope, depth) : unknown();
    }
    case 'data': {
      const type = attr(0);
      const name = attr(1);
      const res = type !== undefined && name !== undefined ? scope.resource(type, name, true) : undefined;
      return res ? applySteps(res, steps.slice(2), scope, depth) : unknown();
    }
    case 'path':
    case 'terraform':
    case 'self':
      return unknown();
    default: {
      const iterator = scope.iterators?.get(root);
      if (iterator) return applySteps(iterator, steps, scope, depth);
      const name = attr(0);
      const res = name !== undefined && root.includes('_') ? scope.resource(root, name, false) : undefined;
      return res ? applySteps(res, steps.slice(1), scope, depth) : unknown();
    }
  }
}

function applySteps(value: Value, steps: readonly Step[], scope: Scope, depth: number): Value {
  let current = value;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if (step.t === 'splat') {
      const rest = steps.slice(i + 1);
      const items = current.k === 'list' ? current.items : current.k === 'unknown' ? [] : [current];
      if (current.k === 'unknown') return current;
      return list(items.map((item) => applySteps(item, rest, scope, depth + 1)), current.refs);
    }
    current = step.t === 'attr' ? getAttr(current, step.name) : index(current, evaluate(step.key, scope, depth + 1));
  }
  return current;
}

function getAttr(value: Value, name: string): Value {
  switch (value.k) {
    case 'map':
      return withRefs(value.entries.get(name) ?? unknown(), value.refs);
    case 'instance':
      return withRefs(value.attr(name), value.refs);
    case 'list':
      // `resource.name.attr` on a counted resource is a mistake in HCL 2 but worked in 0.11: read it for every instance.
      return list(value.items.map((i) => getAttr(i, name)), value.refs);
    default:
      return unknown([...refsOf(value)]);
  }
}

function index(value: Value, key: Value): Value {
  const k = key.k === 'known' ? key.v : undefined;
  if (value.k === 'list') {
    const n = typeof k === 'number' ? k : typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : undefined;
    if (n !== undefined && Number.isInteger(n)) {
      const item = value.items[n];
      return item ? withRefs(item, value.refs) : unknown(value.refs);
    }
    return unknown([...refsOf(value), ...refsOf(key)]);
  }
  if (value.k === 'map') {
    if (k !== undefined && k !== null) return withRefs(value.entries.get(String(k)) ?? unknown(), value.refs);
    return unknown([...refsOf(value), ...refsOf(key)]);
  }
  return unknown([...refsOf(value), ...refsOf(key)]);
}

function binary(op: string, a: Value, b: Value): Value {
  const refs = [...refsOf(a), ...refsOf(b)];
  if (op === '&&' || op === '||') {
    const x = truthy(a);
    const y = truthy(b);
    if (op === '&&' && (x === false || y === false)) return known(false);
    if (op === '||' && (x === true || y === true)) return known(true);
    return x === undefined || y === undefined ? unknown(refs) : known(op === '&&' ? x && y : x || y);
  }
  if (op === '==' || op === '!=') {
    if (a.k !== 'known' || b.k !== 'known') return unknown(refs);
    // HCL compares after conversion: "2" == 2 is false in HCL 2, but 0.11 configurations rely on strings; compare as text.
    const same = String(a.v) === String(b.v);
    return known(op === '==' ? same : !same);
  }
  const x = asNumberValue(a);
  const y = asNumberValue(b);
  if (x === undefined || y === undefined) return unknown(refs);
  switch (op) {
    case '+':
      return known(x + y);
    case '-':
      return known(x - y);
    case '*':
      return known(x * y);
    case '/':
      return y === 0 ? unknown(refs) : known(x / y);
    case '%':
      return y === 0 ? unknown(refs) : known(x % y);
    case '<':
      return known(x < y);
    case '<=':
      return known(x <= y);
    case '>':
      return known(x > y);
    case '>=':
      return known(x >= y);
    default:
      return unknown(refs);
  }
}

/** The functions configurations use to shape values; any other is unknown (but keeps its references). */
function call(name: string, args: readonly Value[]): Value {
  const refs = args.flatMap((a) => [...refsOf(a)]);
  const [a, b, c] = args;
  const plainList = (v: Value | undefined) => (v?.k === 'list' ? v.items : undefined);
  switch (name) {
    case 'length': {
      if (!a) return unknown(refs);
      if (a.k === 'list') return known(a.items.length);
      if (a.k === 'map') return known(a.entries.size);
      const s = asStringValue(a);
      return s !== undefined ? known([...s].length) : unknown(refs);
    }
    case 'lookup': {
      if (a?.k === 'map' && b) {
        const key = asStringValue(b);
        const got = key !== undefined ? a.entries.get(key) : undefined;
        return got ?? c ?? unknown(refs);
      }
      return unknown(refs);
    }
    case 'element': {
      const items = plainList(a);
      const n = b ? asNumberValue(b) : undefined;
      if (items && n !== undefined && items.length > 0) return items[((Math.floor(n) % items.length) + items.length) % items.length] ?? unknown(refs);
      return unknown(refs);
    }
    case 'keys':
      return a?.k === 'map' ? list([...a.entries.keys()].sort().map((k) => known(k))) : unknown(refs);
    case 'values':
      return a?.k === 'map' ? list([...a.entries.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, v]) => v)) : unknown(refs);
    case 'concat':
      return args.every((x) => x.k === 'list') ? list(args.flatMap((x) => (x.k === 'list' ? x.items : []))) : unknown(refs);
    case 'flatten': {
      const flat = (v: Value, depth: number): Value[] => (v.k === 'list' && depth < 10 ? v.items.flatMap((i) => flat(i, depth + 1)) : [v]);
      return a?.k === 'list' ? list(flat(a, 0)) : unknown(refs);
    }
    case 'compact':
      return a?.k === 'list' ? list(a.items.filter((i) => !(i.k === 'known' && (i.v === '' || i.v === null)))) : unknown(refs);
    case 'merge': {
      if (!args.every((x) => x.k === 'map')) return unknown(refs);
      const entries = new Map<string, Value>();
      for (const m of args) if (m.k === 'map') for (const [k, v] of m.entries) entries.set(k, v);
      return { k: 'map', entries, refs: NONE };
    }
    case 'coalesce':
      return args.find((x) => x.k !== 'known' || (x.v !== null && x.v !== '')) ?? unknown(refs);
    case 'tolist':
    case 'toset':
    case 'tomap':
    case 'sensitive':
    case 'nonsensitive':
      return a ?? unknown(refs);
    case 'tostring': {
      const s = a ? asStringValue(a) : undefined;
      return s !== undefined ? known(s, refs) : unknown(refs);
    }
    case 'tonumber': {
      const n = a ? asNumberValue(a) : undefined;
      return n !== undefined ? known(n, refs) : unknown(refs);
    }
    case 'lower':
    case 'upper':
    case 'trimspace': {
      const s = a ? asStringValue(a) : undefined;
      if (s === undefined) return unknown(refs);
      return known(name === 'lower' ? s.toLowerCase() : name === 'upper' ? s.toUpperCase() : s.trim(), refs);
    }
    case 'join': {
      const sep = a ? asStringValue(a) : undefined;
      const items = plainList(b);
      const parts = items?.map(asStringValue);
      return sep !== undefined && parts && parts.every((p) => p !== undefined) ? known(parts.join(sep), refs) : unknown(refs);
    }
    case 'split': {
      const sep = a ? asStringValue(a) : undefined;
      const s = b ? asStringValue(b) : undefined;
      return sep !== undefined && s !== undefined ? list(s.split(sep).map((p) => known(p, refs))) : unknown(refs);
    }
    case 'format':
      return format(args, refs);
    case 'min':
    case 'max': {
      const nums = args.map(asNumberValue);
      if (nums.some((n) => n === undefined) || nums.length === 0) return unknown(refs);
      return known(name === 'min' ? Math.min(...(nums as number[])) : Math.max(...(nums as number[])));
    }
    case 'contains': {
      const items = plainList(a);
      if (!items || !b || b.k !== 'known') return unknown(refs);
      return known(items.some((i) => i.k === 'known' && String(i.v) === String(b.v)));
    }
    case 'try': {
      const firstKnown = args.find((x) => x.k !== 'unknown');
      return firstKnown ?? unknown(refs);
    }
    default:
      // file(), templatefile(), cidrsubnet() and the rest: not worked out (Decamp reads no other files).
      return unknown(refs);
  }
}

/** `format("%s-%02d", "web", 1)` for the verbs configurations use in names: %s %d %v and widths. */
function format(args: readonly Value[], refs: readonly string[]): Value {
  const spec = args[0] ? asStringValue(args[0]) : undefined;
  if (spec === undefined) return unknown(refs);
  let next = 1;
  let failed = false;
  const text = spec.replace(/%(-?)(0?)(\d*)([sdvf%])/g, (_, left: string, zero: string, width: string, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[next++];
    const plain = arg ? toPlain(arg) : undefined;
    if (plain === undefined || plain === null || typeof plain === 'object') {
      failed = true;
      return '';
    }
    let s = verb === 'd' ? String(Math.trunc(Number(plain))) : String(plain);
    const w = width === '' ? 0 : Number(width);
    if (s.length < w) s = left ? s.padEnd(w) : s.padStart(w, zero ? '0' : ' ');
    return s;
  });
  return failed ? unknown(refs) : known(text, refs);
}
