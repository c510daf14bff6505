/**
 * The executive summary's lead when the project has a date to meet: the chance the runs give of
 * being done by it, what most threatens it and the single changes that bring it to 80% (the engine's
 * `schedule.toReach80`), in the document's language (`target-date:` namespace, shared with the app).
 */
import type { Plan, TargetLever } from '../plan/types';
import type { DocumentFormat } from './format';
import type { ExportText } from './i18n';
import { driverTitle, registerText, registerTitle } from './plan-facts';

/** The report's block shapes this lead uses (report-model.ts owns the union). */
type Block = { readonly type: 'subheading'; readonly text: string } | { readonly type: 'paragraph'; readonly text: string; readonly tone?: 'lead' | 'muted' } | { readonly type: 'list'; readonly items: readonly string[] };

const SHOWN = 3;
const CONFIDENT = 0.8;

export function targetDateBlocks(plan: Plan, text: ExportText, fmt: DocumentFormat): Block[] {
  const { targetDate, onTimeProbability: chance, toReach80 = [] } = plan.schedule;
  if (targetDate === undefined || chance === undefined) return [];
  const { t } = text;
  const date = fmt.date(targetDate);
  const met = chance >= CONFIDENT;
  const blocks: Block[] = [
    { type: 'subheading', text: t('target-date:report.heading', { date }) },
    { type: 'paragraph', tone: 'lead', text: `${t('target-date:report.chance', { percent: fmt.percent(chance), date })} ${met ? t('target-date:report.met') : t('target-date:report.short', { p80: fmt.date(plan.schedule.p80End) })}` },
  ];
  if (met) return blocks;
  const colon = text.lng === 'en' ? ': ' : '：';
  const threats = plan.simulation.drivers
    .filter((d) => d.onTimeWithout !== undefined && d.onTimeWithout > chance)
    .sort((a, b) => b.onTimeWithout! - a.onTimeWithout! || b.daysAtP80 - a.daysAtP80)
    .slice(0, SHOWN);
  if (threats.length > 0) {
    blocks.push({ type: 'paragraph', text: t('target-date:report.threats') });
    blocks.push({ type: 'list', items: threats.map((d) => `${driverTitle(d, text)}${colon}${fmt.percent(d.onTimeWithout!)}`) });
  }
  const levers = distinctLevers(toReach80, SHOWN);
  if (levers.length > 0) {
    blocks.push({ type: 'paragraph', text: t(levers.some((l) => l.onTimeProbability >= CONFIDENT) ? 'target-date:report.levers' : 'target-date:report.leversShort') });
    blocks.push({ type: 'list', items: levers.map((l) => `${leverText(l, text)}${colon}${fmt.percent(l.onTimeProbability)}`) });
  } else {
    blocks.push({ type: 'paragraph', tone: 'muted', text: t('target-date:noLever') });
  }
  return blocks;
}

/**
 * The first `n` levers, one per team for added engineers (the list is in the engine's order, so the
 * one kept is the smallest that reaches 80%, or the best one): "5, 4 and 3 more engineers in one
 * team" are one choice, not three.
 */
export function distinctLevers(levers: readonly TargetLever[], n: number): TargetLever[] {
  const seen = new Set<string>();
  const out: TargetLever[] = [];
  for (const l of levers) {
    const key = l.change.kind === 'engineer' ? `engineer:${String(l.change.params.teamId)}` : l.change.id;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
    if (out.length === n) break;
  }
  return out;
}

/** A lever from its code and params; the engine's English title when the catalog lacks the code. */
export function leverText(l: TargetLever, text: Pick<ExportText, 't'>): string {
  const key = l.change.code.replace(/^lever\./, '');
  // A mitigation names its risk and says what it does in the register's words, translated while they are the defaults.
  const p = key === 'mitigation' && typeof l.change.params.risk === 'string' ? { ...l.change.params, risk: registerTitle(l.change.params.risk, text), mitigation: registerText('mitigation', String(l.change.params.mitigation ?? ''), text) } : l.change.params;
  const count = key === 'engineers' ? Number(p.extra) : key === 'offline' ? Number(p.days) : undefined;
  return text.t(`target-date:lever.${key}`, { ...p, ...(count !== undefined ? { count } : {}), defaultValue: l.change.title });
}
