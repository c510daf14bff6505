/** Synthetic inputs for the import benchmark: an inventory CSV and a Terraform state of a given size. */

/** An inventory like a CMDB export: English headers, a technology column, four dependencies a row. */
export function inventoryCsv(rows: number, depsPerRow: number): string {
  const tech = ['java on ECS', 'mysql 8 on ECS', 'redis', 'ApsaraDB RDS for MySQL', 'nginx', 'kafka', 'OSS', 'Function Compute'];
  const lines = ['id,name,technology,region,owner,criticality,environment,data gb,depends on'];
  for (let i = 0; i < rows; i++) {
    const deps: string[] = [];
    for (let k = 1; k <= depsPerRow; k++) deps.push(`srv-${(i + k * 7 + 1) % rows}`);
    lines.push(`srv-${i},service ${i},${tech[i % tech.length]},cn-hangzhou,team-${i % 40},${['low', 'medium', 'high', '关键'][i % 4]},${['生产', 'test'][i % 2]},${(i % 97) * 10},"${deps.join(';')}"`);
  }
  return `${lines.join('\n')}\n`;
}

/** A Terraform state of about `megabytes` MB: ECS, RDS, SLB with attachments, vSwitches, the attributes a real state carries. */
export function terraformState(megabytes: number): string {
  const resources: unknown[] = [];
  const padding = { description: 'x'.repeat(120), user_data: 'I2Nsb3VkLWNvbmZpZwpydW5jbWQ6CiAgLSBlY2hvIGhlbGxv'.repeat(20), timeouts: null, tags: { app: 'shop', team: 'core', env: 'prod', cost_center: 'cc-001' } };
  let size = 0;
  let n = 0;
  const target = megabytes * 1024 * 1024;
  while (size < target) {
    const batch = n++;
    const vsw = `vsw-${batch}`;
    const ecs = Array.from({ length: 8 }, (_, i) => ({ index_key: i, schema_version: 0, attributes: { ...padding, id: `i-${batch}-${i}`, instance_name: `web-${batch}-${i}`, instance_type: 'ecs.g7.large', availability_zone: 'cn-hangzhou-h', private_ip: `10.${(batch >> 8) % 256}.${batch % 256}.${10 + i}`, vswitch_id: vsw, security_groups: [`sg-${batch}`], system_disk_size: 40, password: 'Secret-123!', data_disks: [{ size: 100, category: 'cloud_essd' }] } }));
    const block = [
      { mode: 'managed', type: 'alicloud_vswitch', name: `v${batch}`, instances: [{ attributes: { id: vsw, cidr_block: `10.${(batch >> 8) % 256}.${batch % 256}.0/24`, vpc_id: 'vpc-1', availability_zone: 'cn-hangzhou-h' } }] },
      { mode: 'managed', type: 'alicloud_security_group', name: `sg${batch}`, instances: [{ attributes: { id: `sg-${batch}`, name: `sg-${batch}`, vpc_id: 'vpc-1' } }] },
      { mode: 'managed', type: 'alicloud_instance', name: `web${batch}`, each: 'list', instances: ecs },
      { mode: 'managed', type: 'alicloud_db_instance', name: `db${batch}`, instances: [{ attributes: { ...padding, id: `rm-${batch}`, instance_name: `db-${batch}`, engine: 'MySQL', instance_storage: 500, security_ips: [`10.${(batch >> 8) % 256}.${batch % 256}.0/24`], vswitch_id: vsw, zone_id: 'cn-hangzhou-h' } }] },
      { mode: 'managed', type: 'alicloud_db_account', name: `acct${batch}`, instances: [{ attributes: { id: `rm-${batch}:app`, instance_id: `rm-${batch}`, name: 'app', password: '<REDACTED>' } }] },
      { mode: 'managed', type: 'alicloud_slb_load_balancer', name: `lb${batch}`, instances: [{ attributes: { id: `lb-${batch}`, load_balancer_name: `lb-${batch}`, vswitch_id: vsw } }] },
      { mode: 'managed', type: 'alicloud_slb_attachment', name: `att${batch}`, instances: [{ attributes: { id: `lb-${batch}`, load_balancer_id: `lb-${batch}`, instance_ids: ecs.map((e) => e.attributes.id) } }] },
    ];
    size += JSON.stringify(block).length;
    resources.push(...block);
  }
  resources.unshift({ mode: 'managed', type: 'alicloud_vpc', name: 'main', instances: [{ attributes: { id: 'vpc-1', vpc_name: 'main', cidr_block: '10.0.0.0/8' } }] });
  return JSON.stringify({ version: 4, terraform_version: '1.5.7', serial: 1, lineage: 'bench', outputs: {}, resources });
}

