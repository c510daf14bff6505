import { buildBoard } from '../../../renderer/src/views/waves/board-model';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSample } from '../../../shared/samples';
import { useDecampStore } from '../../../renderer/src/store';
import { WavesView } from '../../../renderer/src/views/waves';
import { waitForPlan } from './helpers';
import { openSampleAndPlan, pinToRecordedPilotThenFreeze } from './helpers';
import { i18next } from '../../../renderer/src/i18n';

describe('Waves board', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
    // Start without the sample's own pin, so what a test pins is all there is.
    act(() => useDecampStore.getState().replaceDocument({ project: { ...loadSample('ecommerce-iot'), pins: [] }, filePath: null, displayName: 'x', diskVersion: null }));
    await waitForPlan();
  }, 30_000);

  it('has a column per wave, pilot first, with dates, P80 end, effort and a card per move group or workload', () => {
    const plan = useDecampStore.getState().plan!;
    render(<WavesView />);
    const board = screen.getByTestId('waves-board');
    const columns = within(board).getAllByRole('region');
    expect(columns[0]).toHaveAccessibleName('Pilot');
    expect(within(columns[0]!).getByText(/P80 end/)).toBeInTheDocument();
    const group = plan.moveGroups.find((g) => g.workloadIds.length > 2)!;
    expect(document.querySelector(`[data-card="${group.id}"]`)).toHaveTextContent(`(move group of ${group.workloadIds.length})`);
  });

  it('pins a card with its Move to list; the plan comes back with the warning on the card, and Unpin undoes it', async () => {
    const user = userEvent.setup();
    const plan = useDecampStore.getState().plan!;
    render(<WavesView />);
    // A workload of the last wave that needs one moving in an earlier wave: pinned to the pilot, it moves before what it needs.
    const project = useDecampStore.getState().project;
    const waveOf = new Map(plan.waves.flatMap((w) => w.workloadIds.map((id) => [id, w.index] as const)));
    const last = plan.waves.at(-1)!;
    const target = last.workloadIds.find((id) => document.querySelector(`[data-card="${id}"]`) && project.dependencies.some((d) => d.from === id && (waveOf.get(d.to) ?? 0) > 0))!;
    const card = document.querySelector(`[data-card="${target}"]`) as HTMLElement;
    const name = project.workloads.find((w) => w.id === target)!.name;
    await user.selectOptions(within(card).getByRole('combobox', { name: `Move ${name} to another wave` }), '0');
    expect(useDecampStore.getState().project.pins).toEqual([expect.objectContaining({ workloadId: target, wave: 0 })]);
    expect(screen.getByText(`Pinned ${name} to Pilot. The plan is being made again.`)).toBeInTheDocument();
    await waitForPlan();
    const pinnedCard = await waitFor(() => {
      const el = document.querySelector(`[data-card="${target}"]`) as HTMLElement;
      expect(el.closest('[data-wave]')).toHaveAttribute('data-wave', '0');
      return el;
    });
    expect(within(pinnedCard).getByText('Pinned')).toBeInTheDocument();
    // What the pin broke, in the planner's words, on the card (and in Issues).
    const broken = useDecampStore.getState().plan!.issues.filter((i) => i.code.startsWith('pin-') && i.workloadIds.includes(target));
    expect(broken.length).toBeGreaterThan(0);
    expect(within(within(pinnedCard).getByRole('list', { name: 'What the plan says about it' })).getAllByRole('listitem').length).toBeGreaterThan(0);
    await user.click(within(pinnedCard).getByRole('button', { name: `Unpin ${name}` }));
    expect(useDecampStore.getState().project.pins).toEqual([]);
  });

  it('pins a card into a wave a change freeze holds; the card says which freeze and how many working days', async () => {
    const user = userEvent.setup();
    const before = useDecampStore.getState().plan!;
    const project = useDecampStore.getState().project;
    // A freeze over wave 1's whole window and four days past its cutover holds that cutover.
    const wave1 = before.waves[1]!;
    const end = new Date(`${wave1.cutover.start}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 4);
    const freeze = { id: 'freeze-test', name: 'Quarter-end freeze', start: wave1.start, end: end.toISOString().slice(0, 10) };
    act(() => useDecampStore.getState().replaceDocument({ project: { ...project, calendar: { ...project.calendar, freezeWindows: [freeze] } }, filePath: null, displayName: 'x', diskVersion: null }));
    await waitForPlan();
    render(<WavesView />);
    const target = useDecampStore.getState().plan!.waves[0]!.workloadIds.find((id) => document.querySelector(`[data-card="${id}"]`))!;
    const name = project.workloads.find((w) => w.id === target)!.name;
    const card = document.querySelector(`[data-card="${target}"]`) as HTMLElement;
    await user.selectOptions(within(card).getByRole('combobox', { name: `Move ${name} to another wave` }), '1');
    await waitForPlan();
    const issue = await waitFor(() => {
      const found = useDecampStore.getState().plan!.issues.find((i) => i.code === 'pin-held-by-freeze' && i.workloadIds.includes(target));
      expect(found).toBeDefined();
      return found!;
    });
    const pinnedCard = document.querySelector(`[data-card="${target}"]`) as HTMLElement;
    const said = within(within(pinnedCard).getByRole('list', { name: 'What the plan says about it' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    const days = Number(issue.params.days);
    expect(days).toBeGreaterThan(0);
    expect(said).toContainEqual(expect.stringContaining(`${name} is pinned to ${String(issue.params.wave)}, which is ready to cut over on ${String(issue.params.readyDate)}, inside the change freeze Quarter-end freeze: the freeze holds the cutover ${days} working day${days === 1 ? '' : 's'}`));
  }, 30_000);

  it('shows on the pinned card that its wave\'s recorded cutover lies in a change freeze, in English and in Chinese', async () => {
    // The pilot is recorded as finished on its planned cutover; a freeze over its last days is added afterwards.
    const { target, pilot, project } = await pinToRecordedPilotThenFreeze();
    expect(useDecampStore.getState().plan!.issues.some((i) => i.code === 'pin-cutover-in-freeze' && i.workloadIds.includes(target))).toBe(true);
    const name = project.workloads.find((w) => w.id === target)!.name;
    const said = () => within(within(document.querySelector(`[data-card="${target}"]`) as HTMLElement).getByRole('list', { name: /What the plan says about it|计划对它的提示/ })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    const { unmount } = render(<WavesView />);
    expect(said()).toContainEqual(expect.stringContaining(`${name} is pinned to Pilot, whose recorded cutover (${pilot.cutover.start}) falls in the change freeze Audit freeze`));
    unmount();
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });
    render(<WavesView />);
    expect(said()).toContainEqual(expect.stringContaining(`其记录的切换日（${pilot.cutover.start}）落在变更冻结期 Audit freeze`));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
  }, 30_000);

  it('renames a wave, caps it, moves it and adds one, each stored in the project', async () => {
    const user = userEvent.setup();
    render(<WavesView />);
    await user.click(screen.getByRole('button', { name: 'Wave 1' }));
    await user.type(screen.getByRole('textbox', { name: /Rename the wave/ }), 'Core platform{Enter}');
    expect(useDecampStore.getState().project.waves).toEqual([expect.objectContaining({ order: 1, name: 'Core platform' })]);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Core platform' })).toBeInTheDocument());
    const column = screen.getByRole('region', { name: 'Core platform' });
    await user.click(within(column).getByText('Caps'));
    const cap = within(column).getByRole('spinbutton', { name: 'At most this many workloads in Core platform' });
    await user.type(cap, '8{Enter}');
    expect(useDecampStore.getState().project.waves![0]).toMatchObject({ maxWorkloads: 8 });
    await user.click(within(column).getByRole('button', { name: 'Move Core platform one wave later' }));
    expect(useDecampStore.getState().project.waves!.find((w) => w.name === 'Core platform')!.order).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Add a wave' }));
    expect(useDecampStore.getState().project.waves!.length).toBe(3);
    act(() => useDecampStore.getState().undo());
    expect(useDecampStore.getState().project.waves!.length).toBe(2);
  });

  it("shows each wave's criticality index and, for a wave several teams share, each team's own dates", () => {
    const { project, plan } = useDecampStore.getState();
    render(<WavesView />);
    const columns = within(screen.getByTestId('waves-board')).getAllByRole('region');
    plan!.waves.forEach((w, i) => {
      const index = plan!.simulation.criticality.find((c) => c.id === `wave:${w.id}`)!.index;
      expect(columns[i]).toHaveTextContent(`On the critical path in ${Math.round(index * 100)}% of runs`);
    });
    const shared = plan!.waves.find((w) => w.teams.length > 1)!;
    const list = screen.getByTestId(`wave-teams-${shared.index}`);
    const fmt = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(shared.teams.map((p) => `${project.teams.find((t) => t.id === p.teamId)!.name}: ${fmt(p.start)} – ${fmt(p.end)}`));
  });

  it("says under each wave what moves its P80 end most, in working days, from the engine's per-wave drivers", () => {
    const { plan } = useDecampStore.getState();
    render(<WavesView />);
    const moved = plan!.waves.filter((w) => plan!.simulation.waves.find((f) => f.waveId === w.id)!.drivers.length > 0);
    expect(moved.length).toBeGreaterThan(0);
    for (const w of moved) {
      const top = plan!.simulation.waves.find((f) => f.waveId === w.id)!.drivers.slice(0, 2);
      const words = top.map((m) => `${plan!.simulation.drivers.find((d) => d.id === m.id)!.title} (+${m.daysAtP80.toLocaleString('en', { maximumFractionDigits: 1 })})`);
      expect(screen.getByTestId(`wave-drivers-${w.index}`)).toHaveTextContent(`P80 moved most by ${new Intl.ListFormat('en').format(words)}`);
    }
    // A wave nothing moves says nothing.
    const still = plan!.waves.find((w) => !moved.includes(w));
    if (still) expect(screen.queryByTestId(`wave-drivers-${still.index}`)).toBeNull();
  });

  it("reads the engine's criticality index of a wave by its phase id", () => {
    const { project, plan } = useDecampStore.getState();
    const wave = plan!.waves[0]!;
    const withIndex = { ...plan!, simulation: { ...plan!.simulation, criticality: [{ id: `wave:${wave.id}`, index: 0.42 }] } };
    expect(buildBoard(project, withIndex).columns[0]!.criticality).toBe(0.42);
  });
});

