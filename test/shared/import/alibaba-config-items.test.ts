/**
 * Alibaba Cloud Config snapshots (shared/import/discovery/alibaba-config.ts): the list forms an
 * export has, each item's name, region, tags and product, and the items left out counted by type.
 * Answers read off the snapshots below.
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

const ecs = { resourceId: 'i-1', resourceName: 'web-1', resourceType: 'ACS::ECS::Instance', regionId: 'cn-hangzhou', tags: '{"env":"prod","team":["a","b"]}' };

describe('an Alibaba Cloud Config snapshot', () => {
  it('reads an item’s name (its id where it has none), region, tags and product; the engine picks the RDS product', async () => {
    const items = [
      ecs,
      { resourceId: 'rm-1', resourceType: 'ACS::RDS::DBInstance', configuration: { Engine: 'SQLServer' } },
      { resourceId: 'rm-2', resourceType: 'ACS::RDS::DBInstance', configuration: '{"Engine":"MySQL"}', regionId: '' },
      { resourceId: 'rm-3', resourceType: 'ACS::RDS::DBInstance' },
    ];
    const out = await run(file('snapshot.json', JSON.stringify({ configurationItems: items })));
    expect(byName(out, 'web-1')).toMatchObject({ id: 'i-1', region: 'cn-hangzhou', tags: ['cloud-config', 'env:prod', 'team:a,b'], origin: { file: 'snapshot.json', path: 'configurationItems[0]' } });
    expect(['rm-1', 'rm-2', 'rm-3'].map((name) => byName(out, name).sourceService)).toEqual(['alibaba.rds-sqlserver', 'alibaba.rds-mysql', 'alibaba.rds-mysql']);
    expect(byName(out, 'rm-2').region).toBeUndefined();
  });

  it('is read from a bare list, a ConfigurationItemList, or a ConfigurationItem list inside it', async () => {
    for (const doc of [[ecs], { ConfigurationItemList: [ecs] }, { configurationItemList: { ConfigurationItem: [ecs] } }, { ResourceList: [ecs] }]) {
      const out = await run(file('snapshot.json', JSON.stringify(doc)), { format: 'alibaba-config' });
      expect(out.fragment.workloads.map((w) => w.name), JSON.stringify(doc)).toEqual(['web-1']);
    }
  });

  it('counts the items of types it does not map, by type, and says when there is no list', async () => {
    const items = [ecs, { resourceId: 'x1', resourceType: 'ACS::Foo::Bar' }, { resourceId: 'x2', resourceType: 'ACS::Foo::Bar' }, { resourceId: 'y1', resourceType: 'ACS::Baz::Qux' }, 'junk'];
    const out = await run(file('snapshot.json', JSON.stringify({ configurationItems: items })));
    expect(out.report.messages.filter((m) => m.code === 'skipped.alibabaConfig.unmappedType').map((m) => m.message)).toEqual([
      '2 ACS::Foo::Bar items: the type is not mapped to a catalog product yet.',
      '1 ACS::Baz::Qux item: the type is not mapped to a catalog product yet.',
    ]);
    const none = await run(file('snapshot.json', '{"configurationItems": "none"}'));
    expect(none.report.messages).toContainEqual({ severity: 'error', code: 'alibabaConfig.noItems', params: {}, message: 'snapshot.json has no configurationItems list, so it is not a Cloud Config snapshot.', at: { file: 'snapshot.json', path: 'configurationItems' } });
  });
});
