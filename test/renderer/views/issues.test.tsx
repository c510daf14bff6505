import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { IssuesView } from '../../../renderer/src/views/issues';
import { openSampleAndPlan, waitForPlan } from './helpers';

describe('Issues', () => {
  beforeEach(async () => {
    await openSampleAndPlan('online-shop');
  }, 30_000);

  it('lists an issue with its severity and takes the user to the workload', async () => {
    const user = userEvent.setup();
    const [a, b] = useDecampStore.getState().project.workloads;
    act(() => {
      useDecampStore.getState().updateWorkload(b!.id, { strategy: 'retire' });
      useDecampStore.getState().addDependency({ from: a!.id, to: b!.id, kind: 'async', coupling: 'loose' });
    });
    await waitForPlan();
    render(<IssuesView />);
    const issue = useDecampStore.getState().plan!.issues.find((i) => i.code === 'depends-on-retired');
    expect(issue).toBeDefined();
    // Users see names, never raw ids or JSON paths.
    const message = screen.getByText(`${a!.name} depends on ${b!.name}, which is retired.`);
    const row = message.closest('tr')!;
    expect(row).toHaveTextContent('Warning');
    expect(row).not.toHaveTextContent(/dependencies\[\d+\]|workloads\[\d+\]/);
    expect(row).toHaveTextContent(`Dependency ${a!.name} → ${b!.name}`);
    await user.click(row.querySelector('button')!);
    const state = useDecampStore.getState();
    expect(state.view).toBe('inventory');
    expect(state.focusedWorkloadId).toBe(a!.id);
    expect(state.selectedWorkloadIds).toEqual([a!.id]);
  }, 30_000);

  it('says where a pin issue is by workload name, not pins[0].wave', async () => {
    await openSampleAndPlan('ecommerce-iot');
    render(<IssuesView />);
    const { project, plan } = useDecampStore.getState();
    const pinIssue = plan!.issues.find((i) => i.path[0] === 'pins')!;
    expect(pinIssue).toBeDefined();
    const pinned = project.workloads.find((w) => w.id === project.pins[pinIssue.path[1] as number]!.workloadId)!;
    expect(screen.getAllByText(`Wave pin of ${pinned.name}`).length).toBeGreaterThan(0);
    expect(screen.queryByText(/pins\[\d+\]/)).toBeNull();
    expect(screen.getByText(/^\d+ errors?, \d+ warnings?, \d+ notes?\. Show takes you to the field\.$/)).toBeInTheDocument();
  }, 30_000);
});
