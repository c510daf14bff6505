/**
 * Jira Cloud CSV import: `Issue ID`, `Issue Type`, `Summary`, `Parent`, `Description`, `Labels`,
 * `Start date`, `Due date`. The hierarchy goes through `Parent`, which holds the parent's
 * `Issue ID` (Epic Link is deprecated in Jira Cloud since 2024), and Jira needs parents listed
 * before children: epics, then stories, then sub-tasks. At most 10,000 rows per file.
 * Dates are yyyy-MM-dd (choose that date format in the importer).
 */
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';
import { toCsv } from './csv';
import type { ExportOptions } from './options';
import { packTickets, ticketTree } from './tickets';

export const JIRA_MAX_ROWS = 10_000;
export const JIRA_COLUMNS = ['Issue ID', 'Issue Type', 'Summary', 'Parent', 'Description', 'Labels', 'Labels', 'Labels', 'Start date', 'Due date'] as const;
const TYPE = { epic: 'Epic', story: 'Story', task: 'Sub-task' } as const;

export function jiraCsv(project: Project, plan: Plan, options: ExportOptions, maxRows = JIRA_MAX_ROWS): string[] {
  const tree = ticketTree(project, plan, options);
  const files = packTickets(tree, maxRows, (n, of) => tree.text.t('export:tickets.part', { n, of }));
  let next = 1;
  const ids = new Map<string, number>();
  return files.map((tickets) => {
    for (const ticket of tickets) ids.set(ticket.key, next++);
    return toCsv(
      JIRA_COLUMNS,
      tickets.map((ticket) => [ids.get(ticket.key)!, TYPE[ticket.level], ticket.summary, ticket.parentKey ? ids.get(ticket.parentKey) ?? '' : '', ticket.description, ticket.labels[0] ?? '', ticket.labels[1] ?? '', ticket.labels[2] ?? '', ticket.start, ticket.due]),
    );
  });
}
