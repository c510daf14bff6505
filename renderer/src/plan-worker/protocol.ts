/**
 * Messages between the page and the plan worker. Each request gets its plan first, then, in a
 * second message, the sensitivity of that plan (unless a newer request cancelled it).
 */
import type { Project } from '../../../shared/model';
import type { Plan } from '../../../shared/plan/types';
import type { SensitivityOutcome } from '../store/planner';

export interface PlanRequest {
  readonly id: number;
  readonly project: Project;
}

export type PlanResponse =
  | { readonly id: number; readonly kind: 'plan'; readonly ok: true; readonly plan: Plan; readonly ms: number }
  | { readonly id: number; readonly kind: 'plan'; readonly ok: false; readonly message: string }
  | { readonly id: number; readonly kind: 'sensitivity'; readonly outcome: SensitivityOutcome };
