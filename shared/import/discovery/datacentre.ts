/**
 * A data centre's server list as CSV, the usual first discovery of an IDC: an RVTools vInfo export
 * (the sheet saved as CSV, or the command-line export's `vInfo*` columns) or any list with a VM or
 * host name, OS, cores and memory, and optionally disks, applications, hypervisor, data centre.
 * Every row becomes a self-hosted workload whatever the open project's provider: on vSphere, KVM or
 * bare metal by what the file says. A VM whose applications name a self-run product the catalog
 * knows (Oracle, MySQL, Redis, Kafka, MinIO ...) is that product, marked for review; the first
 * application that is not a technology is its application.
 */
import { catalogEntry } from '../../catalog';
import type { ReviewNote } from '../../model/review';
import type { WorkloadKind } from '../../model/vocabulary';
import type { ImportFormat } from '../format';
import type { FragmentBuilder } from '../fragment-builder';
import { guessService } from '../guess/technology';
import { splitReferences } from '../references';
import type { SourceFile } from '../source-file';
import { parseGigabytes, parseNumber } from '../tabular/quantities';
import { mapEnumValue } from '../tabular/values';
import { type CsvRecord, csvHeaders, csvRecords } from './records';

type Unit = 'gb' | 'mb';

/** Header names per field, best first, as RVTools and hand-made lists write them (case, spaces, `_.-` ignored). */
const NAME = ['VM', 'VM name', 'vInfoVMName', 'Virtual machine', '虚拟机名称', '虚拟机', 'Hostname', 'Host name', 'Server name', '主机名', '服务器名称', 'Name', '名称'];
const OS = ['OS', 'Operating system', 'OS according to the configuration file', 'OS according to the VMware Tools', 'vInfoOS', 'vInfoOSTools', 'Guest OS', 'OS name', '操作系统', '操作系统版本'];
const CORES = ['Cores', 'CPUs', 'vCPUs', 'vCPU', 'CPU', 'CPU cores', 'Num CPU', 'vInfoCPUs', '核数', 'CPU核数', 'CPU(核)', 'vCPU数'];
const MEMORY: readonly (readonly [string, Unit])[] = [
  ['Memory GB', 'gb'], ['Memory (GB)', 'gb'], ['Memory GiB', 'gb'], ['RAM GB', 'gb'], ['RAM (GB)', 'gb'], ['内存(GB)', 'gb'], ['内存GB', 'gb'],
  ['Memory MB', 'mb'], ['Memory (MB)', 'mb'], ['Memory MiB', 'mb'], ['RAM MB', 'mb'], ['vInfoMemory', 'mb'],
];
const DISKS: readonly (readonly [string, Unit])[] = [
  ['Disks GB', 'gb'], ['Disk GB', 'gb'], ['Disk (GB)', 'gb'], ['Disks (GB)', 'gb'], ['Disk size GB', 'gb'], ['Disk size (GB)', 'gb'], ['Storage GB', 'gb'], ['Storage (GB)', 'gb'], ['磁盘(GB)', 'gb'], ['磁盘容量(GB)', 'gb'], ['磁盘容量', 'gb'],
  // RVTools: what is in use is what moves; provisioned (thin disks' ceiling) when that is all there is.
  ['In Use MiB', 'mb'], ['vInfoInUse', 'mb'], ['Provisioned MiB', 'mb'], ['vInfoProvisioned', 'mb'], ['Total disk capacity MiB', 'mb'], ['Disk MB', 'mb'], ['Disks MB', 'mb'],
];
const APPLICATIONS = ['Applications', 'Application', 'Apps', 'Software', 'Installed software', 'Services', 'Middleware', 'Role', '应用', '应用系统', '业务系统', '所属应用', '部署应用', '中间件', '软件'];
const HYPERVISOR = ['Hypervisor', 'Platform', 'Virtualization', 'Virtualisation', 'Server type', 'Machine type', 'Type', '虚拟化平台', '虚拟化', '服务器类型', '类型'];
const DATACENTRE = ['Datacenter', 'Data center', 'Data centre', 'vInfoDataCenter', 'Site', 'Location', '数据中心', '机房'];
const IP = ['Primary IP Address', 'vInfoPrimaryIPAddress', 'IP Address', 'IP', 'IP地址'];
const DNS = ['DNS Name', 'vInfoGuestHostName', 'FQDN'];
const ID = ['VM UUID', 'vInfoUUID', 'VM ID', 'vInfoVMID', 'UUID', 'Asset ID', 'Asset tag', '资产编号'];

