/**
 * From the Summary's "What moves the date most" to the assumption itself: the link opens Assumptions at that row, scrolled into
 * view, highlighted for a moment, with its value focused for typing.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useAppState } from '../../../renderer/src/app/app-state';
import { useDecampStore } from '../../../renderer/src/store';
import { AssumptionsView } from '../../../renderer/src/views/assumptions';
import { REVEAL_HIGHLIGHT_MS } from '../../../renderer/src/views/assumptions/use-reveal-assumption';
import { createFakeApi } from '../app/fake-api';
import { openSampleAndPlan } from './helpers';

const rowOf = (input: HTMLElement) => input.closest('tr')!;

describe('going to an assumption from the Summary', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
    useDecampStore.getState().setView('summary');
    useAppState.getState().set({ ready: true, unsavedPrompt: null, recovery: [], newProjectOpen: false, openError: null });
  }, 30_000);
  afterEach(() => vi.restoreAllMocks());

  it('opens Assumptions at the row: scrolled to, highlighted briefly, its value focused', async () => {
    await waitFor(() => expect(useDecampStore.getState().sensitivityStatus).toBe('done'), { timeout: 20_000 });
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const user = userEvent.setup();
    render(<App api={createFakeApi()} skipStartup />);
    const table = await screen.findByTestId('assumption-sensitivity');
    const second = within(table).getAllByRole('button')[1]!;
    const id = useDecampStore.getState().sensitivity!.assumptions.filter((r) => r.lower.calendarDays !== 0 || r.higher.calendarDays !== 0)[1]!.assumptionId;
    const name = second.textContent!;
    await user.click(second);

    expect(await screen.findByRole('heading', { name: 'Assumptions', level: 1 })).toBeInTheDocument();
    const input = screen.getByRole('spinbutton', { name: `Value of ${name}` });
    await waitFor(() => expect(input).toHaveFocus());
    const row = rowOf(input);
    expect(row).toHaveAttribute('data-assumption-id', id);
    expect(scrolled).toContain(row);
    expect(row).toHaveClass('revealed');
    // The request is used up: coming back to Assumptions later does not jump again.
    expect(useDecampStore.getState().focusedAssumptionId).toBeNull();
    // Typing goes straight into the value.
    await user.clear(input);
    await user.type(input, '3{Enter}');
    expect(useDecampStore.getState().project.assumptions.find((a) => a.id === id)?.value).toBe(3);
    await waitFor(() => expect(row).not.toHaveClass('revealed'), { timeout: REVEAL_HIGHLIGHT_MS + 2_000 });
  }, 30_000);

  it('clears a filter that hides the row, and drops an id the table does not have', async () => {
    const user = userEvent.setup();
    render(<AssumptionsView />);
    const filter = screen.getByRole('searchbox');
    await user.type(filter, 'bandwidth');
    expect(screen.queryByRole('spinbutton', { name: 'Value of Team focus' })).toBeNull();

    act(() => useDecampStore.getState().focusAssumption('team.focusFactor'));
    const input = await screen.findByRole('spinbutton', { name: 'Value of Team focus' });
    expect(filter).toHaveValue('');
    await waitFor(() => expect(input).toHaveFocus());
    expect(rowOf(input)).toHaveClass('revealed');

    act(() => useDecampStore.getState().focusAssumption('no.such.assumption'));
    expect(useDecampStore.getState().focusedAssumptionId).toBeNull();
    expect(input).toHaveFocus();
  });

  it('opening another document forgets a pending request', () => {
    useDecampStore.getState().focusAssumption('team.focusFactor');
    const { project } = useDecampStore.getState();
    useDecampStore.getState().replaceDocument({ project, filePath: null, displayName: 'again', diskVersion: null });
    expect(useDecampStore.getState().focusedAssumptionId).toBeNull();
  });
});
