import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../shared/catalog';
import { SAMPLE_IDS, type SampleId } from '../../../shared/ipc';
import { loadProject } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/schema';
import { SAMPLE_BUILDERS } from '../../../shared/samples/build';
import { DEFAULT_SAMPLE_ID, loadSample, SAMPLES, sampleText } from '../../../shared/samples';

const DIR = join(__dirname, '..', '..', '..', 'shared', 'samples');
const fileText = (id: SampleId) => readFileSync(join(DIR, `${id}.decamp.json`), 'utf8');

/** Expected size of each sample: workload range and team count, as the planning model calibrates them. */
const SIZES: Record<SampleId, { min: number; max: number; teams: number }> = {
  'online-shop': { min: 8, max: 14, teams: 1 },
  'ecommerce-iot': { min: 35, max: 48, teams: 3 },
  'large-estate': { min: 140, max: 165, teams: 6 },
};

/** True when the dependency graph has a cycle: iterative three-colour DFS, no recursion. */
function hasCycle(project: Project): boolean {
  const next = new Map<string, string[]>(project.workloads.map((w) => [w.id, []]));
  for (const d of project.dependencies) next.get(d.from)?.push(d.to);
  const colour = new Map<string, 'grey' | 'black'>();
  for (const start of next.keys()) {
    if (colour.has(start)) continue;
    const stack: [string, number][] = [[start, 0]];
    colour.set(start, 'grey');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = next.get(top[0])!;
      if (top[1] === out.length) {
        colour.set(top[0], 'black');
        stack.pop();
        continue;
      }
      const to = out[top[1]++]!;
      if (colour.get(to) === 'grey') return true;
      if (!colour.has(to)) {
        colour.set(to, 'grey');
        stack.push([to, 0]);
      }
    }
  }
  return false;
}

describe('hasCycle (test helper)', () => {
  it('finds a cycle and accepts a DAG', () => {
    const p = loadSample('online-shop');
    expect(hasCycle(p)).toBe(false);
    p.dependencies.push({ id: 'back', from: 'vpc', to: 'web', kind: 'sync', coupling: 'loose' });
    expect(hasCycle(p)).toBe(true);
  });
});

describe.each(SAMPLE_IDS)('sample %s', (id) => {
  it('loads from its committed file without errors', () => {
    const result = loadProject(fileText(id), `${id}.decamp.json`);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is byte for byte what the generator and serializeProject write', () => {
    expect(sampleText(id)).toBe(fileText(id));
    expect(loadSample(id)).toEqual(SAMPLE_BUILDERS[id]());
  });

  it('has the size the planning model calibrates against', () => {
    const p = loadSample(id);
    const size = SIZES[id];
    expect(p.workloads.length).toBeGreaterThanOrEqual(size.min);
    expect(p.workloads.length).toBeLessThanOrEqual(size.max);
    expect(p.teams).toHaveLength(size.teams);
  });

  it('runs only on catalog services of Alibaba Cloud', () => {
    const p = loadSample(id);
    expect(p.project.sourceProvider).toBe('alibaba');
    const unknown = p.workloads.filter((w) => catalogEntry(w.sourceService)?.provider !== 'alibaba').map((w) => `${w.id}: ${w.sourceService}`);
    expect(unknown).toEqual([]);
  });

  it('links workloads that exist, and every workload has at least one link', () => {
    const p = loadSample(id);
    const ids = new Set(p.workloads.map((w) => w.id));
    expect(p.dependencies.length).toBeGreaterThanOrEqual(p.workloads.length);
    for (const d of p.dependencies) {
      expect(ids.has(d.from) && ids.has(d.to), d.id).toBe(true);
      expect(d.from).not.toBe(d.to);
    }
    const linked = new Set(p.dependencies.flatMap((d) => [d.from, d.to]));
    expect(p.workloads.filter((w) => !linked.has(w.id)).map((w) => w.id)).toEqual([]);
  });

  it('mixes strategies, mostly rehost and replatform, and plans in CNY from 2027', () => {
    const p = loadSample(id);
    const count = (s: string) => p.workloads.filter((w) => w.strategy === s).length;
    expect(count('rehost') + count('replatform')).toBeGreaterThan(p.workloads.length / 2);
    expect(count('retire')).toBeGreaterThan(0);
    expect(p.project.currency).toBe('CNY');
    expect(p.project.startDate.startsWith('2027-')).toBe(true);
    expect(new Date(`${p.project.startDate}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(p.project.compliance.icpFiling).toBe(true);
  });

  it('carries the China 2027 calendar with every freeze preset and the full default assumptions', () => {
    const p = loadSample(id);
    expect(p.calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(p.calendar.holidays.map((h) => h.date)).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-08', '2027-05-03', '2027-10-01']));
    expect(p.calendar.makeUpWorkdays.length).toBeGreaterThan(0);
    expect(new Set(p.calendar.freezeWindows.map((f) => f.preset))).toEqual(new Set(['double-11', '618', 'spring-festival', 'year-end-close']));
    expect(p.assumptions.length).toBeGreaterThanOrEqual(40);
  });
});

describe('sample specifics', () => {
  it('large estate: a dependency cycle, tight couplings and multi-TB databases', () => {
    const p = loadSample('large-estate');
    expect(hasCycle(p)).toBe(true);
    expect(p.dependencies.filter((d) => d.coupling === 'tight').length).toBeGreaterThan(20);
    expect(p.workloads.filter((w) => w.kind === 'database' && w.size.dataGb >= 2000).length).toBeGreaterThanOrEqual(3);
    expect(p.project.defaultTargets.length).toBeGreaterThan(1);
  });

  it('mid-size: many services authenticate through RAM AccessKeys (the Nov 2023 lesson) and one pin', () => {
    const p = loadSample('ecommerce-iot');
    const authOnRam = p.dependencies.filter((d) => d.to === 'ram' && d.kind === 'auth');
    expect(authOnRam.length).toBeGreaterThanOrEqual(10);
    expect(p.pins).toHaveLength(1);
    const services = new Set(p.workloads.map((w) => w.sourceService));
    for (const s of ['alibaba.ack', 'alibaba.polardb', 'alibaba.rocketmq', 'alibaba.iot-platform', 'alibaba.flink', 'alibaba.maxcompute', 'alibaba.function-compute', 'alibaba.kms']) {
      expect(services, s).toContain(s);
    }
  });

  it('small shop: the classic ECS + SLB + RDS + Redis + OSS + CDN stack', () => {
    const services = new Set(loadSample('online-shop').workloads.map((w) => w.sourceService));
    for (const s of ['alibaba.ecs', 'alibaba.slb', 'alibaba.rds-mysql', 'alibaba.redis', 'alibaba.oss', 'alibaba.cdn', 'alibaba.dns', 'alibaba.ram', 'alibaba.sls']) {
      expect(services, s).toContain(s);
    }
  });
});

describe('sample index', () => {
  it('lists every sample id once and opens the mid-size one by default', () => {
    expect(SAMPLES.map((s) => s.id)).toEqual([...SAMPLE_IDS]);
    expect(SAMPLES.map((s) => s.file)).toEqual(SAMPLE_IDS.map((id) => `${id}.decamp.json`));
    expect(DEFAULT_SAMPLE_ID).toBe('ecommerce-iot');
  });

  it('hands out a fresh copy each time, so editing one does not change the next', () => {
    const first = loadSample('online-shop');
    first.workloads.length = 0;
    expect(loadSample('online-shop').workloads.length).toBeGreaterThan(0);
  });
});
