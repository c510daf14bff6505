/**
 * A deterministic large estate for the renderer benchmark: the mid-size sample repeated until
 * it holds `size` workloads, each copy with its own ids and its own dependencies.
 */
import type { Project } from '../../shared/model';
import { loadSample } from '../../shared/samples';

export function largeEstate(size: number): Project {
  const base = loadSample('ecommerce-iot');
  const workloads: Project['workloads'] = [];
  const dependencies: Project['dependencies'] = [];
  for (let copy = 0; workloads.length < size; copy++) {
    const id = (w: string) => (copy === 0 ? w : `${w}-${copy}`);
    const kept = new Set<string>();
    for (const w of base.workloads) {
      if (workloads.length >= size) break;
      workloads.push({ ...w, id: id(w.id), name: copy === 0 ? w.name : `${w.name} #${copy}` });
      kept.add(w.id);
    }
    for (const d of base.dependencies) {
      if (kept.has(d.from) && kept.has(d.to)) dependencies.push({ ...d, id: id(d.id), from: id(d.from), to: id(d.to) });
    }
  }
  return { ...base, project: { ...base.project, name: `Large estate (${size} workloads)` }, workloads, dependencies, pins: [], overrides: [], actuals: [] };
}
