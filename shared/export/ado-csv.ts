/**
 * Azure DevOps (Azure Boards) CSV import of new work items: a blank `ID`, `Work Item Type`, and
 * the tree through `Title 1` / `Title 2` / `Title 3` (an item's title sits in the column of its
 * level; the nearest row above it one level up is its parent). Epic per wave, User Story per
 * workload, Task per runbook step. The import keeps only parent-child links, so each description
 * says what the item waits for. Azure Boards imports at most 1,000 work items per file.
 */
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';
import { toCsv } from './csv';
import type { ExportOptions } from './options';
import { packTickets, ticketTree, type Ticket } from './tickets';

export const ADO_MAX_ITEMS = 1_000;
export const ADO_COLUMNS = ['ID', 'Work Item Type', 'Title 1', 'Title 2', 'Title 3', 'Description', 'Tags', 'Start Date', 'Target Date'] as const;
const TYPE = { epic: 'Epic', story: 'User Story', task: 'Task' } as const;

export function adoCsv(project: Project, plan: Plan, options: ExportOptions, maxItems = ADO_MAX_ITEMS): string[] {
  const tree = ticketTree(project, plan, options);
  // Title columns need each child right under its parent, so keep tree order (not level order).
  const files = packTickets(tree, maxItems, (n, of) => tree.text.t('export:tickets.part', { n, of })).map(treeOrder);
  return files.map((tickets) =>
    toCsv(
      ADO_COLUMNS,
      tickets.map((ticket) => {
        const level = ticket.level === 'epic' ? 0 : ticket.level === 'story' ? 1 : 2;
        const titles = ['', '', ''];
        titles[level] = ticket.summary;
        // ADO renders Description as HTML: keep the paragraphs.
        const description = ticket.description
          .split('\n\n')
          .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
          .join('');
        return ['', TYPE[ticket.level], ...titles, description, ticket.labels.join('; '), ticket.start, ticket.due];
      }),
    ),
  );
}

/** Epic, its stories each followed by their tasks. */
function treeOrder(tickets: readonly Ticket[]): Ticket[] {
  const children = new Map<string, Ticket[]>();
  for (const t of tickets) if (t.parentKey) (children.get(t.parentKey) ?? children.set(t.parentKey, []).get(t.parentKey)!).push(t);
  const out: Ticket[] = [];
  const visit = (t: Ticket) => {
    out.push(t);
    for (const c of children.get(t.key) ?? []) visit(c);
  };
  for (const t of tickets) if (t.level === 'epic') visit(t);
  return out;
}
