/**
 * Konveyor (Tackle) application inventory CSV: `Record Type 1` = 1 rows are applications (name,
 * description, comments, business service, tags as category/tag pairs ...), = 2 rows dependencies
 * with a direction: northbound (the other application depends on this one) or southbound (this
 * one depends on it).
 */
import { defaultSourceServiceForKind } from '../../catalog';
import type { ImportFormat } from '../format';
import { csvHeaders, csvRecords, hasHeaders } from './records';

export const konveyorFormat: ImportFormat = {
  id: 'konveyor',
  label: 'Konveyor application inventory (CSV)',
  extensions: ['csv'],
  detect(file) {
    if (file.text === null) return 0;
    const h = csvHeaders(file);
    return hasHeaders(h, 'Record Type 1', 'Application Name') ? 10 : 0;
  },
  read(files, out, context) {
    const compute = defaultSourceServiceForKind(context.sourceProvider, 'compute')?.id ?? `${context.sourceProvider}.other`;
    for (const file of files) {
      const records = csvRecords(file, out);
      for (const r of records.filter((x) => x.get('Record Type 1') === '1')) {
        const name = r.get('Application Name');
        if (name === '') {
          out.skip('konveyor.noName', `Row ${r.row} is an application without a name.`, r.at('Application Name'), { row: r.row });
          continue;
        }
        const tags: string[] = ['konveyor'];
        for (let i = 1; i <= 40; i++) {
          const tag = r.get(`Tag ${i}`);
          if (tag === '') continue;
          const category = r.get(`Tag Category ${i}`);
          tags.push(category ? `${category}:${tag}` : tag);
        }
        const repo = r.get('Repository URL');
        if (repo) tags.push(`repo:${repo}`);
        const notes = [r.get('Description'), r.get('Comments')].filter(Boolean).join('\n');
        out.addWorkload({
          ids: [name],
          name,
          kind: 'compute',
          sourceService: compute,
          ...(r.get('Business Service') ? { application: r.get('Business Service') } : {}),
          tags,
          notes,
          guesses: [{ field: 'kind', basis: 'default' }, { field: 'sourceService', basis: 'default' }],
          origin: r.at(),
        });
      }
      for (const r of records.filter((x) => x.get('Record Type 1') === '2')) {
        const app = r.get('Application Name');
        const other = r.get('Dependency');
        const direction = r.get('Dependency Direction').toLowerCase();
        if (app === '' || other === '' || (direction !== 'northbound' && direction !== 'southbound')) {
          out.warn('konveyor.badDependency', `Row ${r.row}: a dependency needs an application, a dependency and a direction (northbound or southbound).`, r.at(direction === '' ? 'Dependency Direction' : 'Dependency'), { row: r.row });
          continue;
        }
        const [from, to] = direction === 'southbound' ? [app, other] : [other, app];
        out.addReference({ from, to, note: `Konveyor ${direction}`, origin: r.at() });
      }
      for (const r of records.filter((x) => !['1', '2'].includes(x.get('Record Type 1')))) out.skip('konveyor.recordType', `Row ${r.row} has record type '${r.get('Record Type 1')}', neither 1 (application) nor 2 (dependency).`, r.at('Record Type 1'), { row: r.row, recordType: r.get('Record Type 1') });
    }
  },
};
