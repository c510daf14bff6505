import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../shared/catalog';
import { CONFIG_RESOURCE_TYPES } from '../../../shared/import/discovery/alibaba-config';
import { guessService } from '../../../shared/import/guess/technology';
import { RESOURCE_TYPES } from '../../../shared/import/terraform/resource-types';

describe('the import mapping tables', () => {
  it('name only catalog products the catalog has (so a renamed id fails here, not in a user import)', () => {
    const ids = [
      ...Object.values(RESOURCE_TYPES).flatMap((r) => [r.service, ...Object.values(r.serviceBy?.values ?? {})]),
      ...Object.values(CONFIG_RESOURCE_TYPES).map((c) => c.service),
    ].filter((s): s is string => s !== undefined);
    expect(ids.filter((id) => catalogEntry(id) === undefined)).toEqual([]);
  });

  it('map at least 40 alicloud_ resource types to products, plus common aws_, azurerm_ and google_ ones', () => {
    const products = (prefix: string) => Object.entries(RESOURCE_TYPES).filter(([t, r]) => t.startsWith(prefix) && !r.parent).length;
    expect(products('alicloud_')).toBeGreaterThanOrEqual(40);
    expect(products('aws_')).toBeGreaterThanOrEqual(10);
    expect(products('azurerm_')).toBeGreaterThanOrEqual(10);
    expect(products('google_')).toBeGreaterThanOrEqual(10);
  });

  it('find products through the catalog by name, with the platform a technology runs on', () => {
    expect(guessService('mysql 8 on ECS', 'alibaba')).toMatchObject({ sourceService: 'alibaba.ecs', kind: 'database', exact: false });
    expect(guessService('redis', 'alibaba')).toMatchObject({ sourceService: 'alibaba.redis', kind: 'cache' });
    expect(guessService('ApsaraDB RDS for MySQL', 'alibaba')).toMatchObject({ sourceService: 'alibaba.rds-mysql', exact: true });
    expect(guessService('Tair', 'alibaba')).toMatchObject({ sourceService: 'alibaba.redis' });
    expect(guessService('kafka', 'aws')).toMatchObject({ kind: 'queue' });
    expect(guessService('nginx', 'alibaba')).toMatchObject({ sourceService: 'alibaba.ecs', kind: 'network' });
    expect(guessService('something unheard of', 'alibaba')).toBeUndefined();
  });
});
