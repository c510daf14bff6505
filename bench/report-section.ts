/**
 * docs/performance.md holds one section per benchmark (engine, sensitivity, renderer), each between
 * `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`. A benchmark rewrites only its own section, so
 * running one never erases another's figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PERFORMANCE_DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

const HEADER = '# Performance\n\nFigures from `npm run bench`, one section per benchmark. Each section says when and on what it was measured.\n';

/** The document with NAME's section replaced by `markdown` (appended when the section is new). */
export function withSection(doc: string, name: string, markdown: string): string {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start >= 0 && end > start) return doc.slice(0, start) + block + doc.slice(end + close.length);
  const base = doc.trim() ? doc.trimEnd() : HEADER.trimEnd();
  return `${base}\n\n${block}\n`;
}

export function writeReportSection(name: string, markdown: string, file = PERFORMANCE_DOC): void {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  writeFileSync(file, withSection(doc, name, markdown));
}
