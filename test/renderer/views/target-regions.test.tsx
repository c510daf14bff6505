/** Assumptions › Target regions: the per-provider region a moved workload defaults to. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { AssumptionsView } from '../../../renderer/src/views/assumptions';
import { openSampleAndPlan } from './helpers';

describe('Target regions', () => {
  beforeEach(async () => {
    await openSampleAndPlan('large-estate');
  }, 30_000);

  it('lists each target in use with the default for a mainland estate, and stores a chosen region', async () => {
    const user = userEvent.setup();
    render(<AssumptionsView />);
    const table = screen.getByTestId('target-regions');
    const huawei = within(table).getByRole('combobox', { name: 'Region on Huawei Cloud' });
    expect(within(huawei).getByRole('option', { name: 'Default: cn-north-4 · CN North-Beijing4' })).toBeInTheDocument();
    expect(within(table).getByRole('combobox', { name: 'Region on Tencent Cloud' })).toBeInTheDocument();
    await user.selectOptions(huawei, 'cn-east-3');
    expect(useDecampStore.getState().project.project.targetRegions).toEqual({ huawei: 'cn-east-3' });
    await user.selectOptions(huawei, '');
    expect(useDecampStore.getState().project.project.targetRegions).toBeUndefined();
  });
});
