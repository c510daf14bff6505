/**
 * HCL text into the plain syntax of ast.ts, with the Lezer HCL grammar (codemirror-lang-hcl) as
 * the parser: a real grammar with error recovery, so every syntax error has a line and a column,
 * in plain JavaScript (no WebAssembly), in the browser and in Node alike.
 *
 * The grammar lists a traversal's steps (`.a`, `[0]`, `.*`) and binary operators as siblings, not
 * nested by precedence; `operands` and `precedence` below rebuild the expression HCL specifies.
 */
import type { SyntaxNode } from '@lezer/common';
import { hclLanguage } from 'codemirror-lang-hcl';
import { LineIndex } from '../../location';
import type { Attribute, Block, Body, Expr, Position, Step } from './ast';

export interface HclSyntaxError {
  readonly message: string;
  readonly at: Position;
}

export interface ParsedHcl {
  readonly body: Body;
  readonly errors: readonly HclSyntaxError[];
}

/** Nesting past this is refused: real configurations nest a handful of levels. */
const MAX_DEPTH = 120;

export function parseHcl(text: string): ParsedHcl {
  const tree = hclLanguage.parser.parse(text);
  const lines = new LineIndex(text);
  const errors: HclSyntaxError[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError && errors.length < 20) {
        const near = text.slice(node.from, Math.min(node.to, node.from + 30)).split('\n')[0] ?? '';
        errors.push({ message: near.trim() ? `unexpected '${near.trim()}'` : node.from >= text.length ? 'the file ends too early (a block or string is not closed)' : 'something is missing here', at: lines.at(node.from) });
      }
    },
  });
  const reader = new Reader(text, lines);
  const top = tree.topNode.getChild('Body');
  return { body: top ? reader.body(top, 0) : { attributes: new Map(), blocks: [] }, errors };
}

type Token = { readonly k: 'op'; readonly op: string } | { readonly k: 'term'; readonly expr: Expr } | { readonly k: 'step'; readonly step: Step };

const BINARY_PRECEDENCE: Readonly<Record<string, number>> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

class Reader {
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  private src(n: SyntaxNode): string {
    return this.text.slice(n.from, n.to);
  }

  private children(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (!c.type.isError && c.name !== 'Comment' && c.name !== 'LineComment' && c.name !== 'BlockComment') out.push(c);
    return out;
  }

  body(node: SyntaxNode, depth: number): Body {
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    if (depth > MAX_DEPTH) return { attributes, blocks };
    for (const child of this.children(node)) {
      if (child.name === 'Attribute') {
        const name = child.getChild('Identifier');
        const expr = child.getChild('Expression');
        if (name) attributes.set(this.src(name), { kind: 'attribute', name: this.src(name), expr: expr ? this.expression(expr, depth + 1) : { t: 'literal', value: null }, at: this.lines.at(child.from) });
      } else if (child.name === 'Block') {
        const type = child.getChild('BlockType');
        const labels = child.getChildren('BlockLabel').map((l) => this.label(l));
        const inner = child.getChild('Body');
        blocks.push({ kind: 'block', type: type ? this.src(type).trim() : '', labels, body: inner ? this.body(inner, depth + 1) : { attributes: new Map(), blocks: [] }, at: this.lines.at(child.from) });
      }
    }
    return { attributes, blocks };
  }

  private label(node: SyntaxNode): string {
    const lit = node.getChild('StringLit');
    if (lit) return this.children(lit).filter((c) => c.name === 'TemplateLiteral').map((c) => this.src(c)).join('');
    return this.src(node).trim();
  }

  /** An `Expression` node: a term with its steps, an operation, a conditional, a for expression. */
  expression(node: SyntaxNode, depth: number): Expr {
    if (depth > MAX_DEPTH) return { t: 'opaque', inner: [] };
    return this.fromTokens(this.tokens(this.children(node), depth), depth);
  }

  /** Flattens terms, steps and operators (Operation nodes included) into one sequence. */
  private tokens(nodes: readonly SyntaxNode[], depth: number): Token[] {
    const out: Token[] = [];
    for (const n of nodes) {
      switch (n.name) {
        case 'Operation':
        case 'BinaryOperation':
        case 'UnaryOperation':
          out.push(...this.tokens(this.children(n), depth + 1));
          break;
        case 'ArithOp':
        case 'LogicOp':
        case 'CompareOp':
          out.push({ k: 'op', op: this.src(n).trim() });
          break;
        case 'GetAttr': {
          const id = n.getChild('Identifier');
          out.push({ k: 'step', step: { t: 'attr', name: id ? this.src(id) : '' } });
          break;
        }
        case 'Index': {
          const legacy = n.getChild('LegacyIndex');
          if (legacy) {
            const key = this.src(legacy).replace(/^\./, '');
            out.push({ k: 'step', step: { t: 'index', key: { t: 'literal', value: /^\d+$/.test(key) ? Number(key) : key } } });
          } else {
            const inner = n.getChild('NewIndex')?.getChild('Expression');
            out.push({ k: 'step', step: { t: 'index', key: inner ? this.expression(inner, depth + 1) : { t: 'literal', value: null } } });
          }
          break;
        }
        case 'Splat':
          out.push({ k: 'step', step: { t: 'splat' } });
          break;
        case '(':
        case ')':
          out.push({ k: 'op', op: this.src(n) });
          break;
        default:
          out.push({ k: 'term', expr: this.term(n, depth + 1) });
      }
    }
    return out;
  }

