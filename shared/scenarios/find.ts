/** Finding a scenario as a person names it: by id, else by name (case and surrounding spaces ignored). */
import type { Project, Scenario } from '../model/schema';

export function findScenario(project: Pick<Project, 'scenarios'>, key: string): Scenario | undefined {
  const list = project.scenarios ?? [];
  const wanted = key.trim().toLowerCase();
  return list.find((s) => s.id === key) ?? list.find((s) => s.name.trim().toLowerCase() === wanted);
}

/** A fresh scenario id from its name (`two-more-engineers`), not in `taken`. */
export function scenarioIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scenario';
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}
