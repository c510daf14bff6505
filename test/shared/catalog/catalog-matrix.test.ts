/**
 * Every source product against every target provider: the derived equivalent is consistent with
 * its own basis, names real products of the target provider, and says how to move.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, catalogEntry, OVERRIDES, type TargetEquivalent } from '../../../shared/catalog';
import { TARGET_PROVIDERS } from '../../../shared/model/vocabulary';

const cells = CATALOG.flatMap((entry) => TARGET_PROVIDERS.map((to) => ({ entry, to, eq: entry.targets[to] as TargetEquivalent, where: `${entry.id} -> ${to}` })));

describe('the catalog matrix', () => {
  it('covers every source product on every provider against all seven targets', () => {
    expect(cells.length).toBe(CATALOG.length * 7);
    expect(CATALOG.length).toBeGreaterThan(300);
  });

  it('derives portability consistently with the basis it gives', () => {
    for (const { entry, eq, where } of cells) {
      switch (eq.basis) {
        case 'same-service':
          expect(eq.portability, where).toBe(entry.traits.holds === 'data' ? 'data-config' : 'config-only');
          break;
        case 'same-engine':
          expect(['config-only', 'data-config'], where).toContain(eq.portability);
          break;
        case 'compatible':
          // A managed KMS's keys never leave it, whatever the target speaks.
          expect(entry.traits.holds === 'keys' ? ['refactor'] : ['config-only', 'data-config'], where).toContain(eq.portability);
          break;
        case 'different':
          expect(eq.portability, where).toBe('refactor');
          break;
        case 'no-equivalent':
          expect(eq.portability, where).toBe('none');
          break;
        case 'unmapped':
          expect(eq.portability, where).toBe('refactor');
          break;
        case 'nearest-family':
        case 'override':
          expect(['config-only', 'data-config', 'refactor'], where).toContain(eq.portability);
          break;
      }
    }
  });

  it('names only real products of the target provider, and carries data only where the source holds it', () => {
    for (const { entry, to, eq, where } of cells) {
      for (const id of [...eq.productIds, ...eq.alternatives]) expect(catalogEntry(id)?.provider, `${where}: ${id}`).toBe(to);
      if (eq.basis !== 'override' && eq.basis !== 'same-service' && eq.portability === 'data-config') expect(['data', 'keys'], where).toContain(entry.traits.holds);
      // A product spanning families names what its other parts move to, even when one part has nothing.
      if (eq.portability === 'none') expect(eq.productIds.length, where).toBeLessThan(entry.families.length);
      else if (eq.basis !== 'unmapped') expect(eq.productIds.length, where).toBeGreaterThan(0);
    }
  });

  it('names a migration tool of the pair for data moves between clouds', () => {
    // Each cloud provider's own migration service, where a data-holding product moves onto it.
    const tools: Record<string, RegExp> = {
      alibaba: /Alibaba Cloud|rclone|redis-shake|MirrorMaker|Velero|savepoint|snapshot|replicator|DistCp|Export|reindex|rsync|mongosync/i,
      aws: /AWS|rclone|redis-shake|MirrorMaker|Velero|savepoint|snapshot|replicator|DistCp|Export|reindex|rsync|mongosync/i,
    };
    for (const { entry, to, eq, where } of cells) {
      if (eq.portability !== 'data-config' || eq.basis === 'same-service' || eq.basis === 'override') continue;
      const tool = tools[to];
      if (tool) expect(eq.method, where).toMatch(tool);
      expect(eq.method.length, `${where} (${entry.family})`).toBeGreaterThan(20);
    }
  });

  it('applies every override somewhere, and each cites its source', () => {
    for (const o of OVERRIDES) {
      const hits = cells.filter((c) => c.eq.basis === 'override' && c.to === o.to && (c.entry.id === o.from || `family:${c.entry.family}` === o.from));
      expect(hits.length, `${o.from} -> ${o.to}`).toBeGreaterThan(0);
      expect(o.source.length, o.from).toBeGreaterThan(20);
    }
  });
});
