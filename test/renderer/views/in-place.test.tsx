/**
 * Assumptions › Already in place, beside the start and target dates: tick what is done before the
 * move starts and the plan stops waiting for it; choose how data crosses. Driven on the mid-size
 * sample, whose large data crosses on a dedicated line the plan waits for today.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/i18n/format';
import { useDecampStore } from '../../../renderer/src/store';
import { AssumptionsView } from '../../../renderer/src/views/assumptions';
import { TimelineView } from '../../../renderer/src/views/timeline';
import { openSampleAndPlan, waitForPlan } from './helpers';

const lineBar = () => document.querySelector('[data-bar="bar:lead:line"]');
const p50 = () => useDecampStore.getState().plan!.schedule.p50End;
const timelineLead = () => screen.getByText(/simulated P50/);

function renderAssumptionsAndTimeline() {
  render(
    <>
      <AssumptionsView />
      <TimelineView />
    </>,
  );
  return screen.getByRole('group', { name: 'Already in place' });
}

describe('Already in place', () => {
  // A wide screen, so the program's first months are in the timeline's viewport (jsdom lays nothing out).
  const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  afterEach(() => (width ? Object.defineProperty(HTMLElement.prototype, 'clientWidth', width) : delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth));
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
    useDecampStore.getState().setTimelineSettings({ scale: 'week', expanded: [], expandedWorkloads: [] });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 4000 });
  }, 30_000);

  it('ticking "Dedicated line is up" takes the line’s lead time out of the plan and the P50 no later; Undo brings the wait back', async () => {
    const user = userEvent.setup();
    const group = renderAssumptionsAndTimeline();
    // The sample moves to AWS only: no hardware to rack, so that box is not offered.
    expect(within(group).queryByRole('checkbox', { name: 'Hardware is racked' })).toBeNull();
    expect(within(group).getByRole('combobox', { name: 'Data crosses over' })).toHaveDisplayValue('Automatic (now: Dedicated line or interconnect)');
    const line = within(group).getByRole('checkbox', { name: 'Dedicated line is up' });
    expect(line).not.toBeChecked();
    expect(line).toHaveAccessibleDescription('The line or interconnect port to the target works: online copies no longer wait for it.');
    expect(lineBar()).not.toBeNull();
    const before = p50();
    expect(timelineLead()).toHaveTextContent(`simulated P50 ${formatDate(before, 'en')}`);

    await user.click(line);
    expect(useDecampStore.getState().project.project.inPlace).toEqual({ dedicatedLine: true });
    await waitForPlan();
    await waitFor(() => expect(lineBar()).toBeNull());
    expect(line).toBeChecked();
    // The line is not what holds this sample's end (the security sign-off before the first cutover is), so its P50 may stay.
    const after = p50();
    expect(after <= before, `P50 ${after} after, ${before} before`).toBe(true);
    expect(timelineLead()).toHaveTextContent(`simulated P50 ${formatDate(after, 'en')}`);
    // The other lead times still stand.
    expect(document.querySelector('[data-bar="bar:lead:signoff"]')).not.toBeNull();

    useDecampStore.getState().undo();
    await waitForPlan();
    await waitFor(() => expect(lineBar()).not.toBeNull());
    expect(useDecampStore.getState().project.project.inPlace).toBeUndefined();
    expect(within(group).getByRole('checkbox', { name: 'Dedicated line is up' })).not.toBeChecked();
    expect(p50()).toBe(before);
    expect(timelineLead()).toHaveTextContent(`simulated P50 ${formatDate(before, 'en')}`);
  }, 60_000);

  it('crossing over the internet orders no line, so the plan waits for none and the box goes; Automatic brings both back', async () => {
    const user = userEvent.setup();
    const group = renderAssumptionsAndTimeline();
    const crossing = within(group).getByRole('combobox', { name: 'Data crosses over' });
    await user.selectOptions(crossing, 'VPN over the internet');
    expect(useDecampStore.getState().project.project.transferLine).toBe('internet');
    await waitForPlan();
    await waitFor(() => expect(lineBar()).toBeNull());
    expect(within(group).queryByRole('checkbox', { name: 'Dedicated line is up' })).toBeNull();

    await user.selectOptions(crossing, 'Automatic (now: Dedicated line or interconnect)');
    expect(useDecampStore.getState().project.project.transferLine).toBeUndefined();
    await waitForPlan();
    await waitFor(() => expect(lineBar()).not.toBeNull());
    expect(within(group).getByRole('checkbox', { name: 'Dedicated line is up' })).toBeInTheDocument();
  }, 60_000);

  it('offers the hardware once the target is self-hosted (and no cloud accounts), and says what ticking it stops the plan waiting for', async () => {
    const user = userEvent.setup();
    const group = renderAssumptionsAndTimeline();
    expect(within(group).getByRole('checkbox', { name: 'Accounts and quotas are granted' })).toBeInTheDocument();
    // No workload of the sample names its own target: they all go where the project's first default target is.
    useDecampStore.getState().updateProjectMeta({ defaultTargets: ['self-hosted'] });
    const hardware = await within(group).findByRole('checkbox', { name: 'Hardware is racked' });
    expect(within(group).queryByRole('checkbox', { name: 'Accounts and quotas are granted' })).toBeNull();
    expect(hardware).toHaveAccessibleDescription('The self-hosted servers are delivered, racked and cabled: the landing zone no longer waits for procurement.');
    await user.click(hardware);
    expect(useDecampStore.getState().project.project.inPlace).toEqual({ hardware: true });
    await user.click(within(group).getByRole('checkbox', { name: 'Security sign-off is given' }));
    expect(useDecampStore.getState().project.project.inPlace).toEqual({ hardware: true, securitySignOff: true });
    await user.click(hardware);
    expect(useDecampStore.getState().project.project.inPlace).toEqual({ securitySignOff: true });
    // Three edits, three undo steps.
    useDecampStore.getState().undo();
    expect(useDecampStore.getState().project.project.inPlace).toEqual({ hardware: true, securitySignOff: true });
  }, 60_000);
});
