import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { WorkloadPanel } from '../../../renderer/src/views/inventory/panel/workload-panel';
import { openSampleAndPlan, waitForPlan } from './helpers';

describe('Workload panel: move group and estimate override', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
  }, 30_000);

  it('shows who a workload moves with and why, and loosens the tight coupling that binds them', async () => {
    const user = userEvent.setup();
    const { plan, project } = useDecampStore.getState();
    const group = plan!.moveGroups.find((g) => g.reason === 'tight-coupling' && g.workloadIds.length === 2)!;
    const id = group.workloadIds[0]!;
    render(<WorkloadPanel workloadId={id} onClose={() => undefined} />);
    const section = screen.getByRole('region', { name: 'Move group' });
    const other = project.workloads.find((w) => w.id === group.workloadIds[1])!;
    expect(section).toHaveTextContent(`Moves together with ${other.name}`);
    expect(section).toHaveTextContent('Why: tight coupling.');
    const dep = project.dependencies.find((d) => group.bindingDependencyIds.includes(d.id))!;
    const names = (wid: string) => project.workloads.find((w) => w.id === wid)!.name;
    await user.click(within(section).getByRole('button', { name: `Make ${names(dep.from)} → ${names(dep.to)} a loose coupling` }));
    expect(useDecampStore.getState().project.dependencies.find((d) => d.id === dep.id)!.coupling).toBe('loose');
    await waitForPlan();
    expect(useDecampStore.getState().plan!.moveGroups.some((g) => g.id === group.id && g.workloadIds.length === 2)).toBe(false);
  });

  it('saves an estimate override with its reason, refuses one without, and goes back to the estimator', async () => {
    const user = userEvent.setup();
    const id = useDecampStore.getState().project.workloads[5]!.id;
    render(<WorkloadPanel workloadId={id} onClose={() => undefined} />);
    const section = screen.getByRole('region', { name: 'Your own estimate' });
    const [o, m, p] = within(section).getAllByRole('spinbutton');
    await user.clear(o!);
    await user.type(o!, '3');
    await user.clear(m!);
    await user.type(m!, '6');
    await user.clear(p!);
    await user.type(p!, '14');
    await user.click(within(section).getByRole('button', { name: 'Use my estimate' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Say why');
    await user.type(within(section).getByRole('textbox', { name: 'Reason' }), 'Vendor quote');
    await user.click(within(section).getByRole('button', { name: 'Use my estimate' }));
    expect(useDecampStore.getState().project.overrides.find((x) => x.workloadId === id)).toMatchObject({ optimistic: 3, likely: 6, pessimistic: 14, reason: 'Vendor quote' });
    await waitForPlan();
    expect(useDecampStore.getState().plan!.estimates[id]!.effort.likely).toBe(6);
    expect(await screen.findByTestId('override-note')).toHaveTextContent('Vendor quote');
    await user.click(within(section).getByRole('button', { name: "Back to the estimator's" }));
    expect(useDecampStore.getState().project.overrides.some((x) => x.workloadId === id)).toBe(false);
  });
});
