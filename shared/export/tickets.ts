/**
 * The plan as a tree of tickets, shared by the Jira and Azure DevOps exports: an epic per wave, a
 * story per workload, a sub-task per runbook step, each saying in its description what it waits
 * for (the tools keep only parent-child links from a CSV import).
 */
import type { Project } from '../model/schema';
import type { Plan, Wave } from '../plan/types';
import { dayOrRange, documentFormat } from './format';
import { createExportText, type ExportText } from './i18n';
import { namesFor, type Names } from './names';
import type { ExportOptions } from './options';
import { datedSteps } from '../layout/timeline/step-dates';

export interface Ticket {
  readonly level: 'epic' | 'story' | 'task';
  /** Stable within one export: `wave-1`, `wave-1/web`, `wave-1/web/web:cutover.switch`. */
  readonly key: string;
  readonly parentKey?: string;
  readonly summary: string;
  readonly description: string;
  readonly labels: readonly string[];
  readonly start: string;
  readonly due: string;
}

export interface TicketTree {
  readonly text: ExportText;
  readonly names: Names;
  /** One epic per wave with its stories and their tasks, in plan order. */
  readonly waves: readonly { readonly wave: Wave; readonly epic: Ticket; readonly stories: readonly { readonly story: Ticket; readonly tasks: readonly Ticket[] }[] }[];
}

/** Labels may not contain spaces (Jira); ids are slugs already. */
const label = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');

export function ticketTree(project: Project, plan: Plan, options: ExportOptions): TicketTree {
  const text = createExportText(options.messages, options.lang);
  const { t } = text;
  const names = namesFor(project, plan.waves, text, plan.moveGroups);
  const fmt = documentFormat(options.lang, project.project.currency);
  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const steps = datedSteps(plan, project.calendar);
  const stepsById = new Map(steps.map((s) => [s.step.id, s]));
  const waveOf = new Map<string, Wave>();
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, w);
  const waits = (items: readonly string[]) => (items.length > 0 ? t('export:tickets.waitsFor', { items: text.list(items) }) : t('export:tickets.waitsForNothing'));

  return {
    text,
    names,
    waves: plan.waves.map((wave) => {
      const waveLabel = label(`decamp-${wave.id}`);
      const epic: Ticket = {
        level: 'epic',
        key: wave.id,
        summary: `${names.wave(wave)}: ${project.project.name}`,
        description: [
          t('export:tickets.epicDescription', { wave: names.wave(wave), start: fmt.date(wave.start), end: fmt.date(wave.end), cutover: dayOrRange(t, fmt.date, wave.cutover.start, wave.cutover.end), p50: fmt.date(wave.p50End), p80: fmt.date(wave.p80End), p95: fmt.date(wave.p95End) }),
          waits(plan.waves.filter((w) => w.index < wave.index).map((w) => names.wave(w))),
        ].join('\n\n'),
        labels: ['decamp', waveLabel],
        start: wave.start,
        due: wave.end,
      };
      const stories = wave.workloadIds.map((id) => {
        const w = workloads.get(id);
        const needs = project.dependencies.filter((d) => d.from === id && waveOf.get(d.to) !== undefined).map((d) => `${names.workload(d.to)} (${names.wave(waveOf.get(d.to)!)})`);
        const mine = steps.filter((s) => s.step.workloadId === id && s.wave.id === wave.id);
        const story: Ticket = {
          level: 'story',
          key: `${wave.id}/${id}`,
          parentKey: wave.id,
          summary: names.workload(id),
          description: [
            w ? t('export:tickets.storyDescription', { workload: w.name, kind: t(`common:kind.${w.kind}`), criticality: t(`common:criticality.${w.criticality}`), source: names.service(w.sourceService), target: names.targetOf(id), strategy: t(`common:strategy.${w.strategy}`), team: names.team(w.team) }) : names.workload(id),
            waits([...new Set(needs)]),
          ].join('\n\n'),
          labels: ['decamp', waveLabel, label(`decamp-${w?.kind ?? 'workload'}`)],
          start: mine[0]?.start ?? wave.start,
          due: mine.length > 0 ? mine.reduce((m, s) => (s.end > m ? s.end : m), mine[0]!.end) : wave.end,
        };
        const tasks = mine.map((s): Ticket => ({
          level: 'task',
          key: `${wave.id}/${id}/${s.step.id}`,
          parentKey: story.key,
          summary: text.stepText(s.step, names.workload(id), names.targetOf(id)),
          description: [
            t('export:tickets.stepDescription', { phase: t(`export:runbook.phaseName.${s.step.phase}`), workload: names.workload(id), due: fmt.date(s.end) }),
            waits(s.step.after.map((a) => stepsById.get(a)).filter((x) => x !== undefined).map((x) => text.stepText(x.step, names.workload(x.step.workloadId), names.targetOf(x.step.workloadId)))),
          ].join('\n\n'),
          labels: ['decamp', waveLabel, label(`decamp-${s.step.phase}`)],
          start: s.start,
          due: s.end,
        }));
        return { story, tasks };
      });
      return { wave, epic, stories };
    }),
  };
}

/**
 * Splits the tree into files of at most `limit` rows, parents before children in each file. Waves
 * stay whole where they fit; a wave larger than a file is cut between stories, and each part
 * repeats the epic (named `part n of m`) so every child's parent is in its own file.
 */
export function packTickets(tree: TicketTree, limit: number, partLabel: (n: number, of: number) => string): Ticket[][] {
  type Chunk = Ticket[];
  const chunks: Chunk[] = [];
  for (const w of tree.waves) {
    const size = 1 + w.stories.reduce((n, s) => n + 1 + s.tasks.length, 0);
    if (size <= limit) {
      chunks.push([w.epic, ...w.stories.map((s) => s.story), ...w.stories.flatMap((s) => s.tasks)]);
      continue;
    }
    const parts: (typeof w.stories)[number][][] = [[]];
    let used = 1;
    for (const s of w.stories) {
      const n = 1 + s.tasks.length;
      if (used + n > limit && parts.at(-1)!.length > 0) {
        parts.push([]);
        used = 1;
      }
      parts.at(-1)!.push(s);
      used += n;
    }
    parts.forEach((stories, i) => {
      const epic: Ticket = { ...w.epic, key: `${w.epic.key}#${i + 1}`, summary: `${w.epic.summary} (${partLabel(i + 1, parts.length)})` };
      chunks.push([epic, ...stories.map((s) => ({ ...s.story, parentKey: epic.key })), ...stories.flatMap((s) => s.tasks)]);
    });
  }
  // Pack whole chunks into files.
  const files: Ticket[][] = [];
  for (const chunk of chunks) {
    const last = files.at(-1);
    if (last && last.length + chunk.length <= limit) last.push(...chunk);
    else files.push([...chunk]);
  }
  // Within a file: every epic, then stories, then tasks.
  const rank = { epic: 0, story: 1, task: 2 } as const;
  return files.map((f) => f.map((t, i) => ({ t, i })).sort((a, b) => rank[a.t.level] - rank[b.t.level] || a.i - b.i).map((x) => x.t));
}
