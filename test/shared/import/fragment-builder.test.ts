/**
 * What every importer writes through (shared/import/fragment-builder.ts): the defaults a workload
 * gets where its source says nothing, which fields count as stated (the merge changes only those),
 * how dependencies are kept, and the secrets scrubbed from every text. Answers from the drafts below.
 */
import { describe, expect, it } from 'vitest';
import { FragmentBuilder, type WorkloadDraft } from '../../../shared/import/fragment-builder';

const at = { file: 'estate.csv', row: 2 };
const draft = (name: string, more: Partial<WorkloadDraft> = {}): WorkloadDraft => ({ name, kind: 'compute', sourceService: 'alibaba.ecs', origin: at, ...more });

describe('a workload the source says little about', () => {
  it('gets the new-workload defaults, its name trimmed, and only name, kind and service stated', () => {
    const b = new FragmentBuilder();
    const id = b.addWorkload(draft('  Orders  '));
    expect(b.workload(id)).toEqual({
      id: 'workload-1',
      name: 'Orders',
      kind: 'compute',
      sourceService: 'alibaba.ecs',
      strategy: 'rehost',
      criticality: 'medium',
      complexity: 3,
      size: { instances: 1, dataGb: 0, dailyChangeGb: 0 },
      downtimeTolerance: 'hours',
      monthlyCost: 0,
      tags: [],
      notes: '',
      provided: ['name', 'kind', 'sourceService'],
      review: [{ field: 'criticality', basis: 'default' }],
      origin: at,
    });
  });

  it('is named by its id when its name is blank, and blank owner and application are left out', () => {
    const b = new FragmentBuilder(['web']);
    const id = b.addWorkload(draft('   ', { ids: [undefined, '', 'web'], owner: '  ', application: ' ' }));
    expect(id).toBe('web-2');
    const w = b.workload(id);
    expect(w?.name).toBe('web-2');
    expect(w && 'owner' in w).toBe(false);
    expect(w && 'application' in w).toBe(false);
  });
});

describe('a workload with every field stated', () => {
  const full = draft('Billing', {
    region: 'cn-hangzhou',
    strategy: 'replatform',
    criticality: 'high',
    complexity: 4,
    instances: 3,
    dataGb: 12.5,
    dailyChangeGb: 0.5,
    downtimeTolerance: 'minutes',
    owner: ' Payments ',
    monthlyCost: 800,
    tags: [' pci ', 'pci', '', '   ', 'eu'],
    notes: 'cluster of three',
    application: ' Checkout ',
    environment: 'production',
  });

  it('keeps every value, trimmed, tags once each, and marks every field stated', () => {
    const b = new FragmentBuilder();
    const w = b.workload(b.addWorkload(full));
    expect(w).toMatchObject({
      region: 'cn-hangzhou',
      strategy: 'replatform',
      criticality: 'high',
      complexity: 4,
      size: { instances: 3, dataGb: 12.5, dailyChangeGb: 0.5 },
      downtimeTolerance: 'minutes',
      owner: 'Payments',
      monthlyCost: 800,
      tags: ['pci', 'eu'],
      notes: 'cluster of three',
      application: 'Checkout',
      environment: 'production',
      review: [],
    });
    expect(w?.provided).toEqual(['name', 'kind', 'sourceService', 'region', 'strategy', 'criticality', 'complexity', 'instances', 'dataGb', 'dailyChangeGb', 'downtimeTolerance', 'owner', 'monthlyCost', 'tags', 'notes', 'application', 'environment']);
  });

  it('does not count a guessed field as stated: a guessed size leaves out its three numbers, a guessed team the owner', () => {
    const b = new FragmentBuilder();
    const guesses = [{ field: 'size', basis: 'name' }, { field: 'team', basis: 'name' }, { field: 'kind', basis: 'image', source: 'redis:7' }, { field: 'criticality', basis: 'value', source: 'P9' }] as const;
    const w = b.workload(b.addWorkload({ ...full, criticality: undefined, guesses }));
    expect(w?.provided).toEqual(['name', 'sourceService', 'region', 'strategy', 'complexity', 'downtimeTolerance', 'monthlyCost', 'tags', 'notes', 'application', 'environment']);
    // The criticality note is the source's own (a value with no match), not a second "default" one.
    expect(w?.review).toEqual(guesses);
  });

  it('does not count empty tags or empty notes as stated', () => {
    const b = new FragmentBuilder();
    const w = b.workload(b.addWorkload(draft('Bare', { tags: [], notes: '', environment: '' })));
    expect(w?.provided).toEqual(['name', 'kind', 'sourceService', 'environment']);
    expect(w?.environment).toBe('');
  });
});

describe('numbers out of range', () => {
  const built = (more: Partial<WorkloadDraft>) => {
    const b = new FragmentBuilder();
    return b.workload(b.addWorkload(draft('x', more)));
  };

  it('rounds complexity to 1-5, 3 where it is not a number', () => {
    expect([7.6, 0.2, 2.5, 1, 5, Number.NaN, Infinity].map((complexity) => built({ complexity })?.complexity)).toEqual([5, 1, 3, 1, 5, 3, 3]);
  });

  it('rounds instances to a whole number up to a million, 0 where negative or not a number', () => {
    expect([2.4, 2.5, -3, 0, 5e6, Number.NaN, Infinity].map((instances) => built({ instances })?.size.instances)).toEqual([2, 3, 0, 0, 1_000_000, 0, 0]);
  });

  it('makes a negative or non-finite size or cost 0 and keeps fractions', () => {
    expect(built({ dataGb: -1, dailyChangeGb: Number.NaN, monthlyCost: Infinity })).toMatchObject({ size: { dataGb: 0, dailyChangeGb: 0 }, monthlyCost: 0 });
    expect(built({ dataGb: 0.25, dailyChangeGb: 3, monthlyCost: 99.5 })).toMatchObject({ size: { dataGb: 0.25, dailyChangeGb: 3 }, monthlyCost: 99.5 });
  });

  it('cuts a tag at 200 characters', () => {
    const long = 'a'.repeat(250);
    expect(built({ tags: [long] })?.tags).toEqual(['a'.repeat(200)]);
  });
});