const fold = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');
const any = (headers: ReadonlySet<string>, names: readonly string[]) => names.some((n) => headers.has(fold(n)));

/** RVTools' vInfo tab: saved as CSV from the workbook (`VM`, `Powerstate`, `CPUs`), or exported with `vInfo*` names. */
function isRvtools(headers: ReadonlySet<string>): boolean {
  return headers.has('vinfovmname') || (headers.has('vm') && headers.has('powerstate') && headers.has('cpus'));
}

export const datacentreFormat: ImportFormat = {
  id: 'dc-inventory',
  label: 'Data-centre server list (CSV: RVTools vInfo or VM name, OS, cores, memory)',
  extensions: ['csv'],
  detect(file) {
    if (file.text === null) return 0;
    const h = csvHeaders(file);
    if (isRvtools(h)) return 10;
    // A VM's name, or a host name beside what it runs on; and the OS, cores and memory a discovery lists.
    const vmNamed = any(h, ['VM', 'VM name', 'Virtual machine', '虚拟机名称', '虚拟机']) || (any(h, ['Hostname', 'Host name', 'Server name', '主机名', '服务器名称']) && any(h, [...HYPERVISOR.slice(0, 6), ...DATACENTRE, '虚拟化平台', '虚拟化', '服务器类型']));
    const memory = [...h].some((x) => x.startsWith('memory') || x.startsWith('ram') || x.startsWith('内存'));
    return vmNamed && any(h, OS) && any(h, CORES) && memory ? 8 : 0;
  },
  read(files, out) {
    for (const file of files) readServers(file, out);
  },
};

function readServers(file: SourceFile, out: FragmentBuilder): void {
  const rvtools = isRvtools(csvHeaders(file));
  let templates = 0;
  for (const r of csvRecords(file, out)) {
    const name = r.get(...NAME);
    if (name === '') {
      if (r.get(...OS, ...CORES) !== '') out.skip('dc.noName', `Row ${r.row} names no VM or host, so it is not imported.`, r.at(), { row: r.row });
      continue;
    }
    if (/^true$/i.test(r.get('Template', 'vInfoTemplate'))) {
      templates++;
      continue;
    }
    const tags: string[] = ['dc-inventory'];
    const cores = readNumber(r, CORES, out);
    if (cores !== undefined) tags.push(`cpu:${cores}`);
    const memoryGb = readSize(r, rvtools ? [...MEMORY, ['Memory', 'mb']] : [...MEMORY, ['Memory', 'gb'], ['RAM', 'gb'], ['内存', 'gb']], out);
    if (memoryGb !== undefined) tags.push(`memory:${round(memoryGb)}GB`);
    // RVTools' `Disks` is how many there are; elsewhere a plain `Disks` column is their size.
    const dataGb = readSize(r, rvtools ? DISKS : [...DISKS, ['Disks', 'gb'], ['Disk', 'gb'], ['磁盘', 'gb']], out);
    const os = r.get(...OS);
    if (os) tags.push(`os:${os}`);
    const ip = r.get(...IP);
    if (ip) tags.push(`ip:${ip}`);
    const cluster = r.get('Cluster', 'vInfoCluster', '集群');
    if (cluster) tags.push(`cluster:${cluster}`);
    const host = r.get('Host', 'vInfoHost', 'ESXi host', '宿主机');
    if (host) tags.push(`host:${host}`);
    if (/off/i.test(r.get('Powerstate', 'Power state', 'vInfoPowerstate', '电源状态'))) tags.push('power:off');

    const hypervisor = rvtools ? 'VMware vSphere' : r.get(...HYPERVISOR);
    const platform = platformOf(hypervisor, os);
    const apps = splitReferences(r.get(...APPLICATIONS));
    const runs = apps.map((a) => ({ text: a, guess: guessService(a, 'self-hosted') })).find((a) => a.guess !== undefined && isSelfRunProduct(a.guess.sourceService, a.guess.kind));
    const application = apps.find((a) => guessService(a, 'self-hosted') === undefined) ?? apps[0];
    for (const a of apps) if (a !== application) tags.push(`runs:${a}`);
    const named = runs?.guess && catalogEntry(runs.guess.sourceService)?.family !== 'vm' ? runs.guess.sourceService : platform.service;
    const kind: WorkloadKind = runs?.guess?.kind ?? 'compute';
    const guesses: ReviewNote[] = runs ? [{ field: 'sourceService', basis: 'technology', source: runs.text }, { field: 'kind', basis: 'technology', source: runs.text }] : [];
    // No hypervisor named, or one the catalog has no product for (Hyper-V, Xen): vSphere stands in, to be checked.
    if (!platform.known) guesses.push(hypervisor === '' ? { field: 'sourceService', basis: 'default' } : { field: 'sourceService', basis: 'value', source: hypervisor });
    const environment = mapEnumValue('environment', r.get('Environment', 'Env', '环境'));
    const owner = r.get('Owner', 'Team', '负责人', '团队');
    const region = r.get(...DATACENTRE);
    const dns = r.get(...DNS);
    const id = out.addWorkload({
      ids: [r.get(...ID) || undefined, name],
      name,
      kind,
      sourceService: named,
      ...(region ? { region } : {}),
      instances: 1,
      ...(dataGb !== undefined ? { dataGb: round(dataGb) } : {}),
      ...(application !== undefined ? { application } : {}),
      ...(environment !== undefined ? { environment } : {}),
      ...(owner ? { owner } : {}),
      tags,
      guesses: dedupe(guesses),
      aliases: [ip, dns].filter((s) => s !== ''),
      origin: r.at(),
    });
    for (const ref of splitReferences(r.get('Depends on', 'Dependencies', 'Calls', '依赖', '依赖于'))) out.addReference({ from: id, to: ref, origin: r.at('Depends on') });
  }
  if (templates > 0) out.skip('dc.templates', `${templates} VM template${templates === 1 ? '' : 's'} in ${file.name}: templates run nothing, so they are not workloads.`, { file: file.name }, { count: templates });
}

