/**
 * Stryker ignorer for a sampled run (scripts/mutation-sample.mjs): the `mutate` ranges select the
 * sampled mutants' nodes, but Stryker also mutates every node inside a range (a sampled block's
 * whole body). This ignores a node, with everything in it, unless it is a sampled node or holds
 * one, so only the sample's nodes run. Several mutants on one node (`<` as `<=` and as `>=`) run
 * together either way; the score counts the sampled ones.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const samplePath = process.env.DECAMP_MUTATION_SAMPLE;
/** A file as the sample and the ignorer both name it: relative to Stryker's folder, forward slashes. */
const nameOf = (file) => relative(process.cwd(), resolve(file)).split(sep).join('/');
/** Per file, the sampled nodes' locations as Babel has them (lines 1-based, columns 0-based). */
const byFile = new Map();
if (samplePath) {
  for (const m of JSON.parse(readFileSync(samplePath, 'utf8')).mutants) {
    const { start, end } = m.location;
    const list = byFile.get(nameOf(m.fileName)) ?? [];
    list.push({ start: { line: start.line + 1, column: start.column }, end: { line: end.line + 1, column: end.column } });
    byFile.set(nameOf(m.fileName), list);
  }
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const inside = (outer, inner) => before(outer.start, inner.start) && before(inner.end, outer.end);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'decamp-sample', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      const file = path.hub?.file?.opts?.filename;
      if (!loc || !file) return undefined;
      const sampled = byFile.get(nameOf(file));
      if (!sampled) return 'Not in the mutation sample';
      return sampled.some((s) => inside(loc, s)) ? undefined : 'Not in the mutation sample';
    },
  }),
];
