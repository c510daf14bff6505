import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CRITICALITIES, DEPENDENCY_KINDS, STRATEGIES, TARGET_PROVIDERS, WORKLOAD_KINDS } from '../../../shared/model';
import { bundledResources } from '../../../renderer/src/i18n';
import { renderInventory, samplePlanned, testI18n } from './harness';

afterEach(async () => {
  cleanup();
  await (await testI18n()).changeLanguage('en');
});

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf key, with plural suffixes folded (Chinese has only `_other`). */
function leafKeys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const k of leafKeys(value, `${path}.`)) out.add(k);
  }
  return out;
}

describe('inventory catalogs', () => {
  const resources = bundledResources();
  const en = resources.en?.inventory as Tree;
  const zh = resources['zh-CN']?.inventory as Tree;

  it('has the same keys in English and Simplified Chinese', () => {
    expect(en).toBeDefined();
    expect(zh).toBeDefined();
    expect([...leafKeys(zh)].sort()).toEqual([...leafKeys(en)].sort());
  });

  it('labels every value of the vocabulary the grid shows', () => {
    const keys = leafKeys(en);
    const sets: [string, readonly string[]][] = [
      ['kind', WORKLOAD_KINDS],
      ['strategy', STRATEGIES],
      ['criticality', CRITICALITIES],
      ['provider', TARGET_PROVIDERS],
      ['dependencyKind', DEPENDENCY_KINDS],
    ];
    for (const [set, values] of sets) for (const v of values) expect(keys, `enum.${set}.${v}`).toContain(`enum.${set}.${v}`);
  });

  it('renders headers, enum labels and runbook steps in Chinese', async () => {
    await (await testI18n()).changeLanguage('zh-CN');
    const { project, plan } = samplePlanned();
    const { user } = await renderInventory(project, plan);
    expect(screen.getByRole('columnheader', { name: /^名称/ })).toBeInTheDocument();
    const db = project.workloads.find((w) => w.kind === 'database')!;
    await user.type(screen.getByRole('searchbox', { name: '搜索工作负载' }), db.id);
    const row = screen.getAllByRole('row').find((r) => within(r).queryAllByRole('gridcell')[1]?.textContent === db.id)!;
    expect(within(row).getAllByRole('gridcell')[3]).toHaveTextContent('数据库');
    await user.click(within(row).getByRole('button', { name: `打开 ${db.name} 的详情` }));
    const runbook = screen.getByRole('region', { name: '操作手册' });
    const first = within(runbook).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('准备');
    expect(first).toHaveTextContent('准备着陆区');
    // Every step names the workload as the user named it: no placeholder left, no id.
    for (const step of within(runbook).getAllByRole('listitem')) {
      expect(step.textContent).not.toContain('{{');
      expect(step).toHaveTextContent(db.name);
    }
  });
});
