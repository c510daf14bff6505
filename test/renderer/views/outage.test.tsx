import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { simulateOutage } from '../../../shared/plan';
import { useDecampStore } from '../../../renderer/src/store';
import { OutageView } from '../../../renderer/src/views/outage';
import { OutageExposureCard } from '../../../renderer/src/views/outage/exposure-card';
import { openSampleAndPlan } from './helpers';

describe('Outage simulation', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
  }, 30_000);

  it('runs the AK/SK outage before the move and after each wave, and names the stopped workloads with why', async () => {
    const user = userEvent.setup();
    const { project, plan } = useDecampStore.getState();
    render(<OutageView />);
    await user.click(screen.getByRole('button', { name: /12 Nov 2023: Alibaba Cloud AK\/SK/ }));
    const before = simulateOutage(project, plan!, { type: 'identity', provider: 'alibaba' }, -1);
    expect(screen.getByTestId('outage-headline')).toHaveTextContent(`Before the move: ${before.stopped.length} of ${project.workloads.length} workloads stop`);
    const across = within(screen.getByTestId('outage-across-plan')).getAllByRole('row');
    expect(across).toHaveLength(plan!.waves.length + 2);
    const last = plan!.waves.at(-1)!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'When' }), String(last.index));
    const after = simulateOutage(project, plan!, { type: 'identity', provider: 'alibaba' }, last.index);
    expect(after.stopped.length).toBeLessThan(before.stopped.length);
    const stopped = within(screen.getByTestId('outage-stopped')).getAllByRole('rowheader').map((c) => c.textContent);
    expect(stopped).toEqual(after.stopped.map((s) => project.workloads.find((w) => w.id === s.workloadId)!.name));
  });

  it('fails one service and shows the stopped workloads on the map at that point of the plan', async () => {
    const user = userEvent.setup();
    render(<OutageView />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'What fails' }), 'service');
    const service = screen.getByRole('combobox', { name: 'Service' }) as HTMLSelectElement;
    expect(service.options.length).toBeGreaterThan(3);
    await user.click(screen.getByRole('button', { name: 'Show the stopped workloads on the map' }));
    const s = useDecampStore.getState();
    expect(s.view).toBe('map');
    expect(s.highlightedWorkloadIds.length).toBeGreaterThan(0);
    expect(s.mapSettings.afterWave).toBe(-1);
  });

  it('tells the Summary how much of the critical estate the outage still stops at the end of the plan', () => {
    const { project, plan } = useDecampStore.getState();
    render(<OutageExposureCard project={project} plan={plan!} />);
    const critical = project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').length;
    expect(screen.getByTestId('outage-exposure')).toHaveTextContent(new RegExp(`\\d+ of ${critical} critical workloads still stop`));
  });
});
