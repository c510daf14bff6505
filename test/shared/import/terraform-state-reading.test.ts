/**
 * The state reader's edges, as a user importing a state file sees them: a file that is not JSON
 * (with the line and column of the fault), one with no resources, an older format version, broken
 * resource entries, a state header without lineage, and how references are found: recorded
 * dependencies by configuration address (Terraform writes `module.net.alicloud_vpc.main` even
 * when module.net is counted), ids listed in one comma-separated string, and values that name
 * nothing (descriptions, tags, short numbers). Answers worked out by hand from the states below.
 */
import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';
import { tfResource as res, tfStateText as stateText } from './terraform-state-helpers';

const importState = (resources: unknown[], name = 'terraform.tfstate') => run(file(name, stateText(resources)));
const codes = (out: Awaited<ReturnType<typeof run>>, code: string) => out.report.messages.filter((m) => m.code === code);

describe('a state file that cannot be read as it is', () => {
  it('not JSON: an error at the line and column of the fault, in the parser’s words without its offset', async () => {
    const out = await run(file('bad.tfstate', '{\n  "version": 4\n  "resources": []\n}'));
    expect(out.ok).toBe(false);
    const [error] = codes(out, 'json.syntax');
    expect(error).toMatchObject({ severity: 'error', at: { file: 'bad.tfstate', line: 3, column: 3 } });
    // V8's words for the fault at offset 19 (Node 20 and later), without "in JSON at position 19".
    expect(error?.message).toBe("bad.tfstate is not valid JSON (Expected ',' or '}' after property value).");
  });

  it('JSON cut short: the error is at its end', async () => {
    const out = await run(file('cut.tfstate', '{\n  "version": 4,\n  "resources": ['));
    expect(codes(out, 'json.syntax')[0]?.at).toMatchObject({ line: 3, column: 17 });
  });

  it('no resources list: an error naming the field', async () => {
    const out = await run(file('empty.tfstate', JSON.stringify({ version: 4, terraform_version: '1.9.5', lineage: 'x' })));
    expect(codes(out, 'tfstate.noResources')).toEqual([expect.objectContaining({ severity: 'error', message: 'empty.tfstate has no "resources" list, so it is not a Terraform state of format version 4.', at: { file: 'empty.tfstate', path: 'resources' } })]);
  });

  it('an older format version: a warning, and its resources read all the same', async () => {
    const out = await run(file('old.tfstate', stateText([res('alicloud_vpc', 'main', { id: 'vpc-1', vpc_name: 'old-vpc' })], { version: 3, terraform_version: '0.11.14', lineage: 'old' })));
    expect(codes(out, 'tfstate.version').map((m) => [m.severity, m.message])).toEqual([['warning', 'old.tfstate says format version 3; Decamp reads version 4 and reads this one as if it were.']]);
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['old-vpc']);
  });

  it('a resource that is not an object, or has no type or name, is left out with a warning at its place', async () => {
    const out = await importState([5, { mode: 'managed', type: 'alicloud_vpc', instances: [] }, res('alicloud_vpc', 'main', { id: 'vpc-1', vpc_name: 'kept-vpc' })]);
    expect(codes(out, 'tfstate.badResource').map((m) => [m.message, m.at.path])).toEqual([
      ['resources[0] is not an object; it is left out.', 'resources[0]'],
      ['resources[1] has no type or name; it is left out.', 'resources[1]'],
    ]);
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['kept-vpc']);
  });

  it('a header with terraform_version but no lineage is a state under a .json name too', async () => {
    const out = await run(file('exported.json', JSON.stringify({ version: 4, terraform_version: '1.9.5', resources: [res('alicloud_vpc', 'main', { id: 'vpc-1', vpc_name: 'json-vpc' })] })));
    expect(out.report.files).toEqual([{ file: 'exported.json', format: 'tfstate' }]);
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['json-vpc']);
  });
});

describe('secrets in a state', () => {
  it('a value the state marks sensitive, or a list under a secret name, is removed wherever else it appears', async () => {
    const vault = res('alicloud_instance', 'vault', { id: 'i-vault', instance_name: 'vault', user_data: 'Cl0ud-Init-Token', ssh_keys: ['Key-Material-1'], tags: { boot: 'Cl0ud-Init-Token', key: 'Key-Material-1' } }, { sensitive_attributes: [[{ type: 'get_attr', value: 'user_data' }]] });
    const out = await importState([vault]);
    expect(byName(out, 'vault').tags).toEqual(['boot:[removed]', 'key:[removed]']);
  });
});

describe('references in a state', () => {
  const vswitches = { mode: 'managed', type: 'alicloud_vswitch', name: 'zones', each: 'map', instances: ['a', 'b'].map((k) => ({ index_key: k, attributes: { id: `vsw-${k}`, vswitch_name: `subnet-${k}` } })) };
  const resources = [
    res('alicloud_vpc', 'main', { id: 'vpc-9', vpc_name: 'net-vpc' }, {}, 'module.net[0]'),
    vswitches,
    // Recorded dependencies by configuration address: into a counted module, onto every for_each instance; a malformed entry ignored.
    res('alicloud_instance', 'app', { id: 'i-app', instance_name: 'app' }, { dependencies: [null, 'module.net.alicloud_vpc.main', 'alicloud_vswitch.zones'] }),
    // The same with the module's key kept.
    res('alicloud_instance', 'keyed', { id: 'i-keyed', instance_name: 'keyed' }, { dependencies: ['module.net[0].alicloud_vpc.main'] }),
    res('alicloud_instance', 'one', { id: 'i-one', instance_name: 'one' }),
    res('alicloud_instance', 'two', { id: 'i-two', instance_name: 'two' }),
    // Ids listed in one string.
    res('alicloud_slb_load_balancer', 'lb', { id: 'lb-1', load_balancer_name: 'lb', server_list: 'i-one, i-two' }),
    // A description or a tag equal to an id, and a short number, name nothing.
    res('alicloud_vpc', 'plain', { id: '4242', vpc_name: 'plain-vpc' }),
    res('alicloud_instance', 'quiet', { id: 'i-quiet', instance_name: 'quiet', description: 'vpc-9', tags: { network: 'vpc-9' }, vpc_ref: '4242' }),
  ];

  it('recorded dependencies name resources by configuration address, with or without the module key', async () => {
    const links = edges(await importState(resources));
    expect(links).toEqual(expect.arrayContaining(['app -> net-vpc', 'app -> subnet-a', 'app -> subnet-b', 'keyed -> net-vpc']));
  });

  it('a comma-separated list of ids links to each', async () => {
    const links = edges(await importState(resources));
    expect(links).toEqual(expect.arrayContaining(['lb -> one', 'lb -> two']));
  });

  it('a description, a tag or a number of up to six digits is no reference', async () => {
    const out = await importState(resources);
    expect(edges(out).filter((e) => e.startsWith('quiet'))).toEqual([]);
    expect(byName(out, 'plain-vpc').id).toBe('4242');
  });
});
