/**
 * A configuration of a root folder and the local modules it calls, as a user selects a whole
 * repository: which folder is the root, modules reached by `../` paths and instantiated per
 * for_each key, a module's output feeding another's input, modules switched off by count or a
 * false variable, a count known only at apply, for_each over a map, depends_on in the current and
 * the 0.11 string form, and literal secrets wherever a module reuses them. Every answer below is
 * worked out by hand from the files in this spec.
 */
import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';

const FILES: Record<string, string> = {
  // Not called by anything, and listed first: the root is the shallowest uncalled folder, not the first.
  'archive/v1/main.tf': `
resource "alicloud_instance" "old" {
  instance_name = "old-web"
}
`,
  // The root's variables in a file of their own, before the file that uses them.
  'live/variables.tf': `
variable "env" {
  default = "prod"
}
variable "team" {
  default = "web"
}
variable "use_db" {
  default = false
}
variable "replicas" {}
variable "project" {
  default = "shop-2024"
}
variable "bootstrap" {
  default   = "Boot-Token-77"
  sensitive = true
}
variable "admin_password" {
  default = "Adm1n-\${var.env}-Literal"
}
`,
  'live/main.tf': `
module "web" {
  source     = "../modules/web"
  for_each   = { a = "cn-hangzhou-h", b = "cn-shanghai-b" }
  zone       = each.value
  name       = "web-\${each.key}"
  vswitch_id = module.net.vswitch_id
  api_token  = "Tok3n-Value-9"
}

module "net" {
  source = "../modules/net"
}

module "db" {
  source  = "../modules/db"
  enabled = var.use_db
}

module "queue" {
  source = "./queue"
  count  = 0
}

resource "alicloud_instance" "batch" {
  count         = var.replicas
  instance_name = "batch-\${var.env}-\${var.team}"
  tags = {
    boot    = "token=\${var.bootstrap}"
    admin   = var.admin_password
    project = var.project
  }
}

resource "alicloud_instance" "tiers" {
  # A key known only at apply is left out.
  for_each      = toset(["front", "back", var.replicas])
  instance_name = "tier-\${each.key}"
}

resource "alicloud_instance" "jobs" {
  for_each      = { small = "jobs-small", large = "jobs-large" }
  instance_name = each.value
  depends_on    = [alicloud_instance.batch, "alicloud_kms_key.disk"]
}

resource "alicloud_kms_key" "disk" {
  description = "disk key"
}

module "worker" {
  source     = "../modules/web"
  count      = 2
  zone       = "cn-hangzhou-h"
  name       = "worker-\${count.index}"
  vswitch_id = module.net.vswitch_id
  api_token  = ""
}

# One instance of a for_each module and one of a counted module, by key and by index.
resource "alicloud_slb_load_balancer" "front" {
  load_balancer_name = "front-lb"
}
resource "alicloud_slb_backend_server" "front" {
  load_balancer_id = alicloud_slb_load_balancer.front.id
  backend_servers {
    server_id = module.web["a"].id
  }
  backend_servers {
    server_id = module.worker[1].id
  }
}
`,
  'live/queue/main.tf': `
resource "alicloud_mns_queue" "jobs" {
  name = "jobs-queue"
}
`,
  'modules/web/main.tf': `
variable "zone" {}
variable "name" {}
variable "vswitch_id" {}
variable "api_token" {}
resource "alicloud_instance" "this" {
  instance_name     = var.name
  availability_zone = var.zone
  vswitch_id        = var.vswitch_id
  tags = {
    build = var.api_token
  }
}
output "id" {
  value = alicloud_instance.this.id
}
`,
  'modules/net/main.tf': `
resource "alicloud_vpc" "this" {
  vpc_name   = "shop-vpc"
  cidr_block = "10.0.0.0/16"
}
resource "alicloud_vswitch" "this" {
  vswitch_name = "app-subnet"
  vpc_id       = alicloud_vpc.this.id
  cidr_block   = "10.0.1.0/24"
  zone_id      = "cn-hangzhou-h"
}
output "vswitch_id" {
  value = alicloud_vswitch.this.id
}
`,
  'modules/db/main.tf': `
variable "enabled" {}
resource "alicloud_db_instance" "this" {
  count         = var.enabled ? 1 : 0
  instance_name = "orders-db"
}
`,
};