  private term(n: SyntaxNode, depth: number): Expr {
    switch (n.name) {
      case 'Expression':
        return this.expression(n, depth);
      case 'LiteralValue':
        return this.literal(n, depth);
      case 'VariableExpr':
        return { t: 'traversal', root: this.src(n).trim(), steps: [] };
      case 'TemplateExpr':
        return this.template(n, depth);
      case 'FunctionCall': {
        const name = n.getChild('FunctionName');
        const args = n.getChild('FunctionArguments');
        return { t: 'call', name: name ? this.src(name).trim() : '', args: args ? args.getChildren('Expression').map((a) => this.expression(a, depth + 1)) : [] };
      }
      case 'Conditional': {
        const parts = n.getChildren('Expression').map((e) => this.expression(e, depth + 1));
        return parts.length === 3 ? { t: 'conditional', cond: parts[0] as Expr, then: parts[1] as Expr, else: parts[2] as Expr } : { t: 'opaque', inner: parts };
      }
      case 'CollectionValue': {
        const tuple = n.getChild('Tuple');
        if (tuple) return { t: 'tuple', items: tuple.getChildren('Expression').map((e) => this.expression(e, depth + 1)) };
        const object = n.getChild('Object');
        if (object) {
          return {
            t: 'object',
            entries: object.getChildren('ObjectElem').map((el) => {
              const keyNode = el.getChild('ObjectKey')?.getChild('Expression');
              const valueNode = el.getChild('Expression');
              const key: Expr = keyNode ? this.objectKey(keyNode, depth + 1) : { t: 'literal', value: '' };
              return { key, value: valueNode ? this.expression(valueNode, depth + 1) : { t: 'literal', value: null } };
            }),
          };
        }
        return { t: 'opaque', inner: [] };
      }
      case 'ForExpr': {
        const inner: Expr[] = [];
        n.cursor().iterate((c) => {
          if (c.name === 'Expression' && c.node.parent?.name !== 'Expression') {
            inner.push(this.expression(c.node, depth + 1));
            return false;
          }
          return undefined;
        });
        return { t: 'opaque', inner };
      }
      default:
        return { t: 'opaque', inner: [] };
    }
  }

  /** `{ k = v }`: a bare identifier key is the string, not a variable. */
  private objectKey(node: SyntaxNode, depth: number): Expr {
    const kids = this.children(node);
    if (kids.length === 1 && kids[0]?.name === 'VariableExpr') return { t: 'literal', value: this.src(kids[0]).trim() };
    return this.expression(node, depth);
  }

  private literal(n: SyntaxNode, depth: number): Expr {
    const inner = n.firstChild;
    if (!inner) return { t: 'literal', value: null };
    switch (inner.name) {
      case 'NumericLit':
        return { t: 'literal', value: Number(this.src(inner)) };
      case 'BoolLit':
        return { t: 'literal', value: this.src(inner).trim() === 'true' };
      case 'NullLit':
        return { t: 'literal', value: null };
      case 'StringLit':
        return this.template(inner, depth);
      default:
        return { t: 'literal', value: this.src(inner) };
    }
  }

  /** Quoted and heredoc templates: literal text and `${...}` interpolations. */
  private template(n: SyntaxNode, depth: number): Expr {
    const parts: (string | Expr)[] = [];
    let heredocIndent = false;
    const walk = (node: SyntaxNode) => {
      for (const c of this.children(node)) {
        if (c.name === 'TemplateLiteral') parts.push(unescape(this.src(c)));
        else if (c.name === 'TemplateInterpolation' || c.name === 'TemplateDirective') {
          const e = c.getChild('Expression');
          if (e) parts.push(this.expression(e, depth + 1));
        } else if (c.name === 'HeredocStart') heredocIndent = this.src(c).includes('-');
        else if (c.name === 'QuotedTemplate' || c.name === 'HeredocTemplate') walk(c);
      }
    };
    walk(n);
    if (parts.length === 1 && typeof parts[0] === 'string') return { t: 'literal', value: heredocIndent ? parts[0].replace(/^\n/, '') : parts[0] };
    return { t: 'template', parts };
  }

  /** Terms with their steps, and operators by HCL's precedence (unary binds tightest, `||` loosest). */
  private fromTokens(tokens: readonly Token[], depth: number): Expr {
    let i = 0;
    const operand = (): Expr => {
      const tok = tokens[i];
      if (!tok) return { t: 'literal', value: null };
      if (tok.k === 'op' && (tok.op === '!' || tok.op === '-')) {
        i++;
        return { t: 'unary', op: tok.op, operand: operand() };
      }
      let base: Expr;
      if (tok.k === 'op' && tok.op === '(') {
        i++;
        base = binary(0);
        if (tokens[i]?.k === 'op' && (tokens[i] as { op: string }).op === ')') i++;
      } else if (tok.k === 'term') {
        base = tok.expr;
        i++;
      } else {
        i++;
        return { t: 'literal', value: null };
      }
      const steps: Step[] = [];
      while (tokens[i]?.k === 'step') steps.push((tokens[i++] as { step: Step }).step);
      if (steps.length === 0) return base;
      return base.t === 'traversal' ? { t: 'traversal', root: base.root, steps: [...base.steps, ...steps] } : { t: 'postfix', base, steps };
    };
    const binary = (min: number): Expr => {
      let left = operand();
      for (;;) {
        const tok = tokens[i];
        const prec = tok?.k === 'op' ? BINARY_PRECEDENCE[tok.op] : undefined;
        if (tok?.k !== 'op' || prec === undefined || prec < min) return left;
        i++;
        const right = binary(prec + 1);
        left = { t: 'binary', op: tok.op, left, right };
      }
    };
    if (depth > MAX_DEPTH) return { t: 'opaque', inner: [] };
    return binary(0);
  }
}

function unescape(s: string): string {
  return s.replace(/\\(["\\nrt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c)).replace(/\$\$\{/g, '${');
}
