/**
 * The Terraform configuration reader's expressions, each where a reader sees its result: a
 * workload's name, count, region and tags worked out from locals, variables, operators and the
 * functions a configuration commonly uses. Answers written by hand from Terraform's documented
 * semantics (format's `%%` is a literal percent sign; compact drops empty strings; flatten one
 * level of nesting; `&&` and `||` with `!`; a unary minus).
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

const MAIN_TF = `
variable "env" {
  default = "prod"
}
locals {
  zones   = ["cn-shanghai-b", "cn-hangzhou-i"]
  enabled = true
  off     = false
  names   = compact(["api", "", "worker"])
  joined  = join("-", ["shop", var.env])
  nested  = flatten([["a"], ["b", "c"]])
  tags    = merge({ team = "web" }, { env = var.env })
}
resource "alicloud_instance" "flags" {
  count             = local.enabled && !local.off ? 2 : 0
  instance_name     = format("%s-%d-100%%", local.joined, count.index)
  availability_zone = local.zones[1]
  tags              = local.tags
}
resource "alicloud_instance" "never" {
  count         = local.enabled && local.off ? 1 : 0
  instance_name = "never"
}
resource "alicloud_instance" "either" {
  count         = local.off || local.enabled ? 1 : 0
  instance_name = "either"
}
resource "alicloud_instance" "eq" {
  count         = var.env == "prod" ? 1 : 0
  instance_name = "only-in-\${var.env}"
}
resource "alicloud_instance" "ne" {
  count         = var.env != "prod" ? 1 : 0
  instance_name = "not-prod"
}
resource "alicloud_instance" "negated" {
  count         = 1 + -1
  instance_name = "negated"
}
resource "alicloud_instance" "by_name" {
  count         = length(local.names)
  instance_name = local.names[count.index]
}
resource "alicloud_instance" "flat" {
  count         = length(local.nested)
  instance_name = "flat-\${local.nested[count.index]}"
}
module "network" {
  source = "alibaba/vpc/alicloud"
}
output "web" {
  value = alicloud_instance.flags[0].id
}
`;

describe('a Terraform configuration with expressions', () => {
  it('counts, names, zones and tags each resource as Terraform would create it', async () => {
    const out = await run(file('main.tf', MAIN_TF));
    expect(out.ok).toBe(true);
    expect(out.fragment.workloads.map((w) => w.name)).toEqual([
      'shop-prod-0-100%',
      'shop-prod-1-100%',
      'either',
      'only-in-prod',
      'api',
      'worker',
      'flat-a',
      'flat-b',
      'flat-c',
    ]);
    // The second zone of the list is in Hangzhou; the first would be Shanghai.
    expect(byName(out, 'shop-prod-0-100%')).toMatchObject({ region: 'cn-hangzhou', size: { instances: 1 } });
    expect(byName(out, 'shop-prod-1-100%').tags).toEqual(expect.arrayContaining(['team:web', 'env:prod']));
  });

  it('reports each resource a false condition leaves uncreated, and the remote module it cannot read', async () => {
    const out = await run(file('main.tf', MAIN_TF));
    const notCreated = out.report.messages.filter((m) => m.code === 'skipped.terraform.countZero').map((m) => m.message);
    expect(notCreated).toEqual([expect.stringMatching(/^alicloud_instance\.never has count = 0/), expect.stringMatching(/^alicloud_instance\.ne has count = 0/), expect.stringMatching(/^alicloud_instance\.negated has count = 0/)]);
    const remote = out.report.messages.find((m) => m.code === 'skipped.terraform.remoteModule');
    expect(remote).toMatchObject({ params: { module: 'network', source: 'alibaba/vpc/alicloud' }, at: { file: 'main.tf' } });
    expect(remote?.message).toContain("'alibaba/vpc/alicloud'");
  });
});