const importAll = () => run(Object.entries(FILES).map(([name, text]) => file(name, text)));
const messages = async (code: string) => (await importAll()).report.messages.filter((m) => m.code === code);

describe('a root folder with local modules', () => {
  it('imports the root and the modules it calls, each for_each instance with its own inputs', async () => {
    const out = await importAll();
    expect(out.ok).toBe(true);
    expect(out.fragment.workloads.map((w) => w.name).sort()).toEqual(['app-subnet', 'batch-prod-web', 'disk key', 'front-lb', 'jobs-large', 'jobs-small', 'shop-vpc', 'tier-back', 'tier-front', 'web-a', 'web-b', 'worker-0', 'worker-1']);
    expect(byName(out, 'web-a')).toMatchObject({ region: 'cn-hangzhou', notes: 'Terraform module.web["a"].alicloud_instance.this' });
    expect(byName(out, 'web-b')).toMatchObject({ region: 'cn-shanghai', notes: 'Terraform module.web["b"].alicloud_instance.this' });
    expect(byName(out, 'jobs-small').notes).toBe('Terraform alicloud_instance.jobs["small"]');
  });

  it("links through a module's output, and through depends_on in both forms", async () => {
    const links = edges(await importAll());
    expect(links).toEqual(expect.arrayContaining(['web-a -> app-subnet', 'web-b -> app-subnet', 'app-subnet -> shop-vpc']));
    for (const from of ['jobs-small', 'jobs-large']) expect(links).toEqual(expect.arrayContaining([`${from} -> batch-prod-web`, `${from} -> disk key`]));
  });

  it('reads an output of one instance of a for_each module by key, and of a counted module by index', async () => {
    expect(edges(await importAll()).filter((e) => e.startsWith('front-lb'))).toEqual(['front-lb -> web-a', 'front-lb -> worker-1']);
  });

  it('reports the folder no module calls, by its path', async () => {
    expect((await messages('skipped.terraform.unusedFolder')).map((m) => [m.message, m.at.file])).toEqual([["The .tf files in 'archive/v1' are not a module the root configuration calls; they are not imported.", 'archive/v1/']]);
  });

  it('reports a module switched off by a false variable, with its source and the variable, and one with count = 0', async () => {
    const off = await messages('skipped.terraform.moduleOff');
    expect(off.map((m) => m.message)).toEqual(['module.db from ../modules/db is switched off: every resource in it has count = 0 (enabled = false).', 'module.queue has count = 0: it is switched off.']);
    expect(off[0]).toMatchObject({ at: { file: 'live/main.tf', line: 15 }, params: { module: 'module.db', conditions: 'enabled = false' } });
    // Inside a module that is off, its resources are not reported one by one.
    expect(await messages('skipped.terraform.countZero')).toEqual([]);
  });

  it('imports a resource whose count is known only at apply once, and says so', async () => {
    const unknown = await messages('terraform.unknownCount');
    expect(unknown.map((m) => m.message)).toEqual(['alicloud_instance.batch: its count or for_each depends on values known only at apply time; it is imported once.']);
    expect(unknown[0]?.at).toMatchObject({ file: 'live/main.tf', line: 25 });
  });

  it('never lets a literal secret through: a sensitive default, a secret-named default and a secret-named module argument reused in tags', async () => {
    const out = await importAll();
    const text = JSON.stringify(out);
    for (const secret of ['Boot-Token-77', 'Adm1n-', '-Literal', 'Tok3n-Value-9']) expect(text).not.toContain(secret);
    expect(byName(out, 'batch-prod-web').tags).toEqual(expect.arrayContaining(['boot:token=[removed]', 'admin:[removed]prod[removed]', 'project:shop-2024']));
    expect(byName(out, 'web-a').tags).toEqual(['build:[removed]']);
  });
});

describe('a root folder whose every resource has count = 0', () => {
  it('reports each resource not created, and not the root as a module switched off', async () => {
    const out = await run(file('main.tf', 'resource "alicloud_vpc" "a" {\n  count = 0\n}\nresource "alicloud_vpc" "b" {\n  count = 0\n}\n'));
    expect(out.report.messages.filter((m) => m.code === 'skipped.terraform.countZero').map((m) => m.params.resource)).toEqual(['alicloud_vpc.a', 'alicloud_vpc.b']);
    expect(out.report.messages.filter((m) => m.code === 'skipped.terraform.moduleOff')).toEqual([]);
  });
});
