/** A small valid project for model tests, built fresh each call so tests can break it freely. */
import { CURRENT_FORMAT_VERSION, type Project } from '../../../shared/model/schema';
import { defaultAssumptionList } from '../../../shared/plan/assumptions';

export function smallProject(): Project {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: {
      name: 'Test shop',
      sourceProvider: 'alibaba',
      defaultTargets: ['aws'],
      startDate: '2027-01-11',
      locale: 'en',
      currency: 'CNY',
      compliance: { icpFiling: false, mlpsLevel: 0, crossBorderData: false },
    },
    workloads: [
      {
        id: 'web',
        name: 'Web servers',
        kind: 'compute',
        sourceService: 'alibaba.ecs',
        strategy: 'rehost',
        criticality: 'high',
        complexity: 2,
        size: { instances: 2, dataGb: 20, dailyChangeGb: 0 },
        downtimeTolerance: 'minutes',
        team: 'shop',
        monthlyCost: 900,
        tags: ['web'],
        notes: '',
      },
      {
        id: 'order-db',
        name: 'Orders',
        kind: 'database',
        sourceService: 'alibaba.rds-mysql',
        target: { provider: 'aws', service: 'aws.rds-mysql' },
        strategy: 'replatform',
        criticality: 'mission-critical',
        complexity: 3,
        size: { instances: 2, dataGb: 120, dailyChangeGb: 2 },
        downtimeTolerance: 'minutes',
        team: 'shop',
        monthlyCost: 2300,
        tags: [],
        notes: 'RDS MySQL 8.0',
      },
    ],
    dependencies: [{ id: 'web:order-db', from: 'web', to: 'order-db', kind: 'sync', coupling: 'tight' }],
    teams: [{ id: 'shop', name: 'Shop', engineers: 3 }],
    calendar: {
      workingDays: [1, 2, 3, 4, 5],
      holidays: [{ date: '2027-05-03', name: 'Labour Day' }],
      makeUpWorkdays: ['2027-05-08'],
      freezeWindows: [{ id: 'd11', name: 'Double 11', start: '2027-11-01', end: '2027-11-15', preset: 'double-11' }],
    },
    assumptions: defaultAssumptionList(),
    pins: [],
    overrides: [],
    actuals: [],
  };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`'${needle}' not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
