/**
 * The family model against the catalog it replaced: for every source product and target of the
 * old catalog (written down as a fixture before the redesign), the portability and the target
 * product must be what they were, unless the change is listed, with its source, in
 * family-model-corrections.ts. An unlisted change is a bug; a listed one that no longer happens
 * is a stale list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogEntry, type TargetEquivalent } from '../../../shared/catalog';
import type { TargetProvider } from '../../../shared/model/vocabulary';
import { PORTABILITY_CORRECTIONS, TARGET_CORRECTIONS } from './family-model-corrections';

interface OldCell {
  readonly service: string;
  readonly portability: string;
  readonly method: string;
}
interface OldEntry {
  readonly kind: string;
  readonly name: string;
  readonly targets: Readonly<Record<string, OldCell>>;
}

const OLD = JSON.parse(readFileSync(new URL('../../fixtures/catalog/catalog-v1-mapping.json', import.meta.url), 'utf8')) as Record<string, OldEntry>;
const key = (source: string, target: string) => `${source} -> ${target}`;

/** The old cell named the same product when it mentions the new target's name or one of its aliases. */
function sameTarget(old: OldCell, now: TargetEquivalent): boolean {
  if (now.basis === 'same-service' || now.basis === 'unmapped') return true;
  if (old.portability === 'none' && now.portability === 'none') return true;
  const primary = now.productIds[0];
  const product = primary ? catalogEntry(primary) : undefined;
  if (!product) return old.service === now.service;
  const names = [product.name, product.targetName, ...product.aliases].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
  const text = old.service.toLowerCase();
  return names.some((n) => text.includes(n)) || text === now.service.toLowerCase();
}

describe('the family model against the v1 catalog', () => {
  const pairs = Object.entries(OLD).flatMap(([id, entry]) => Object.entries(entry.targets).map(([target, cell]) => ({ id, target: target as TargetProvider, cell })));

  it('keeps every old product, with its id and kind (saved projects stay valid)', () => {
    expect(Object.keys(OLD).length).toBe(123);
    for (const [id, entry] of Object.entries(OLD)) {
      expect(catalogEntry(id)?.kind, id).toBe(entry.kind);
    }
  });

  it('changes a portability only where a listed correction says so', () => {
    const changed = pairs
      .filter(({ id, target, cell }) => catalogEntry(id)!.targets[target].portability !== cell.portability)
      .map(({ id, target, cell }) => `${key(id, target)}: ${cell.portability} -> ${catalogEntry(id)!.targets[target].portability}`)
      .sort();
    const listed = PORTABILITY_CORRECTIONS.map((c) => `${key(c.source, c.target)}: ${c.before} -> ${c.after}`).sort();
    expect(changed).toEqual(listed);
  });

  it('changes a target product only where a listed correction says so', () => {
    const changed = pairs.filter(({ id, target, cell }) => !sameTarget(cell, catalogEntry(id)!.targets[target])).map(({ id, target }) => key(id, target)).sort();
    expect(changed).toEqual(TARGET_CORRECTIONS.map((c) => key(c.source, c.target)).sort());
  });

  it('gives every correction a reason and a citation', () => {
    for (const c of [...PORTABILITY_CORRECTIONS, ...TARGET_CORRECTIONS]) {
      expect(c.why.length, key(c.source, c.target)).toBeGreaterThan(40);
      expect(c.citation.length, key(c.source, c.target)).toBeGreaterThan(15);
    }
  });

  it('still names, for every old pair, a migration method (now derived from the pair)', () => {
    for (const { id, target } of pairs) {
      expect(catalogEntry(id)!.targets[target].method.trim(), key(id, target)).not.toBe('');
    }
  });
});
