/** The HCL syntax Decamp reads, as plain data: bodies of attributes and blocks, and expressions. */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type Expr =
  | { readonly t: 'literal'; readonly value: string | number | boolean | null }
  | { readonly t: 'template'; readonly parts: readonly (string | Expr)[] }
  | { readonly t: 'traversal'; readonly root: string; readonly steps: readonly Step[] }
  | { readonly t: 'postfix'; readonly base: Expr; readonly steps: readonly Step[] }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly t: 'conditional'; readonly cond: Expr; readonly then: Expr; readonly else: Expr }
  | { readonly t: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  | { readonly t: 'unary'; readonly op: string; readonly operand: Expr }
  | { readonly t: 'tuple'; readonly items: readonly Expr[] }
  | { readonly t: 'object'; readonly entries: readonly { readonly key: Expr; readonly value: Expr }[] }
  /** A for expression: its value is not worked out, but what it reads still counts as references. */
  | { readonly t: 'opaque'; readonly inner: readonly Expr[] };

export type Step = { readonly t: 'attr'; readonly name: string } | { readonly t: 'index'; readonly key: Expr } | { readonly t: 'splat' };

export interface Attribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly expr: Expr;
  readonly at: Position;
}

export interface Block {
  readonly kind: 'block';
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
  readonly at: Position;
}

export interface Body {
  readonly attributes: ReadonlyMap<string, Attribute>;
  readonly blocks: readonly Block[];
}
