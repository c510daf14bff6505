/** Project files name any of the seven providers on either side of a move; format-1 files, which could name four sources, still load. */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../shared/model/load';
import { serializeProject } from '../../../shared/model/save';
import { CURRENT_FORMAT_VERSION, type Project } from '../../../shared/model/schema';
import { PROVIDERS } from '../../../shared/model/vocabulary';
import { smallProject } from './project-fixture';

function withProviders(source: Project['project']['sourceProvider'], targets: Project['project']['defaultTargets']): Project {
  const p = smallProject();
  return { ...p, project: { ...p.project, sourceProvider: source, defaultTargets: targets } };
}

describe('providers in the file format', () => {
  it.each(PROVIDERS)('loads and round-trips a project whose estate runs on %s, moving to every other provider', (source) => {
    const project = withProviders(source, PROVIDERS.filter((p) => p !== source));
    const loaded = loadProject(serializeProject(project));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.project.project).toEqual(project.project);
  });

  it('keeps workloads on a data centre and on Tencent Cloud, each with its own target provider, service and region', () => {
    const p = withProviders('tencent', ['alibaba']);
    const [a, b] = p.workloads;
    const project: Project = {
      ...p,
      workloads: [
        { ...a!, sourceService: 'self-hosted.vmware-vm', target: { provider: 'huawei', service: 'huawei.ecs', region: 'cn-east-3' } },
        { ...b!, sourceService: 'tencent.mysql', target: { provider: 'self-hosted', region: 'bj-idc-1' } },
      ],
      project: { ...p.project, targetRegions: { alibaba: 'cn-shanghai', 'self-hosted': 'bj-idc-1' } },
    };
    const loaded = loadProject(serializeProject(project));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.project).toEqual(project);
  });

  it('refuses a provider it does not know, at its place in the file', () => {
    const text = serializeProject(withProviders('alibaba', ['aws'])).replace('"defaultTargets": [\n      "aws"', '"defaultTargets": [\n      "ibm-cloud"');
    const result = loadProject(text, 'p.decamp.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: 'p.decamp.json', path: ['project', 'defaultTargets', 0] });
  });

  it('migrates a format-1 file with a Huawei Cloud and a Tencent Cloud target to the current format', () => {
    const project = withProviders('gcp', ['huawei', 'tencent']);
    const format1 = JSON.parse(serializeProject(project)) as Record<string, unknown>;
    format1.formatVersion = 1;
    const loaded = loadProject(JSON.stringify(format1));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.migratedFrom).toBe(1);
      expect(loaded.project.formatVersion).toBe(CURRENT_FORMAT_VERSION);
      expect(loaded.project.project).toMatchObject({ sourceProvider: 'gcp', defaultTargets: ['huawei', 'tencent'] });
    }
  });
});
