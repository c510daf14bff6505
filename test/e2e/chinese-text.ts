/**
 * What counts as English left in the Chinese app: the Latin words of a text once the names it may
 * quote are taken out. What may stay in Latin letters is written down here and kept short:
 * - the open project's own words: what its authors typed (names of the project, workloads,
 *   applications, teams, scenarios, baselines, tags, notes, ids) and the sources its assumptions
 *   and risks cite, which stay as written (they cite English publications; docs/architecture.md);
 * - product names: the catalog's products and the providers' own brand names;
 * - KEPT_WORDS: units, formats, key names and the abbreviations Chinese writes in Latin letters.
 * A region, a freeze or a holiday Decamp named is not the user's: it must read in Chinese.
 */
import { CATALOG, OWN_DATA_CENTRE, REGIONS } from '../../shared/catalog';
import { DEFAULT_ASSUMPTIONS } from '../../shared/model/default-assumptions';
import { DEFAULT_RISK_WORDS } from '../../shared/model/default-risk-texts';
import type { Project } from '../../shared/model/schema';

/** Latin words a Chinese text keeps. Each is a unit, a file format or tool, a key, or a term Chinese writes in Latin letters. */
export const KEPT_WORDS: ReadonlySet<string> = new Set([
  // units and figures
  'GB', 'TB', 'PB', 'MB', 'Mbit', 'Gbit', 'ms', 'fps', 'CN', 'US', 'HK', 'EUR', 'USD', 'CNY', 'HKD', 'SGD', 'JPY', 'GBP',
  // keys on the keyboard
  'Ctrl', 'Alt', 'Shift', 'Enter', 'Esc', 'Tab', 'Insert', 'Delete', 'Del', 'Space', 'Home', 'End', 'PgUp', 'PgDn',
  // file formats and the tools the exports are read in
  'CSV', 'XLSX', 'DOCX', 'PDF', 'HTML', 'JSON', 'ICS', 'XML', 'Markdown', 'Mermaid', 'Excel', 'Word', 'Jira', 'Azure', 'iCalendar',
  'Terraform', 'tf', 'HCL', 'Kubernetes', 'Compose', 'YAML', 'CMDB', 'Konveyor', 'ServiceNow', 'Decamp',
  // terms Chinese writes in Latin letters: regulation, networking and product abbreviations
  'ICP', 'MLPS', 'PIPL', 'CAC', 'IDC', 'AccessKey', 'AK', 'SK', 'DNS', 'TTL', 'MTU', 'VPN', 'IoT', 'API', 'SLA', 'RPO', 'RTO', 'ID', 'IP', 'CIDR', 'SaaS', 'Wiki', 'AWS',
  // tools and terms named in the texts: copy and backup tools, a Kubernetes Pod, project tools that open the exports, the issue types Jira and Azure Boards create
  'rsync', 'rclone', 'Velero', 'Pod', 'ProjectLibre', 'GanttProject', 'Epic', 'Story', 'Task',
]);

/** Names of more than one word that Chinese writes as they are. */
export const KEPT_PHRASES: readonly string[] = [
  'MS Project', 'Azure DevOps', 'Azure Boards', 'Jira Cloud', 'User Story', 'Azure Migrate', 'AWS Migration Hub',
  // the command line the JSON export matches; the map library's attribution link, whose label the library fixes
  'decamp plan --json', 'React Flow attribution', 'React Flow',
  // a language list names each language in that language
  'English',
];

/** Every string in the project that its authors wrote: names, ids, notes, tags, descriptions, cited sources. */
export function projectPhrases(project: Project): string[] {
  const out: string[] = [project.project.name, project.project.description ?? ''];
  for (const w of project.workloads) out.push(w.id, w.name, w.notes ?? '', w.application ?? '', w.sourceService, w.region ?? '', w.target?.region ?? '', w.target?.service ?? '', ...(w.tags ?? []));
  for (const d of project.dependencies) out.push(d.id, d.note ?? '');
  for (const t of project.teams) out.push(t.id, t.name);
  for (const s of project.scenarios ?? []) out.push(s.id, s.name, s.description ?? '');
  for (const b of project.baselines ?? []) out.push(b.id, b.name);
  for (const a of project.assumptions) out.push(a.id, a.source);
  for (const a of Object.values(DEFAULT_ASSUMPTIONS)) out.push(a.source);
  for (const r of Object.values(DEFAULT_RISK_WORDS)) out.push(r.source);
  const defaults = new Set(Object.values(DEFAULT_RISK_WORDS).flatMap((w): string[] => [w.title, w.description, 'mitigation' in w ? w.mitigation : '']));
  for (const r of project.risks ?? []) out.push(r.id, r.source, ...[r.title, r.description ?? '', r.mitigation?.description ?? ''].filter((x) => !defaults.has(x)));
  for (const w of project.waves ?? []) out.push(w.name ?? '');
  for (const r of project.project.exchangeRates ?? []) out.push(r.source);
  for (const id of Object.values(project.project.targetRegions ?? {})) out.push(id ?? '');
  return out.filter((p) => p.trim().length > 0);
}

/** The catalog's product names (and the words they are known by), which are names in every language. */
export function productPhrases(): string[] {
  const out: string[] = [];
  for (const p of CATALOG) {
    out.push(p.id, p.name, ...p.aliases, p.targetName ?? '');
    for (const eq of Object.values(p.targets)) out.push(eq.service, ...eq.alternatives);
  }
  // Region ids are the providers' own codes (cn-north-1, ap-shanghai); their names are not, and must be translated.
  for (const regions of Object.values(REGIONS)) for (const r of regions) out.push(r.id);
  out.push(OWN_DATA_CENTRE);
  return out.filter((p) => p.trim().length > 0);
}

export interface EnglishFound {
  readonly words: readonly string[];
  readonly text: string;
}

/**
 * The English words in each text once the allowed phrases (longest first) and kept words are taken
 * out. A token holding a digit (P80, cn-north-1, v2) is a figure or an id, not a word.
 */
export function englishIn(texts: readonly string[], phrases: readonly string[]): EnglishFound[] {
  const sorted = [...new Set([...phrases, ...KEPT_PHRASES])].sort((a, b) => b.length - a.length);
  const found: EnglishFound[] = [];
  for (const text of new Set(texts)) {
    if (!/[A-Za-z]{2,}/.test(text)) continue;
    let rest = text;
    // A phrase counts where it stands as a whole ("acr" is a workload's id, not the middle of "across").
    for (const p of sorted) if (rest.includes(p)) rest = rest.replace(new RegExp(`(?<![A-Za-z0-9])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g'), ' ');
    const words = (rest.match(/[A-Za-z0-9][A-Za-z0-9._/-]*/g) ?? [])
      .filter((tok) => !/\d/.test(tok))
      .flatMap((tok) => tok.split(/[._/-]+/))
      .filter((w) => /^[A-Za-z]{2,}$/.test(w) && !KEPT_WORDS.has(w));
    if (words.length > 0) found.push({ words, text });
  }
  return found;
}
