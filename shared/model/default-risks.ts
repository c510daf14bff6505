/**
 * The risk register a project starts with, derived from its estate: only the risks its estate can
 * meet (no ICP risk without an ICP filing, no rollback risk without a mission-critical database).
 * Every figure says where it comes from or why it is the model's judgement; the user edits, adds
 * and disables them (`risks` in the project file). A file without `risks` plans with these.
 *
 * The chances are per occurrence: per matching cutover or wave, per team, or once per program, as
 * `hits` says. Impacts are working days added, or a share of the task they hit.
 */
import { complianceGates } from '../catalog/compliance-gates';
import type { Project, RiskEntry } from './schema';

const JUDGEMENT = 'Decamp planning model (judgement)';

/** The default register for a project, in a stable order. */
export function defaultRiskRegister(project: Pick<Project, 'project' | 'workloads' | 'teams' | 'calendar'>): RiskEntry[] {
  const moving = project.workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
  const risks: RiskEntry[] = [];

  if (moving.some((w) => w.kind === 'database' && w.criticality === 'mission-critical')) {
    risks.push({
      id: 'risk.database-cutover-rollback',
      title: 'A mission-critical database cutover fails and is rolled back',
      description:
        'Replication lag, a consistency check that fails or an application error after the switch sends the database back to the source; the wave waits for the cause to be fixed, the sync to catch up again and a new cutover window.',
      probability: 0.2,
      impact: { type: 'days', optimistic: 3, likely: 5, pessimistic: 10 },
      hits: { kind: 'cutovers', per: 'workload', workloadKinds: ['database'], criticalities: ['mission-critical'] },
      mitigation: {
        description: 'Rehearse the cutover end to end twice on a production-sized copy, with the reverse sync running, before the real window.',
        probability: 0.1,
        impact: { type: 'days', optimistic: 2, likely: 3, pessimistic: 5 },
        adopted: false,
      },
      enabled: true,
      source:
        `${JUDGEMENT}: one first cutover in five of a mission-critical database is rolled back or postponed. The impact follows GitLab's 2018 move from Azure to Google Cloud: the failover planned for 28 July ran on 11 August, two weeks late, after the rehearsal found problems (GitLab blog, 2018).`,
    });
  }

  // The gates that apply follow the regions (ICP only where a mainland domain moves to a new provider).
  const gates = complianceGates(project);
  if (gates.icp.applies) {
    risks.push({
      id: 'risk.icp-filing-sent-back',
      title: 'The ICP filing is sent back for corrections',
      description: 'The provincial communications administration rejects the filing (a name, document or address that does not match); it is corrected and resubmitted, and the review starts again.',
      probability: 0.3,
      impact: { type: 'days', optimistic: 5, likely: 10, pessimistic: 20 },
      hits: { kind: 'compliance', gate: 'icp' },
      enabled: true,
      source:
        'Alibaba Cloud ICP filing help (review progress): the provider checks a filing in about 1 working day, the provincial administration in 1-20 working days, and a rejected filing is corrected and submitted again; the 30% chance of one rejection is the model\'s judgement from the length of the providers\' lists of common rejection reasons.',
    });
  }
  if (gates.mlps.applies) {
    risks.push({
      id: 'risk.mlps-rectification',
      title: 'The MLPS assessment finds gaps that must be fixed before sign-off',
      description: 'The assessor lists controls the new environment lacks (log retention, access control, backup); they are built and re-checked before the level is confirmed.',
      probability: 0.4,
      impact: { type: 'days', optimistic: 5, likely: 10, pessimistic: 25 },
      hits: { kind: 'compliance', gate: 'mlps' },
      enabled: true,
      source: `${JUDGEMENT}: a rebuilt environment is assessed against GB/T 22239-2019 for the first time; rectification rounds are common in a first assessment, and each takes one to five weeks.`,
    });
  }
  if (gates.pipl.applies) {
    risks.push({
      id: 'risk.pipl-supplements',
      title: 'The CAC asks for supplementary material on the cross-border data assessment',
      description: 'The review clock stops while the material is prepared and starts again when it is filed.',
      probability: 0.4,
      impact: { type: 'days', optimistic: 10, likely: 20, pessimistic: 45 },
      hits: { kind: 'compliance', gate: 'pipl' },
      enabled: true,
      source: 'Measures for the Security Assessment of Outbound Data Transfers (CAC, 2022), art. 12: the 45-working-day review may be extended, and the time to supplement material is not counted; the 40% chance is the model\'s judgement.',
    });
  }

  if (moving.some((w) => w.size.dataGb > 0)) {
    risks.push({
      id: 'risk.line-under-delivers',
      title: 'The data line under-delivers',
      description: 'The dedicated line is handed over late, shared with production traffic or throttled at one end, so the copies run well below the planned rate.',
      probability: 0.25,
      impact: { type: 'share', optimistic: 0.25, likely: 0.5, pessimistic: 1 },
      hits: { kind: 'phase', phase: 'transfer' },
      mitigation: {
        description: 'Order the line early, test its real throughput with the migration tool a month ahead, and keep production traffic off it.',
        probability: 0.1,
        impact: { type: 'share', optimistic: 0.1, likely: 0.25, pessimistic: 0.5 },
        adopted: false,
      },
      enabled: true,
      source: `${JUDGEMENT}: the line's ordinary variation is in transfer.efficiencyLow/High; this is the event on top of it, a copy taking a quarter to twice as long again. Alibaba Cloud's Data Online Migration guide asks for a rate limit or off-peak runs because a migration job competes with the business for the same network.`,
    });
  }

  if (moving.some((w) => (w.environment ?? 'production') === 'production')) {
    risks.push({
      id: 'risk.unplanned-freeze',
      title: 'A change freeze the calendar does not show catches a cutover',
      description: 'A campaign, an audit or the review after an incident stops changes for a while, and a production cutover that was ready waits.',
      probability: 0.1,
      impact: { type: 'days', optimistic: 5, likely: 10, pessimistic: 15 },
      hits: { kind: 'cutovers', per: 'wave', environments: ['production'] },
      enabled: true,
      source: `${JUDGEMENT}: the calendar holds the freezes known today (Double 11, 618, Spring Festival, year-end close); shops and banks add freezes for their own campaigns and after incidents, about one production cutover in ten meets one, for one to three weeks.`,
    });
  }

  if (project.teams.length > 0 && moving.length > 0) {
    risks.push({
      id: 'risk.key-people-unavailable',
      title: 'Key people are unavailable for weeks',
      description: 'An engineer who knows a system leaves, falls ill or is pulled onto an incident; the team slows while someone else learns it.',
      probability: 0.25,
      impact: { type: 'share', optimistic: 0.1, likely: 0.2, pessimistic: 0.4 },
      hits: { kind: 'team' },
      enabled: true,
      source:
        'LinkedIn (2018 workforce report): software had the highest annual employee turnover of any industry, 13.2%; over a half-year program a team of four to six loses someone with a chance near 25-30%. The impact, a tenth to two fifths more time for that team, is the model\'s judgement of hand-over and learning time.',
    });
  }
  return risks;
}
