/** Messages between the page and the plan worker. */
import type { Project } from '../../../shared/model';
import type { Plan } from '../../../shared/plan/types';

export interface PlanRequest {
  readonly id: number;
  readonly project: Project;
}

export type PlanResponse =
  | { readonly id: number; readonly ok: true; readonly plan: Plan; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly message: string };
