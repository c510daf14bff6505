/**
 * ServiceNow CMDB exports: the relationship table (cmdb_rel_ci: parent, child, type such as
 * `Depends on::Used by`) and, beside it, a CI list (name, sys_class_name, ...). CSV exports carry
 * display values, so CIs are matched by name. The relationship type gives the direction and kind.
 */
import { defaultSourceServiceForKind } from '../../catalog';
import type { ReviewNote } from '../../model/review';
import type { DependencyKind, SourceProvider, WorkloadKind } from '../../model/vocabulary';
import type { ImportFormat } from '../format';
import type { FragmentBuilder } from '../fragment-builder';
import { guessService } from '../guess/technology';
import { mapEnumValue } from '../tabular/values';
import type { SourceLocation } from '../types';
import { csvHeaders, csvRecords, hasHeaders } from './records';

/** Relationship types (parent descriptor) and what the parent needs of the child; null: not a dependency. */
const RELATIONS: Readonly<Record<string, { kind: DependencyKind; tight?: boolean } | null>> = {
  'depends on': { kind: 'sync' },
  uses: { kind: 'sync' },
  'runs on': { kind: 'sync', tight: true },
  'hosted on': { kind: 'sync', tight: true },
  'virtualized by': { kind: 'sync', tight: true },
  'connects to': { kind: 'network' },
  'sends data to': { kind: 'data' },
  'receives data from': { kind: 'data' },
  'stored on': { kind: 'shared-storage', tight: true },
  'provides storage for': null,
  'authenticates with': { kind: 'auth' },
  contains: null,
  'members::member of': null,
  members: null,
  'cluster of': null,
  'instantiates': null,
};

/** CI classes (sys_class_name) by the words in them. */
function kindOfClass(cls: string): WorkloadKind | undefined {
  // Without the table prefix: the "db" in every `cmdb_ci_` class made each one a database.
  const c = cls.toLowerCase().replace(/^(u_)?(cmdb_ci_)?/, '');
  if (/db|database|sql|oracle|mongo/.test(c)) return 'database';
  if (/redis|memcache|cache/.test(c)) return 'cache';
  if (/kubernetes|docker|container|pod/.test(c)) return 'container';
  if (/lb|load_?balanc|network|router|switch|firewall|dns|vpc|subnet/.test(c)) return /firewall/.test(c) ? 'security' : 'network';
  if (/storage|san|nas|disk|volume|bucket|file_system/.test(c)) return 'storage';
  if (/queue|mq|kafka|message/.test(c)) return 'queue';
  if (/server|computer|vm|instance|appl|app_server|web_server|tomcat|jboss|iis|service/.test(c)) return 'compute';
  return undefined;
}

export const servicenowFormat: ImportFormat = {
  id: 'servicenow',
  label: 'ServiceNow CMDB (CI list and cmdb_rel_ci relationships, CSV)',
  extensions: ['csv'],
  detect(file) {
    if (file.text === null) return 0;
    const h = csvHeaders(file);
    if (hasHeaders(h, 'parent', 'child', 'type') && /::/.test(file.head(8192))) return 10;
    if (hasHeaders(h, 'sys_class_name') && (hasHeaders(h, 'name') || hasHeaders(h, 'sys_id'))) return 9;
    return 0;
  },
  read(files, out, context) {
    const ids = new Map<string, string>();
    const relations: { parent: string; child: string; type: string; at: SourceLocation }[] = [];
    for (const file of files) {
      const records = csvRecords(file, out);
      const isRelations = records.length > 0 && records.some((r) => r.get('parent') !== '' && r.get('child') !== '');
      if (isRelations) {
        for (const r of records) relations.push({ parent: r.get('parent', 'parent.name'), child: r.get('child', 'child.name'), type: r.get('type', 'type.name'), at: r.at() });
        continue;
      }
      for (const r of records) {
        const name = r.get('name', 'display_name');
        if (name === '') continue;
        ids.set(name.toLowerCase(), addCi(out, context.sourceProvider, name, r.get('sys_class_name'), {
          id: r.get('sys_id'),
          owner: r.get('support_group', 'owned_by', 'managed_by', 'assigned_to'),
          environment: r.get('environment', 'u_environment'),
          application: r.get('business_service', 'u_business_service', 'application'),
          criticality: r.get('business_criticality', 'u_criticality', 'busines_criticality'),
          ip: r.get('ip_address'),
          at: r.at(),
        }));
      }
    }
    const ciFor = (name: string, at: SourceLocation) => {
      const key = name.toLowerCase();
      const known = ids.get(key);
      if (known !== undefined) return known;
      const id = addCi(out, context.sourceProvider, name, '', { at });
      ids.set(key, id);
      return id;
    };
    const unknownTypes = new Map<string, number>();
    for (const rel of relations) {
      if (rel.parent === '' || rel.child === '') continue;
      const descriptor = rel.type.split('::')[0]?.trim().toLowerCase() ?? '';
      const meaning = RELATIONS[descriptor];
      if (meaning === undefined || meaning === null) {
        unknownTypes.set(rel.type || '(none)', (unknownTypes.get(rel.type || '(none)') ?? 0) + 1);
        continue;
      }
      out.addDependency({ from: ciFor(rel.parent, rel.at), to: ciFor(rel.child, rel.at), kind: meaning.kind, ...(meaning.tight ? { coupling: 'tight' as const } : {}), note: rel.type, origin: rel.at });
    }
    for (const [type, count] of unknownTypes) out.skip('servicenow.relationType', `${count} relationship${count === 1 ? '' : 's'} of type '${type}': not a dependency Decamp plans around.`, relations.find((r) => (r.type || '(none)') === type)?.at ?? { file: '' }, { type, count });
  },
};

function addCi(out: FragmentBuilder, provider: SourceProvider, name: string, cls: string, facts: { id?: string; owner?: string; environment?: string; application?: string; criticality?: string; ip?: string; at: SourceLocation }): string {
  const fromClass = cls !== '' ? kindOfClass(cls) : undefined;
  const service = cls !== '' ? guessService(cls.replace(/^u_|^cmdb_ci_/g, '').replace(/_/g, ' '), provider) : undefined;
  const kind: WorkloadKind = fromClass ?? service?.kind ?? 'compute';
  const guesses: ReviewNote[] = [{ field: 'sourceService', basis: cls !== '' ? 'technology' : 'default', ...(cls !== '' ? { source: cls } : {}) }];
  if (fromClass === undefined) guesses.push(cls !== '' ? { field: 'kind', basis: 'value', source: cls } : { field: 'kind', basis: 'default' });
  const criticality = facts.criticality ? mapEnumValue('criticality', facts.criticality.replace(/^\d+\s*-\s*/, '')) : undefined;
  const environment = facts.environment ? mapEnumValue('environment', facts.environment) : undefined;
  return out.addWorkload({
    ids: [name, facts.id],
    name,
    kind,
    sourceService: service && service.kind === kind ? service.sourceService : defaultSourceServiceForKind(provider, kind === 'database' || kind === 'cache' ? 'compute' : kind)?.id ?? `${provider}.other`,
    ...(facts.owner ? { owner: facts.owner } : {}),
    ...(facts.application ? { application: facts.application } : {}),
    ...(environment !== undefined ? { environment } : {}),
    ...(criticality !== undefined ? { criticality: criticality as 'low' } : {}),
    tags: ['servicenow', ...(cls ? [`class:${cls}`] : []), ...(facts.ip ? [`ip:${facts.ip}`] : [])],
    guesses,
    aliases: [name, ...(facts.id ? [facts.id] : [])],
    origin: facts.at,
  });
}
