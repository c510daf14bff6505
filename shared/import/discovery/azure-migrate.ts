/**
 * Azure Migrate dependency analysis export (agentless): one row per connection seen in a timeslot,
 * aggregated into one dependency per pair of servers; the destination port suggests what the
 * destination is (3306: a database) and what kind the link is, both marked for review.
 */
import { defaultSourceServiceForKind } from '../../catalog';
import type { ReviewNote } from '../../model/review';
import type { WorkloadKind } from '../../model/vocabulary';
import type { ImportFormat } from '../format';
import { meaningOfPort, parsePort } from '../guess/ports';
import type { SourceLocation } from '../types';
import { csvHeaders, csvRecords, hasHeaders } from './records';

export const azureDepsFormat: ImportFormat = {
  id: 'azure-deps',
  label: 'Azure Migrate dependency analysis (CSV)',
  extensions: ['csv'],
  detect(file) {
    if (file.text === null) return 0;
    const h = csvHeaders(file);
    return hasHeaders(h, 'Source server name', 'Destination server name') || hasHeaders(h, 'Source server name', 'Destination port') ? 10 : 0;
  },
  read(files, out, context) {
    const compute = defaultSourceServiceForKind(context.sourceProvider, 'compute')?.id ?? `${context.sourceProvider}.other`;
    const servers = new Map<string, { id?: string; ports: Set<number>; apps: Set<string>; at: SourceLocation }>();
    const links = new Map<string, { from: string; to: string; ports: Set<number>; processes: Set<string>; slots: number; at: SourceLocation }>();
    const server = (name: string, at: SourceLocation) => {
      const known = servers.get(name);
      if (known) return known;
      const made = { ports: new Set<number>(), apps: new Set<string>(), at };
      servers.set(name, made);
      return made;
    };
    for (const file of files) {
      for (const r of csvRecords(file, out)) {
        const source = r.get('Source server name') || r.get('Source IP');
        const destination = r.get('Destination server name') || r.get('Destination IP');
        if (source === '' || destination === '') {
          out.skip('azure.incomplete', `Row ${r.row} names no source or destination server.`, r.at(), { row: r.row });
          continue;
        }
        const port = parsePort(r.get('Destination port'));
        const s = server(source, r.at());
        const d = server(destination, r.at());
        for (const app of [r.get('Source application')]) if (app) s.apps.add(app);
        for (const app of [r.get('Destination application')]) if (app) d.apps.add(app);
        if (port !== undefined) d.ports.add(port);
        const key = `${source}\u0000${destination}`;
        const link = links.get(key) ?? { from: source, to: destination, ports: new Set<number>(), processes: new Set<string>(), slots: 0, at: r.at() };
        if (port !== undefined) link.ports.add(port);
        const proc = [r.get('Source process'), r.get('Destination process')].filter(Boolean).join(' -> ');
        if (proc) link.processes.add(proc);
        link.slots++;
        links.set(key, link);
      }
    }
    for (const [name, s] of servers) {
      // A server that only answers on one well-known service port is probably that service.
      const meanings = [...s.ports].map(meaningOfPort).filter((m) => m !== undefined);
      const served = meanings.find((m) => m.kind !== 'compute');
      const kind: WorkloadKind = served?.kind ?? 'compute';
      const guesses: ReviewNote[] = [{ field: 'sourceService', basis: 'default' }];
      if (served) guesses.push({ field: 'kind', basis: 'port', source: String([...s.ports].find((p) => meaningOfPort(p) === served)) });
      const [application] = [...s.apps];
      s.id = out.addWorkload({ ids: [name], name, kind, sourceService: compute, ...(application !== undefined ? { application } : {}), tags: ['azure-migrate', ...[...s.apps].map((a) => `app:${a}`)], guesses, origin: s.at });
    }
    for (const link of links.values()) {
      const from = servers.get(link.from)?.id;
      const to = servers.get(link.to)?.id;
      if (from === undefined || to === undefined) continue;
      const port = [...link.ports].find((p) => meaningOfPort(p) !== undefined);
      const meaning = port !== undefined ? meaningOfPort(port) : undefined;
      out.addDependency({
        from,
        to,
        kind: meaning?.dependency ?? 'sync',
        note: `ports ${[...link.ports].sort((a, b) => a - b).join(', ') || 'unknown'}; ${link.slots} timeslot${link.slots === 1 ? '' : 's'}${link.processes.size > 0 ? `; ${[...link.processes].slice(0, 3).join(', ')}` : ''}`,
        guess: { basis: 'port', source: port !== undefined ? String(port) : 'no port' },
        origin: link.at,
      });
    }
  },
};
