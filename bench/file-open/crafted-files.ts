/**
 * Project files built to hurt the loader, each written in chunks to just under a size (the open
 * limit is 200 MB): a real-looking estate, one of whitespace, one long string, a syntax error at the
 * very end, errors everywhere, and floods of tiny values, empty objects and distinct keys.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { serializeProject } from '../../shared/model/save';
import type { Workload } from '../../shared/model/schema';
import { generateProject } from '../generate';

export const CRAFTED_KINDS = ['estate', 'whitespace', 'long-string', 'syntax-error-at-end', 'invalid-everywhere', 'tiny-values', 'empty-objects', 'distinct-keys'] as const;
export type CraftedKind = (typeof CRAFTED_KINDS)[number];

const CHUNK = 4 * 1024 * 1024;

/** A valid project's text split around its workloads array, so a generator can stream items into it. */
function frame(): { head: string; tail: string } {
  const text = serializeProject(generateProject(1));
  const start = text.indexOf('"workloads": [') + '"workloads": ['.length;
  const end = text.indexOf('\n  ]', start);
  return { head: text.slice(0, start), tail: text.slice(end) };
}

function workload(i: number, complexity: number): Workload {
  return {
    id: `wl-${i}`,
    name: `Workload ${i}`,
    kind: 'compute',
    sourceService: 'alibaba.ecs',
    strategy: 'rehost',
    criticality: 'medium',
    complexity,
    size: { instances: 2, dataGb: 10, dailyChangeGb: 1 },
    downtimeTolerance: 'hours',
    team: 'team-0',
    monthlyCost: 100,
    tags: ['web', 'shop'],
    notes: 'crafted',
  };
}

/** Write `kind` to `path`, about `bytes` long (never over). Returns the size written. */
export function writeCraftedFile(kind: CraftedKind, path: string, bytes: number): number {
  const fd = openSync(path, 'w');
  let written = 0;
  const put = (s: string) => {
    written += writeSync(fd, s);
  };
  /** `unit` repeated to fill what is left of the budget after `reserve` bytes. */
  const fill = (unit: string, reserve: number) => {
    const count = Math.floor((bytes - written - reserve) / unit.length);
    const block = unit.repeat(Math.max(1, Math.floor(CHUNK / unit.length)));
    let left = count;
    while (left > 0) {
      const n = Math.min(left, block.length / unit.length);
      put(n === block.length / unit.length ? block : unit.repeat(n));
      left -= n;
    }
  };
  const { head, tail } = frame();
  try {
    switch (kind) {
      case 'estate':
      case 'syntax-error-at-end':
      case 'invalid-everywhere': {
        put(head);
        const complexity = kind === 'invalid-everywhere' ? 9 : 2;
        const sample = `\n    ${JSON.stringify(workload(0, complexity), null, 2).replace(/\n/g, '\n    ')},`;
        const reserve = tail.length + sample.length * 2;
        let batch = '';
        for (let i = 0; written + batch.length < bytes - reserve; i++) {
          batch += `${i === 0 ? '' : ','}\n    ${JSON.stringify(workload(i, complexity), null, 2).replace(/\n/g, '\n    ')}`;
          if (batch.length > CHUNK) {
            put(batch);
            batch = '';
          }
        }
        put(batch);
        put(kind === 'syntax-error-at-end' ? tail.trimEnd().slice(0, -1) : tail);
        break;
      }
      case 'whitespace':
        put('{"formatVersion": 1,');
        fill(' ', head.length + tail.length);
        put(head.slice(head.indexOf('"project"')));
        put(tail);
        break;
      case 'long-string': {
        const text = serializeProject(generateProject(1));
        const at = text.indexOf('"notes": "') + '"notes": "'.length;
        put(text.slice(0, at));
        fill('a', text.length - at + 16);
        put(text.slice(at));
        break;
      }
      case 'tiny-values':
        put(head.replace('"workloads": [', '"workloads": [], "x": ['));
        fill('0,', tail.length + 4);
        put('0]');
        put(tail.replace(/^\n  \]/, ''));
        break;
      case 'empty-objects':
        put(head.replace('"workloads": [', '"workloads": [], "x": ['));
        fill('{},', tail.length + 4);
        put('{}]');
        put(tail.replace(/^\n  \]/, ''));
        break;
      case 'distinct-keys': {
        put(head.replace('"workloads": [', '"workloads": [], "x": {'));
        const reserve = tail.length + 16;
        let batch = '';
        for (let i = 0; written + batch.length < bytes - reserve; i++) {
          batch += `${i === 0 ? '' : ','}"k${i}":0`;
          if (batch.length > CHUNK) {
            put(batch);
            batch = '';
          }
        }
        put(batch);
        put('}');
        put(tail.replace(/^\n  \]/, ''));
        break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}
