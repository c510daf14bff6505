/**
 * ServiceNow CMDB exports (shared/import/discovery/servicenow.ts): the kind a CI class says, the
 * facts a CI list row gives, and the relationship types that are not dependencies, counted per
 * type. Answers read off the rows below.
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

describe('a ServiceNow CI list', () => {
  it('takes the kind from the CI class’s words, marking the product a guess from the class', async () => {
    const classes = [
      ['orders-db', 'cmdb_ci_db_mysql_instance', 'database'],
      ['sessions', 'u_redis_cluster', 'cache'],
      ['k8s-prod', 'cmdb_ci_kubernetes_cluster', 'container'],
      ['edge-lb', 'cmdb_ci_lb_f5', 'network'],
      ['edge-fw', 'cmdb_ci_firewall', 'security'],
      ['share', 'cmdb_ci_nas_file_system', 'storage'],
      ['events', 'u_kafka_topic', 'queue'],
      ['lnx-01', 'cmdb_ci_linux_server', 'compute'],
    ];
    const csv = ['name,sys_class_name', ...classes.map(([name, cls]) => `${name},${cls}`)].join('\n');
    const out = await run(file('ci.csv', csv));
    expect(out.report.files[0]?.format).toBe('servicenow');
    expect(out.fragment.workloads.map((w) => [w.name, w.kind])).toEqual(classes.map(([name, , kind]) => [name, kind]));
    expect(byName(out, 'edge-fw').review).toContainEqual({ field: 'sourceService', basis: 'technology', source: 'cmdb_ci_firewall' });
    expect(byName(out, 'edge-fw').review.filter((r) => r.field === 'kind')).toEqual([]);
    expect(byName(out, 'edge-fw').tags).toEqual(['servicenow', 'class:cmdb_ci_firewall']);
  });

  it('reads a row’s id, owner, application, criticality and IP, and marks a class with no known words', async () => {
    const csv = ['name,sys_class_name,sys_id,support_group,business_service,business_criticality,ip_address', 'billing,u_widget,abc123,Finance IT,Billing,1 - high,10.1.2.3'].join('\n');
    const out = await run(file('ci.csv', csv));
    const billing = byName(out, 'billing');
    expect(billing).toMatchObject({ kind: 'compute', owner: 'Finance IT', application: 'Billing', criticality: 'high', tags: ['servicenow', 'class:u_widget', 'ip:10.1.2.3'] });
    expect(billing.review).toContainEqual({ field: 'kind', basis: 'value', source: 'u_widget' });
    expect(out.fragment.workloads[0]?.id).toBe('billing');
  });
});

describe('ServiceNow relationships', () => {
  it('count each type that is not a dependency once per relationship, at its first row; a CI only they name is added, its class unknown', async () => {
    const csv = [
      'parent,child,type',
      'app,db,Depends on::Used by',
      'rack-1,app,Contains::Contained by',
      'rack-1,db,Contains::Contained by',
      'app,db,Provides storage for::Stored on',
      'app,,Depends on::Used by',
    ].join('\n');
    const out = await run(file('rel.csv', csv));
    expect(out.report.messages.filter((m) => m.code === 'skipped.servicenow.relationType').map((m) => [m.message, m.at.row])).toEqual([
      ["2 relationships of type 'Contains::Contained by': not a dependency Decamp plans around.", 3],
      ["1 relationship of type 'Provides storage for::Stored on': not a dependency Decamp plans around.", 5],
    ]);
    expect(byName(out, 'app').review).toEqual(expect.arrayContaining([{ field: 'sourceService', basis: 'default' }, { field: 'kind', basis: 'default' }]));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['app', 'db']);
  });
});
