/**
 * An estimate override shows wherever the estimate shows: the side panel's estimate (a note and the
 * reason), the inventory's effort cell, and the waves board card's effort.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { WorkloadPanel } from '../../../renderer/src/views/inventory/panel/workload-panel';
import { WavesView } from '../../../renderer/src/views/waves';
import { renderInventory } from '../inventory/harness';
import { openSampleAndPlan, waitForPlan } from './helpers';

/** Data rows (aria-rowindex > 1) the grid has rendered. */
const bodyRows = (): HTMLElement[] => screen.getAllByRole('row').filter((r) => Number(r.getAttribute('aria-rowindex')) > 1);

describe('an estimate override, shown where the estimate is', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
  }, 30_000);

  it('in the side panel, the inventory and the board card', async () => {
    const { project, plan } = useDecampStore.getState();
    // A lone workload in a wave (its own card on the board), the first such in the inventory (a row the grid renders).
    const grouped = new Set(plan!.moveGroups.filter((g) => g.workloadIds.length > 1).flatMap((g) => g.workloadIds));
    const inWave = new Set(plan!.waves.flatMap((w) => w.workloadIds));
    const index = project.workloads.findIndex((w) => inWave.has(w.id) && !grouped.has(w.id));
    const w = project.workloads[index]!;
    expect(useDecampStore.getState().setEstimateOverride(w.id, { optimistic: 3, likely: 7, pessimistic: 15 }, 'Vendor quote')).toMatchObject({ ok: true });
    await waitForPlan();
    const after = useDecampStore.getState();
    expect(after.plan!.estimates[w.id]).toMatchObject({ overridden: true, effort: expect.objectContaining({ likely: 7 }) });

    render(<WorkloadPanel workloadId={w.id} onClose={() => undefined} />);
    expect(screen.getByText("This estimate is your override, not the estimator's.")).toBeInTheDocument();
    expect(screen.getByTestId('override-note')).toHaveTextContent('Vendor quote');
    cleanup();

    render(<WavesView />);
    const card = document.querySelector(`[data-card="${w.id}"]`) as HTMLElement;
    expect(card.querySelector('.wave-card-meta')).toHaveTextContent('7 person-days likely · your own estimate');
    const other = plan!.waves.flatMap((x) => x.workloadIds).find((id) => id !== w.id && document.querySelector(`[data-card="${id}"]`))!;
    expect(document.querySelector(`[data-card="${other}"] .wave-card-meta`)).not.toHaveTextContent('your own estimate');
    cleanup();

    await renderInventory(after.project, after.plan);
    const row = bodyRows().find((r) => within(r).queryByText(w.id) !== null)!;
    expect(within(row).getByText('7 pd (your estimate)')).toBeInTheDocument();
    const plain = bodyRows().find((r) => r !== row && within(r).queryByText(/^[\d.,]+ pd$/) !== null);
    expect(plain).toBeDefined();
  });
});
