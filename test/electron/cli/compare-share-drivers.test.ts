/**
 * compare's drivers line for a driver measured as a share of the end date's variance (the
 * ScenarioDriver type's `share`; the engine's comparison gives working days today): one workload's
 * uncertainty is named by the workload's name, falling back to its id, then to the engine's title.
 */
import { describe, expect, it } from 'vitest';
import { formatComparison } from '../../../electron/cli/compare-summary';
import { compareScenarios, type ScenarioDriver } from '../../../shared/scenarios';
import { loadSample } from '../../../shared/samples';

describe('compare: drivers measured as a share of the variance', () => {
  it('names a workload by its name, an unknown one by its id, and one without a workload by its title', () => {
    const project = loadSample('online-shop');
    const web = project.workloads.find((w) => w.id === 'web')!;
    const comparison = compareScenarios(project, { runs: 50 });
    const drivers: ScenarioDriver[] = [
      { id: 'w:web', workloadId: 'web', title: 'Length of the web move', measure: 'share', value: 0.424 },
      { id: 'w:gone', workloadId: 'gone-service', title: 'Length of a move no longer planned', measure: 'share', value: 0.2 },
      { id: 'u:assess', title: 'Length of the assessment', measure: 'share', value: 0.056 },
    ];
    const baseline = { ...comparison.columns[0]!, figures: { ...comparison.columns[0]!.figures, drivers } };
    const text = formatComparison(project, { ...comparison, columns: [baseline] });
    const lines = text.split('\n');
    expect(lines[lines.indexOf('Top drivers of the spread') + 1]).toBe(`  Baseline: ${web.name} (42% of the variance); gone-service (20% of the variance); Length of the assessment (6% of the variance)`);
  });

  it('says none for a column without drivers', () => {
    const project = loadSample('online-shop');
    const comparison = compareScenarios(project, { runs: 50 });
    const baseline = { ...comparison.columns[0]!, figures: { ...comparison.columns[0]!.figures, drivers: [] } };
    const lines = formatComparison(project, { ...comparison, columns: [baseline] }).split('\n');
    expect(lines[lines.indexOf('Top drivers of the spread') + 1]).toBe('  Baseline: none');
  });
});
