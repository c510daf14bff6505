/**
 * The risk register a project starts with, derived from its estate: only the risks its estate can
 * meet (no ICP risk without an ICP filing, no rollback risk without a mission-critical database).
 * Every figure says where it comes from or why it is the model's judgement; the user edits, adds
 * and disables them (`risks` in the project file). A file without `risks` plans with these.
 *
 * The chances are per occurrence: per matching cutover or wave, per team, or once per program, as
 * `hits` says. Impacts are working days added, or a share of the task they hit. The words are in
 * default-risk-texts.ts, by code, so the app and the documents can translate them.
 */
import { complianceGates } from '../catalog/compliance-gates';
import { DEFAULT_RISK_WORDS as WORDS } from './default-risk-texts';
import type { Project, RiskEntry } from './schema';

/** The default register for a project, in a stable order. */
export function defaultRiskRegister(project: Pick<Project, 'project' | 'workloads' | 'teams' | 'calendar'>): RiskEntry[] {
  const moving = project.workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
  const risks: RiskEntry[] = [];

  if (moving.some((w) => w.kind === 'database' && w.criticality === 'mission-critical')) {
    risks.push({
      id: 'risk.database-cutover-rollback',
      title: WORDS['database-cutover-rollback'].title,
      description: WORDS['database-cutover-rollback'].description,
      probability: 0.2,
      impact: { type: 'days', optimistic: 3, likely: 5, pessimistic: 10 },
      hits: { kind: 'cutovers', per: 'workload', workloadKinds: ['database'], criticalities: ['mission-critical'] },
      mitigation: {
        description: WORDS['database-cutover-rollback'].mitigation,
        probability: 0.1,
        impact: { type: 'days', optimistic: 2, likely: 3, pessimistic: 5 },
        adopted: false,
      },
      enabled: true,
      source: WORDS['database-cutover-rollback'].source,
    });
  }

  // The gates that apply follow the regions (ICP only where a mainland domain moves to a new provider).
  const gates = complianceGates(project);
  if (gates.icp.applies) {
    risks.push({
      id: 'risk.icp-filing-sent-back',
      title: WORDS['icp-filing-sent-back'].title,
      description: WORDS['icp-filing-sent-back'].description,
      probability: 0.3,
      impact: { type: 'days', optimistic: 5, likely: 10, pessimistic: 20 },
      hits: { kind: 'compliance', gate: 'icp' },
      enabled: true,
      source: WORDS['icp-filing-sent-back'].source,
    });
  }
  if (gates.mlps.applies) {
    risks.push({
      id: 'risk.mlps-rectification',
      title: WORDS['mlps-rectification'].title,
      description: WORDS['mlps-rectification'].description,
      probability: 0.4,
      impact: { type: 'days', optimistic: 5, likely: 10, pessimistic: 25 },
      hits: { kind: 'compliance', gate: 'mlps' },
      enabled: true,
      source: WORDS['mlps-rectification'].source,
    });
  }
  if (gates.pipl.applies) {
    risks.push({
      id: 'risk.pipl-supplements',
      title: WORDS['pipl-supplements'].title,
      description: WORDS['pipl-supplements'].description,
      probability: 0.4,
      impact: { type: 'days', optimistic: 10, likely: 20, pessimistic: 45 },
      hits: { kind: 'compliance', gate: 'pipl' },
      enabled: true,
      source: WORDS['pipl-supplements'].source,
    });
  }

  if (moving.some((w) => w.size.dataGb > 0)) {
    risks.push({
      id: 'risk.line-under-delivers',
      title: WORDS['line-under-delivers'].title,
      description: WORDS['line-under-delivers'].description,
      probability: 0.25,
      impact: { type: 'share', optimistic: 0.25, likely: 0.5, pessimistic: 1 },
      hits: { kind: 'phase', phase: 'transfer' },
      mitigation: {
        description: WORDS['line-under-delivers'].mitigation,
        probability: 0.1,
        impact: { type: 'share', optimistic: 0.1, likely: 0.25, pessimistic: 0.5 },
        adopted: false,
      },
      enabled: true,
      source: WORDS['line-under-delivers'].source,
    });
  }

  if (moving.some((w) => (w.environment ?? 'production') === 'production')) {
    risks.push({
      id: 'risk.unplanned-freeze',
      title: WORDS['unplanned-freeze'].title,
      description: WORDS['unplanned-freeze'].description,
      probability: 0.1,
      impact: { type: 'days', optimistic: 5, likely: 10, pessimistic: 15 },
      hits: { kind: 'cutovers', per: 'wave', environments: ['production'] },
      enabled: true,
      source: WORDS['unplanned-freeze'].source,
    });
  }

  if (project.teams.length > 0 && moving.length > 0) {
    risks.push({
      id: 'risk.key-people-unavailable',
      title: WORDS['key-people-unavailable'].title,
      description: WORDS['key-people-unavailable'].description,
      probability: 0.25,
      impact: { type: 'share', optimistic: 0.1, likely: 0.2, pessimistic: 0.4 },
      hits: { kind: 'team' },
      enabled: true,
      source: WORDS['key-people-unavailable'].source,
    });
  }
  return risks;
}
