/**
 * Ids for imported things (shared/import/ids.ts): a source's id kept where it is already a valid
 * project id, cleaned where not, and made unique within the import. Answers worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { cleanId, IdPool, slug } from '../../../shared/import/ids';

describe('a source id', () => {
  it('is kept as written when it is valid: a letter or digit, then letters, digits and . _ : / -', () => {
    for (const id of ['i-uf6ga6gk', '0abc', 'Zz9', 'module.web/aws_instance.a_0', 'a.b_c:d/e-f']) expect(cleanId(id)).toBe(id);
  });

  it('is cleaned where not: other characters become -, a leading symbol and a trailing one are dropped', () => {
    expect(cleanId('  web 01  ')).toBe('web-01');
    expect(cleanId('!abc')).toBe('abc');
    expect(cleanId('-abc')).toBe('abc');
    expect(cleanId('@@x@@')).toBe('x');
    expect(cleanId('aws_instance.web["a b"]')).toBe('aws_instance.web-a-b');
    expect(cleanId('订单库')).toBe('');
  });

  it('of up to 120 valid characters is kept whole; a longer one is cut to 112', () => {
    const valid = `a${'0'.repeat(29)}${'9'.repeat(30)}${'Z'.repeat(30)}${'z'.repeat(30)}`;
    expect(valid).toHaveLength(120);
    expect(cleanId(valid)).toBe(valid);
    expect(cleanId(`${valid}0`)).toBe(valid.slice(0, 112));
  });
});

describe('a slug', () => {
  it('is lower-case Latin letters and digits, accents dropped, runs of separators made one, cut at its length', () => {
    expect(slug('Order DB (primary)')).toBe('order-db-primary');
    expect(slug('Café Noir')).toBe('cafe-noir');
    expect(slug('Crème Brûlée')).toBe('creme-brulee');
    expect(slug('--a..b__c--')).toBe('a.b_c');
    expect(slug('订单库')).toBe('');
    expect(slug('Order DB', 6)).toBe('order');
  });
});

describe('the ids of one import', () => {
  it('are the first usable candidate, then -2, -3 ...; the fallback numbered from 1 when none is usable', () => {
    const pool = new IdPool(['web']);
    expect(pool.claim([undefined, '订单', 'web'], 'workload')).toBe('web-2');
    expect(pool.claim(['web'], 'workload')).toBe('web-3');
    expect(pool.claim(['db'], 'workload')).toBe('db');
    expect(pool.claim([], 'workload')).toBe('workload-1');
    expect(pool.claim(['订单'], 'workload')).toBe('workload-2');
    expect(pool.has('web-3')).toBe(true);
    expect(pool.has('web-4')).toBe(false);
  });
});
