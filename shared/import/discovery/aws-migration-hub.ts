/**
 * The AWS Migration Hub (Application Discovery Service) import template: one server per row, read
 * by its column names (ExternalId, HostName, IPAddress, CPU.NumberOfCores, RAM.TotalSizeInMB,
 * OS.Name, Applications, Tags ...); columns it does not know are ignored.
 */
import { defaultSourceServiceForKind } from '../../catalog';
import type { ImportFormat } from '../format';
import { splitReferences } from '../references';
import { parseNumber } from '../tabular/quantities';
import { csvHeaders, csvRecords, hasHeaders } from './records';

export const awsImportFormat: ImportFormat = {
  id: 'aws-import',
  label: 'AWS Migration Hub import template (CSV)',
  extensions: ['csv'],
  detect(file) {
    if (file.text === null) return 0;
    const h = csvHeaders(file);
    return hasHeaders(h, 'ExternalId') && (hasHeaders(h, 'HostName') || hasHeaders(h, 'IPAddress') || hasHeaders(h, 'VMware.VMName')) ? 10 : 0;
  },
  read(files, out, context) {
    const compute = defaultSourceServiceForKind(context.sourceProvider, 'compute')?.id ?? `${context.sourceProvider}.other`;
    for (const file of files) {
      for (const r of csvRecords(file, out)) {
        const externalId = r.get('ExternalId');
        const name = r.get('HostName', 'VMware.VMName', 'IPAddress') || externalId;
        if (name === '') {
          out.skip('aws.noName', `Row ${r.row} has no ExternalId, HostName or IPAddress.`, r.at(), { row: r.row });
          continue;
        }
        const tags: string[] = ['aws-import'];
        const cores = parseNumber(r.get('CPU.NumberOfCores', 'CPU.NumberOfLogicalCores', 'CPU.NumberOfProcessors'));
        const ramMb = parseNumber(r.get('RAM.TotalSizeInMB'));
        const os = r.get('OS.Name');
        if (cores !== undefined && !Number.isNaN(cores)) tags.push(`cpu:${cores}`);
        if (ramMb !== undefined && !Number.isNaN(ramMb)) tags.push(`memory:${Math.round((ramMb / 1024) * 10) / 10}GB`);
        if (os) tags.push(`os:${[os, r.get('OS.Version')].filter(Boolean).join(' ')}`);
        const ip = r.get('IPAddress');
        if (ip) tags.push(`ip:${ip}`);
        // Tags are "key:value" pairs separated by semicolons in the template.
        for (const t of splitReferences(r.get('Tags'))) tags.push(t.includes(':') || t.includes('=') ? t.replace('=', ':') : t);
        const applications = splitReferences(r.get('Applications'));
        const wave = r.get('ApplicationWave');
        if (wave) tags.push(`wave:${wave}`);
        out.addWorkload({
          ids: [externalId || undefined, name],
          name,
          kind: 'compute',
          sourceService: compute,
          ...(applications[0] !== undefined ? { application: applications[0] } : {}),
          tags,
          guesses: [{ field: 'sourceService', basis: 'default' }],
          aliases: [externalId, name, ip].filter((s) => s !== ''),
          origin: r.at(),
        });
      }
    }
  },
};
