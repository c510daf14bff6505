/** Small helpers for the import specs: files from text, and an import with the default context. */
import { importFiles, type ImportOptions } from '../../../shared/import';
import type { ImportInput, ImportOutcome } from '../../../shared/import/types';

export const file = (name: string, text: string): ImportInput => ({ name, bytes: new TextEncoder().encode(text) });

export function run(inputs: ImportInput | readonly ImportInput[], options: Partial<ImportOptions> = {}): Promise<ImportOutcome> {
  return importFiles(Array.isArray(inputs) ? inputs : [inputs as ImportInput], { sourceProvider: 'alibaba', ...options });
}

export const byName = (outcome: ImportOutcome, name: string) => {
  const w = outcome.fragment.workloads.find((x) => x.name === name);
  if (!w) throw new Error(`no workload named ${name}; have ${outcome.fragment.workloads.map((x) => x.name).join(', ')}`);
  return w;
};

/** `from -> to` by workload names, sorted, for readable assertions. */
export function edges(outcome: ImportOutcome): string[] {
  const name = new Map(outcome.fragment.workloads.map((w) => [w.id, w.name]));
  return outcome.fragment.dependencies.map((d) => `${name.get(d.from)} -> ${name.get(d.to)}`).sort();
}
