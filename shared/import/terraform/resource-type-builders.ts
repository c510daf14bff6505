/** Shorthands for the resource-type tables: a workload on a catalog product, or a child folded into its parent. */
import type { ResourceType } from './resource-types';

export const top = (service: string, name: readonly string[], extra: Omit<ResourceType, 'service' | 'name'> = {}): ResourceType => ({ service, name, ...extra });
export const child = (parent: readonly string[], extra: Omit<ResourceType, 'parent'> = {}): ResourceType => ({ parent, ...extra });
