/** Workload names by id, for texts the planner writes with ids (planText): users see names, never raw ids. */
import { useMemo } from 'react';
import { useDecampStore } from '../store';

export function useWorkloadNames(): ReadonlyMap<string, string> {
  const workloads = useDecampStore((s) => s.project.workloads);
  return useMemo(() => new Map(workloads.map((w) => [w.id, w.name])), [workloads]);
}
