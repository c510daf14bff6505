/**
 * HCL as people write it, read by the configuration reader: comments inside an expression,
 * quoted and bare object keys, escapes and the `$${` that stands for a literal `${`, heredocs, an
 * index on a function's result, a syntax error reported at its line, and a .tf file holding
 * nothing but comments.
 * Answers from the HCL native syntax specification, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { file, run } from './helpers';

const TF = `
variable "unset" {}
resource "alicloud_instance" "commented" {
  # two instances, the second written after a comment
  count         = 1 + /* one more */ 1
  instance_name = "commented-\${count.index}" // a line comment
}
resource "alicloud_instance" "escaped" {
  instance_name = "q\\"uote-$\${literal}"
}
resource "alicloud_instance" "heredoc" {
  instance_name = <<-EOT
    from-heredoc
    EOT
}
resource "alicloud_instance" "indexed" {
  instance_name = split(",", "part0,part1")[1]
  tags = {
    "cost-centre" = "ops"
    team          = "web"
    (var.unset)   = "dropped"
  }
}
`;

describe('HCL syntax', () => {
  it('reads comments, escapes, heredocs and an index on a call as Terraform does', async () => {
    const out = await run(file('main.tf', TF));
    expect(out.ok).toBe(true);
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['commented-0', 'commented-1', 'q"uote-${literal}', 'from-heredoc', 'part1']);
    // A quoted object key is its text; a bare one its name, not a variable; one known only at apply is left out.
    expect(out.fragment.workloads[4]?.tags).toEqual(['cost-centre:ops', 'team:web']);
  });

  it('reports a syntax error at its line, and still reads the rest', async () => {
    const out = await run(file('broken.tf', 'resource "alicloud_vpc" "a" {\n  vpc_name = "ok-vpc"\n}\nresource "alicloud_vpc" "b" {\n  vpc_name = = "x"\n}\n'));
    const errors = out.report.messages.filter((m) => m.code === 'hcl.syntax');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ severity: 'error', at: { file: 'broken.tf', line: 5 } });
    expect(errors[0]?.message).toMatch(/^Not valid HCL: /);
    expect(out.fragment.workloads.map((w) => w.name)).toContain('ok-vpc');
  });

  it('reports the first five syntax errors of a file, not every one', async () => {
    const broken = Array.from({ length: 7 }, (_, i) => `resource "alicloud_vpc" "v${i}" {\n  vpc_name = = "x"\n}\n`).join('');
    const out = await run(file('many.tf', broken));
    expect(out.report.messages.filter((m) => m.code === 'hcl.syntax').map((m) => m.at.line)).toEqual([2, 5, 8, 11, 14]);
  });

  it('a module that calls itself is read to a bounded depth, not for ever', async () => {
    const out = await run([file('main.tf', 'module "loop" {\n  source = "./loop"\n}\n'), file('loop/main.tf', 'resource "alicloud_vpc" "v" {\n  vpc_name = "loop-vpc"\n}\nmodule "again" {\n  source = "./"\n}\n')]);
    expect(out.ok).toBe(true);
    // module.loop at depth 1 and eleven module.again under it: twelve levels, the limit.
    expect(out.fragment.workloads.filter((w) => w.name === 'loop-vpc')).toHaveLength(12);
  });

  it('says a file that ends inside a block ends too early', async () => {
    const out = await run(file('open.tf', 'resource "alicloud_vpc" "a" {\n  vpc_name = "x"\n'));
    expect(out.report.messages.filter((m) => m.code === 'hcl.syntax').map((m) => m.message)).toEqual(['Not valid HCL: the file ends too early (a block or string is not closed).']);
  });

  it('reads HCL under another extension by its blocks', async () => {
    const out = await run(file('network.hcl', 'resource "alicloud_vpc" "a" {\n  vpc_name = "hcl-vpc"\n}\n'));
    expect(out.report.files).toEqual([{ file: 'network.hcl', format: 'tf' }]);
  });

  it('a provisioner, a connection or a lifecycle block makes no link', async () => {
    const tf = 'resource "alicloud_vswitch" "s" {\n  vswitch_name = "prov-subnet"\n}\nresource "alicloud_instance" "p" {\n  instance_name = "prov-vm"\n  provisioner "local-exec" {\n    command = "echo \${alicloud_vswitch.s.id}"\n  }\n  connection {\n    host = alicloud_vswitch.s.id\n  }\n  lifecycle {\n    replace_triggered_by = [alicloud_vswitch.s.id]\n  }\n}\n';
    expect((await run(file('main.tf', tf))).fragment.dependencies).toEqual([]);
  });

  it('a .tf file of comments only is a configuration with nothing to import, not an unknown format', async () => {
    const out = await run(file('notes.tf', '# nothing here yet\n'));
    expect(out.report.files).toEqual([{ file: 'notes.tf', format: 'tf' }]);
    expect(out.report.messages.map((m) => m.code)).toEqual(['terraform.noResources']);
  });
});
