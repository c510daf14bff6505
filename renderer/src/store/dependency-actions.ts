/** Dependency edits: both ends must exist, no self-loops, no duplicate edge of the same kind. */
import { type Dependency, DependencySchema, type Project } from '../../../shared/model';
import { applyPatch, freshId, OK, refuse, refuseInvalid } from './edit-result';
import { commitProject, noteResult } from './history';
import type { DecampState, DocumentSlice, EditResult } from './types';

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;

function checkDependency(project: Project, d: Dependency): EditResult {
  const parsed = DependencySchema.safeParse(d);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const ids = new Set(project.workloads.map((w) => w.id));
  if (!ids.has(d.from)) return refuse('notFound', `workload '${d.from}' does not exist`, { id: d.from });
  if (!ids.has(d.to)) return refuse('notFound', `workload '${d.to}' does not exist`, { id: d.to });
  if (d.from === d.to) return refuse('selfDependency', `workload '${d.from}' cannot depend on itself`, { id: d.from });
  const twin = project.dependencies.find((o) => o.id !== d.id && o.from === d.from && o.to === d.to && o.kind === d.kind);
  if (twin) return refuse('duplicateDependency', `'${d.from}' already depends on '${d.to}' (${d.kind})`, { from: d.from, to: d.to });
  return OK;
}

export function dependencyActions(set: Set, get: Get): Pick<DocumentSlice, 'addDependency' | 'removeDependency' | 'updateDependency'> {
  return {
    addDependency(dep) {
      const project = get().project;
      const taken = new Set(project.dependencies.map((d) => d.id));
      const id = freshId('dep', taken, project.dependencies.length + 1);
      const next: Dependency = dep.note === undefined ? { id, from: dep.from, to: dep.to, kind: dep.kind, coupling: dep.coupling } : { id, ...dep };
      const check = checkDependency(project, next);
      if (!check.ok) {
        noteResult(set, check);
        return '';
      }
      commitProject(set, get, { ...project, dependencies: [...project.dependencies, next] });
      return id;
    },
    removeDependency(id) {
      const project = get().project;
      if (!project.dependencies.some((d) => d.id === id)) return;
      commitProject(set, get, { ...project, dependencies: project.dependencies.filter((d) => d.id !== id) });
    },
    updateDependency(id, patch) {
      const project = get().project;
      const current = project.dependencies.find((d) => d.id === id);
      if (!current) return noteResult(set, refuse('notFound', `dependency '${id}' does not exist`, { id }));
      const next = applyPatch(current, patch, 'id');
      const check = checkDependency(project, next);
      if (!check.ok) return noteResult(set, check);
      commitProject(set, get, { ...project, dependencies: project.dependencies.map((d) => (d.id === id ? next : d)) });
      return OK;
    },
  };
}
