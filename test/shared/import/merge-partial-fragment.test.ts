/**
 * A fragment whose dependency names a workload it does not hold (a preview that left a workload
 * out, before its links were filtered) merges without that link: the project never gets a
 * dependency with an end that is no workload, which the file loader would reject.
 */
import { describe, expect, it } from 'vitest';
import { mergeFragment } from '../../../shared/import';
import { validateProject } from '../../../shared/model/load';
import { smallProject } from '../model/project-fixture';
import { file, run } from './helpers';

describe('merging a fragment that names a workload it does not hold', () => {
  it('drops the links to it, keeps the rest, and leaves a valid project', async () => {
    const imported = await run(file('cmdb.csv', ['id,name,depends on', 'a1,Search,a2', 'a2,Index,'].join('\n')));
    const fragment = imported.fragment;
    expect(fragment.dependencies.map((d) => [d.from, d.to])).toEqual([['a1', 'a2']]);
    // The preview left Index out; its link is still in the fragment.
    const partial = { ...fragment, workloads: fragment.workloads.filter((w) => w.id !== 'a2') };
    const project = smallProject();
    const { project: merged, preview } = mergeFragment(project, partial);
    expect(merged.workloads.map((w) => w.id)).toContain('a1');
    expect(merged.dependencies).toEqual(project.dependencies);
    expect(preview.dependencies).toMatchObject({ added: 0 });
    expect(validateProject(merged).ok).toBe(true);
  });
});
