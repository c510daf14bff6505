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
    const message = screen.getByText(`${a!.id} depends on ${b!.id}, which is retired.`);
    const row = message.closest('tr')!;
    expect(row).toHaveTextContent('Warning');
    await user.click(row.querySelector('button')!);
    const state = useDecampStore.getState();
    expect(state.view).toBe('inventory');
    expect(state.focusedWorkloadId).toBe(a!.id);
    expect(state.selectedWorkloadIds).toEqual([a!.id]);
  }, 30_000);
});
