import { act, render, screen, waitFor, within } from '@testing-library/react';
import { Position } from '@xyflow/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { MapView } from '../../../renderer/src/views/map';
import { ConnectPopover } from '../../../renderer/src/views/map/connect-popover';
import { DASH_TRUE_LENGTH, dashPathLength, dependencyPath, STRAIGHT_PAST } from '../../../renderer/src/views/map/map-edges';
import { interimLinksAfter } from '../../../renderer/src/views/map/use-map-model';
import { openSampleAndPlan, waitForPlan } from './helpers';

const card = (id: string) => document.querySelector(`[data-workload="${id}"]`);

describe('Dependency map', () => {
  beforeEach(async () => {
    await openSampleAndPlan('online-shop');
    useDecampStore.getState().setMapSettings({ direction: 'LR', grouping: 'moveGroup', colourBy: 'wave', filter: {}, collapsed: {}, afterWave: null });
  }, 30_000);

  it('draws a card per workload in the column of its wave, with kind, route, strategy and wave, and a legend', async () => {
    render(<MapView />);
    const { project, plan } = useDecampStore.getState();
    await waitFor(() => expect(card(project.workloads[0]!.id)).not.toBeNull());
    for (const w of project.workloads) expect(card(w.id)).not.toBeNull();
    const first = plan!.waves[0]!;
    const inFirst = card(first.workloadIds[0]!) as HTMLElement;
    expect(inFirst).toHaveTextContent(project.workloads.find((w) => w.id === first.workloadIds[0])!.name);
    expect(inFirst).toHaveTextContent(first.isPilot ? 'Pilot' : 'Wave 1');
    expect(inFirst).toHaveTextContent('Alibaba Cloud →');
    const legend = screen.getByRole('group', { name: 'Legend' });
    expect(within(legend).getByText(first.isPilot ? 'Pilot' : 'Wave 1')).toBeInTheDocument();
    expect(within(legend).getByText('Tight coupling')).toBeInTheDocument();
  });

  it("shows the landing zone's pieces as the foundation's, not as 'not in a wave': legend, colour, card label and the state after a wave", async () => {
    render(<MapView />);
    const { project, plan } = useDecampStore.getState();
    const foundation = plan!.foundation.workloadIds;
    expect(foundation.length).toBeGreaterThan(0);
    await waitFor(() => expect(card(foundation[0]!)).not.toBeNull());
    const legend = screen.getByRole('group', { name: 'Legend' });
    const item = within(legend).getByText(/^Landing zone \(foundation/).closest('li')!;
    expect(item).toHaveTextContent(`(${foundation.length})`);
    expect((item.querySelector('.swatch') as HTMLElement).style.background).toBe('var(--foundation)');
    // Only what truly joins no wave (retired, retained) is 'not in a wave'.
    const none = within(legend).getByText(/^Not in a wave/).closest('li')!;
    expect(none).toHaveTextContent(`(${plan!.excluded.length})`);
    for (const id of foundation) {
      const c = card(id) as HTMLElement;
      expect(c).toHaveTextContent('landing zone');
      expect(c).not.toHaveTextContent('no wave');
      expect(c.style.getPropertyValue('--card-accent')).toBe('var(--foundation)');
    }
    // Rebuilt on the target before the first wave, kept on the source until decommission: after the
    // pilot it is on both, and no dependency on it crosses clouds.
    act(() => useDecampStore.getState().setMapSettings({ afterWave: 0 }));
    await waitFor(() => expect(card(foundation[0]!)).toHaveClass('is-moved'));
    expect(card(foundation[0]!)).toHaveTextContent(/rebuilt on .+; kept on Alibaba Cloud until decommission/);
    const lz = new Set(foundation);
    expect(interimLinksAfter(project, plan!, 0).filter((l) => lz.has(l.from) || lz.has(l.to))).toEqual([]);
  });

  it('collapses a wave to one box and opens it again', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    const { plan } = useDecampStore.getState();
    const wave = plan!.waves[0]!;
    await waitFor(() => expect(card(wave.workloadIds[0]!)).not.toBeNull());
    const name = wave.isPilot ? 'Pilot' : 'Wave 1';
    await user.click(screen.getByRole('button', { name: `Collapse ${name}` }));
    await waitFor(() => expect(card(wave.workloadIds[0]!)).toBeNull());
    await user.click(screen.getByRole('button', { name: `Expand ${name}` }));
    await waitFor(() => expect(card(wave.workloadIds[0]!)).not.toBeNull());
  });

  it('colours by target provider and filters by team', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'target');
    const legend = screen.getByRole('group', { name: 'Legend' });
    // The shop moves to Tencent Cloud; nothing in it is retired or retained.
    await waitFor(() => expect(within(legend).getByText(/^Tencent Cloud/)).toBeInTheDocument());
    expect(useDecampStore.getState().mapSettings.colourBy).toBe('target');
    const team = useDecampStore.getState().project.teams[0]!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), team.id);
    expect(useDecampStore.getState().mapSettings.filter).toEqual({ team: team.id });
  });

  it('adds the dependency a drag proposes, with the kind and coupling chosen, and the waves are planned again', async () => {
    const user = userEvent.setup();
    const { project } = useDecampStore.getState();
    const [a, b] = [project.workloads[0]!, project.workloads[project.workloads.length - 1]!];
    const before = project.dependencies.length;
    let done: string | null | undefined;
    render(<ConnectPopover proposal={{ from: a.id, to: b.id }} onSwap={() => undefined} onDone={(text) => (done = text)} />);
    expect(screen.getByText(`${a.name} needs ${b.name}`)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'data');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Coupling' }), 'tight');
    await user.click(screen.getByRole('button', { name: 'Add dependency' }));
    const added = useDecampStore.getState().project.dependencies;
    expect(added).toHaveLength(before + 1);
    expect(added.at(-1)).toMatchObject({ from: a.id, to: b.id, kind: 'data', coupling: 'tight' });
    expect(done).toMatch(/needs/);
    await waitForPlan();
    act(() => useDecampStore.getState().undo());
    expect(useDecampStore.getState().project.dependencies).toHaveLength(before);
  });

  it('says why a proposed dependency is refused, in place', async () => {
    const user = userEvent.setup();
    const dep = useDecampStore.getState().project.dependencies[0]!;
    render(<ConnectPopover proposal={{ from: dep.from, to: dep.to }} onSwap={() => undefined} onDone={() => undefined} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), dep.kind);
    await user.click(screen.getByRole('button', { name: 'Add dependency' }));
    expect(screen.getByRole('alert')).toHaveTextContent('already depends on');
  });

  it('opens the side panel of the workload found with the search box', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    const w = useDecampStore.getState().project.workloads[2]!;
    await waitFor(() => expect(card(w.id)).not.toBeNull());
    await user.type(screen.getByRole('combobox', { name: 'Find a workload on the map' }), w.name);
    await user.click(screen.getByRole('button', { name: 'Find' }));
    await waitFor(() => expect(useDecampStore.getState().focusedWorkloadId).toBe(w.id));
    expect(screen.getByRole('complementary', { name: w.name })).toBeInTheDocument();
  });

  it('shows the cross-cloud links of the state after a wave', async () => {
    const { project, plan } = useDecampStore.getState();
    const before = interimLinksAfter(project, plan!, -1);
    expect(before).toEqual([]);
    const afterFirst = interimLinksAfter(project, plan!, 0);
    const wave0 = new Set(plan!.waves[0]!.workloadIds);
    for (const l of afterFirst) expect(wave0.has(l.from) !== wave0.has(l.to)).toBe(true);
    const user = userEvent.setup();
    render(<MapView />);
    await user.click(screen.getByRole('checkbox', { name: 'Show the state after a wave' }));
    expect(screen.getByTestId('interim-label')).toHaveTextContent(/After (Pilot|Wave 1)/);
    expect(screen.getByTestId('interim-summary')).toHaveTextContent(`${afterFirst.length} dependenc`);
  });

  it("shows the user's name of a wave on its box, its cards, the wave filter, the legend and the state slider", async () => {
    const { plan } = useDecampStore.getState();
    const wave = plan!.waves.find((w) => !w.isPilot)!;
    expect(useDecampStore.getState().updateWaveSetting(wave.index, { name: 'Payments first' }).ok).toBe(true);
    await waitForPlan();
    const user = userEvent.setup();
    render(<MapView />);
    await waitFor(() => expect(card(wave.workloadIds[0]!)).toHaveTextContent('Payments first'));
    expect(screen.getByRole('button', { name: 'Collapse Payments first' })).toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'Wave' })).getByRole('option', { name: 'Payments first' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Legend' })).getByText('Payments first')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show the state after a wave' }));
    const slider = screen.getByRole('slider');
    await act(async () => {
      useDecampStore.getState().setMapSettings({ ...useDecampStore.getState().mapSettings, afterWave: wave.index });
    });
    expect(slider).toBeInTheDocument();
    expect(screen.getByTestId('interim-label')).toHaveTextContent('After Payments first');
  });

  it('caps each dependency edge\'s dash pattern, so a long async edge stays cheap to paint (drawn in test/e2e/plan-views.test.ts)', () => {
    // Short edges keep true-size dashes; past DASH_TRUE_LENGTH the dash count stops growing (see map-edges.tsx).
    expect(dashPathLength(0, 0, 300, 400)).toBe(500);
    expect(dashPathLength(0, 0, 40_000, 0)).toBe(DASH_TRUE_LENGTH);
    expect(dashPathLength(5, 5, 5, 5)).toBe(1);
  });

  it('draws an edge between near cards as a curve and one between far cards as a straight line (cheap to dash and raster, map-edges.tsx)', () => {
    const [near] = dependencyPath(0, 0, Position.Right, 300, 200, Position.Left);
    expect(near).toMatch(/^M0,0 C/);
    const [far, labelX, labelY] = dependencyPath(0, 0, Position.Right, STRAIGHT_PAST + 1, 0, Position.Left);
    expect(far).toBe(`M 0,0L ${STRAIGHT_PAST + 1},0`);
    expect([labelX, labelY]).toEqual([(STRAIGHT_PAST + 1) / 2, 0]);
  });
});
