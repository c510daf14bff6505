/** YAML text into documents with the `yaml` package; syntax errors located by line and column. */
import { parseAllDocuments } from 'yaml';
import type { ImportMessage } from '../types';

export interface YamlDocument {
  readonly value: unknown;
  /** 1-based line where the document starts. */
  readonly line: number;
}

const MAX_DOCUMENTS = 20_000;

export function readYamlDocuments(text: string, file: string): { documents: YamlDocument[]; messages: ImportMessage[] } {
  const messages: ImportMessage[] = [];
  const documents: YamlDocument[] = [];
  const lineOf = (offset: number) => {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  };
  let parsed;
  try {
    parsed = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: false });
  } catch (error) {
    messages.push({ severity: 'error', code: 'yaml.syntax', params: { reason: error instanceof Error ? error.message : String(error) }, message: `${file} is not valid YAML (${error instanceof Error ? error.message : String(error)}).`, at: { file, line: 1, column: 1 } });
    return { documents, messages };
  }
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  for (const doc of docs.slice(0, MAX_DOCUMENTS)) {
    if (!('errors' in doc)) continue;
    for (const e of doc.errors.slice(0, 5)) {
      const pos = e.linePos?.[0];
      const first = e.message.split('\n')[0] ?? e.message;
      messages.push({ severity: 'error', code: 'yaml.syntax', params: { reason: first.replace(/ at line \d+, column \d+:?$/, '') }, message: `Not valid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`, at: { file, line: pos?.line ?? 1, column: pos?.col ?? 1 } });
    }
    if (doc.errors.length > 0) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      messages.push({ severity: 'error', code: 'yaml.value', params: { reason: error instanceof Error ? error.message : String(error) }, message: `${file}: a document could not be read (${error instanceof Error ? error.message : String(error)}).`, at: { file, line: lineOf(doc.range[0]), column: 1 } });
      continue;
    }
    if (value !== null && value !== undefined) documents.push({ value, line: lineOf(doc.range[0]) + (text.slice(doc.range[0], doc.range[0] + 3) === '---' ? 1 : 0) });
  }
  return { documents, messages };
}
