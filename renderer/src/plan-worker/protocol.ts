/**
 * Messages between the page and the plan worker. A plan request gets its plan; a sensitivity
 * request gets the sensitivity of that project's plan; a compare request gets progress and then the
 * comparison of its scenarios. Every message, a cancel included, supersedes a sensitivity or compare
 * run still under way.
 */
import type { Project } from '../../../shared/model';
import type { Plan } from '../../../shared/plan/types';
import type { PaceForecast } from '../../../shared/scenarios/pace';
import type { CompareOutcome, SensitivityOutcome } from '../store/planner';

export type PlanRequest =
  | { readonly id: number; readonly kind: 'plan'; readonly project: Project }
  | { readonly id: number; readonly kind: 'sensitivity'; readonly project: Project }
  | { readonly id: number; readonly kind: 'compare'; readonly project: Project }
  | { readonly id: number; readonly kind: 'cancel' };

export type PlanResponse =
  | { readonly id: number; readonly kind: 'plan'; readonly ok: true; readonly plan: Plan; readonly ms: number; readonly pace?: PaceForecast }
  | { readonly id: number; readonly kind: 'plan'; readonly ok: false; readonly message: string }
  | { readonly id: number; readonly kind: 'sensitivity'; readonly outcome: SensitivityOutcome }
  | { readonly id: number; readonly kind: 'compare-progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly kind: 'compare'; readonly outcome: CompareOutcome };
