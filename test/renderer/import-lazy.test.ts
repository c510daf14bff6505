/**
 * Starting the app does not load the importers: the module graph the renderer's entry reaches by
 * static imports (what the browser fetches and runs before the first paint) holds neither the Import
 * dialog nor any importer or parser behind it; they are reached only through the dynamic import in
 * ImportDialogHost. Read with the TypeScript parser, so `import type` and `import()` are told apart
 * from the imports that load code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

interface Graph {
  readonly files: Set<string>;
  readonly packages: Set<string>;
  readonly dynamic: { readonly from: string; readonly to: string }[];
}

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Whether an import declaration loads code (not `import type`, not only type bindings). */
function loadsCode(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return true; // `import './x.css'`, `import './side-effect'`
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
}

function staticGraph(entry: string): Graph {
  const graph: Graph = { files: new Set(), packages: new Set(), dynamic: [] };
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (graph.files.has(file)) continue;
    graph.files.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const follow = (spec: string) => {
      if (spec.startsWith('.')) {
        const target = resolveModule(file, spec);
        if (target) queue.push(target);
      } else {
        graph.packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
      }
    };
    const visit = (node: ts.Node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (loadsCode(node)) follow(node.moduleSpecifier.text);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (arg && ts.isStringLiteral(arg)) graph.dynamic.push({ from: relative(root, file), to: arg.text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return graph;
}

describe('app start and the importers', () => {
  const graph = staticGraph(join(root, 'renderer/src/main.tsx'));
  const files = [...graph.files].map((f) => relative(root, f));

  it('follows the whole start graph (the app, its store and views are in it)', () => {
    expect(files).toContain('renderer/src/app/App.tsx');
    expect(files).toContain('renderer/src/store/import-actions.ts');
    expect(files).toContain('renderer/src/components/import/ImportDialogHost.tsx');
    expect(files.length).toBeGreaterThan(50);
  });

  it('does not load the Import dialog, its session or any importer at start', () => {
    expect(files.filter((f) => f.startsWith('renderer/src/components/import/') && !f.endsWith('ImportDialogHost.tsx'))).toEqual([]);
    // The merge (the store applies an import as one undo step) and what it needs are all of shared/import at start.
    const allowed = new Set(['merge/merge.ts', 'ids.ts', 'references.ts', 'guess/ports.ts']);
    expect(files.filter((f) => f.startsWith('shared/import/')).map((f) => f.slice('shared/import/'.length)).filter((f) => !allowed.has(f))).toEqual([]);
  });

  // papaparse and exceljs are not among them: the export (its CSV and XLSX writers) shares them, and is loaded at start.
  it('does not load the parsers only the importers use (YAML, the HCL grammar)', () => {
    for (const parser of ['yaml', 'codemirror-lang-hcl', '@lezer/lr', '@lezer/common']) expect(graph.packages, parser).not.toContain(parser);
  });

  it('reaches the dialog through a dynamic import, loaded when the user first opens it', () => {
    expect(graph.dynamic).toContainEqual({ from: 'renderer/src/components/import/ImportDialogHost.tsx', to: './ImportDialog' });
  });
});