/** The self-hosted product a server runs on, from its hypervisor or type column (or an OS that is a hypervisor). */
function platformOf(hypervisor: string, os: string): { service: string; known: boolean } {
  const text = `${hypervisor} ${os}`.toLowerCase();
  if (/physical|bare[\s-]?metal|物理/.test(text)) return { service: 'self-hosted.bare-metal', known: true };
  // Huawei FusionCompute, H3C CAS, ZStack and SmartX run KVM underneath.
  if (/kvm|proxmox|openstack|qemu|ovirt|zstack|smartx|fusioncompute|h3c\s*cas/.test(text)) return { service: 'self-hosted.kvm-vm', known: true };
  return { service: 'self-hosted.vmware-vm', known: /vmware|vsphere|esxi/.test(text) };
}

/** A guess that names a self-run product (a database, a cache, a broker, storage, a directory), not just "a VM". */
function isSelfRunProduct(service: string, kind: WorkloadKind): boolean {
  const family = catalogEntry(service)?.family;
  return kind !== 'compute' || (family !== undefined && family !== 'vm' && family !== 'bare-metal');
}

function readNumber(r: CsvRecord, names: readonly string[], out: FragmentBuilder): number | undefined {
  for (const n of names) {
    const text = r.get(n);
    if (text === '') continue;
    const value = parseNumber(text);
    if (value !== undefined && !Number.isNaN(value) && value >= 0) return value;
    out.warn('dc.badNumber', `Row ${r.row}: ${n} '${text}' is not a number; it is left out.`, r.at(n), { row: r.row, field: n, value: text });
    return undefined;
  }
  return undefined;
}

/** A size in GB from the first column present, a cell like `100; 200`, `2x500 GB` or `1.5 TB` summed. */
function readSize(r: CsvRecord, columns: readonly (readonly [string, Unit])[], out: FragmentBuilder): number | undefined {
  for (const [n, unit] of columns) {
    const text = r.get(n);
    if (text === '') continue;
    let total = 0;
    for (const part of text.split(/[;+|\n]|,\s+/).map((p) => p.trim()).filter((p) => p !== '')) {
      const times = /^(\d+)\s*[x×*]\s*(.+)$/i.exec(part);
      const size = parseGigabytes(times?.[2] ?? part, unit);
      if (size === undefined || Number.isNaN(size) || size < 0) {
        out.warn('dc.badSize', `Row ${r.row}: ${n} '${text}' is not a size; it is left out.`, r.at(n), { row: r.row, field: n, value: text });
        return undefined;
      }
      total += size * Number(times?.[1] ?? 1);
    }
    return total;
  }
  return undefined;
}

const round = (n: number) => Math.round(n * 10) / 10;

function dedupe(notes: readonly ReviewNote[]): ReviewNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.field) ? false : (seen.add(n.field), true)));
}
