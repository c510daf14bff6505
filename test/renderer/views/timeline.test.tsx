import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { TimelineView } from '../../../renderer/src/views/timeline';
import { openSampleAndPlan } from './helpers';

const bar = (id: string) => document.querySelector(`[data-bar="${id}"]`);

describe('Timeline', () => {
  // A large screen for the first tests, so a program of a year fits the viewport at week scale and every row, the program
  // end's band at the bottom included, is inside the rows drawn (jsdom lays nothing out).
  const saved = (['clientWidth', 'clientHeight'] as const).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const);
  const wideScreen = () => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 4000 });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 3000 });
  };
  afterEach(() => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
      else delete (HTMLElement.prototype as { clientWidth?: number; clientHeight?: number })[key];
    }
  });
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
    useDecampStore.getState().setTimelineSettings({ scale: 'week', expanded: [], expandedWorkloads: [] });
  }, 30_000);

  it('shows the program phases, a lane per team with its waves, their bands and the program end', () => {
    const { project, plan } = useDecampStore.getState();
    wideScreen();
    render(<TimelineView />);
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByText('Assess')).toBeInTheDocument();
    expect(screen.getByText('Landing zone')).toBeInTheDocument();
    for (const team of project.teams) if (plan!.waves.some((w) => w.teamIds.includes(team.id))) expect(screen.getByText(team.name)).toBeInTheDocument();
    const wave = plan!.waves[1]!;
    const b = bar(`bar:wave:${wave.id}:${wave.teamIds[0]}`)!;
    expect(b).not.toBeNull();
    expect(b.querySelector('title')!.textContent).toContain('person-days');
    expect(document.querySelector('[data-band="band:program"] title')!.textContent).toMatch(/P50 .* P80 .* P95/);
    // Critical bars are marked.
    expect(document.querySelectorAll('.tl-bar.is-critical').length).toBeGreaterThan(0);
  });

  it("shows a shared wave at each team's dates with its wait for the cutover, and the program band's drivers", () => {
    const { project, plan } = useDecampStore.getState();
    wideScreen();
    render(<TimelineView />);
    const shared = plan!.waves.find((w) => w.teams.length > 1 && w.teams.some((p) => p.end < w.end))!;
    const early = shared.teams.find((p) => p.end < shared.end)!;
    const phaseId = `wave:${shared.id}`;
    const team = project.teams.find((t) => t.id === early.teamId)!.name;
    expect(bar(`bar:${phaseId}:${early.teamId}`)!.querySelector('title')!.textContent).toContain(`${team}'s part: ${Math.round(early.effort)} person-days`);
    expect(bar(`wait:${phaseId}:${early.teamId}`)!.querySelector('title')!.textContent).toMatch(/this team's part is done; waiting for the other teams until the cutover/);
    const top = plan!.simulation.drivers[0]!;
    expect(document.querySelector('[data-band="band:program"] title')!.textContent).toContain(`widened most by ${top.title} (+${top.daysAtP80.toLocaleString('en', { maximumFractionDigits: 1 })})`);
  });

  it("names what moves each wave's P80 cutover in its bar's and its band's hover, with the working days each adds", () => {
    const { plan } = useDecampStore.getState();
    wideScreen();
    render(<TimelineView />);
    const forecast = plan!.simulation.waves.find((w) => w.drivers.length >= 2)!;
    const wave = plan!.waves.find((w) => w.id === forecast.waveId)!;
    // In English a source's words are the engine's title, and a default risk's its register title.
    const named = forecast.drivers.slice(0, 3).map((m) => `${plan!.simulation.drivers.find((d) => d.id === m.id)!.title} (+${m.daysAtP80.toLocaleString('en', { maximumFractionDigits: 1 })})`);
    const expected = `P80 pushed out most by ${new Intl.ListFormat('en').format(named)} (working days each adds to this wave's P80)`;
    const team = wave.teamIds[0]!;
    expect(bar(`bar:wave:${wave.id}:${team}`)!.querySelector('title')!.textContent).toContain(expected);
    expect(document.querySelector(`[data-band="band:${wave.id}:${team}"] title`)!.textContent).toContain(expected);
  });

  it('zooms with the buttons and with + and -', async () => {
    const user = userEvent.setup();
    render(<TimelineView />);
    // The landing zone's bar opens the program, so it stays in view as the scale changes.
    const width = () => Number(bar('bar:foundation')!.getAttribute('width'));
    const week = width();
    await user.click(screen.getByRole('button', { name: 'Day' }));
    expect(useDecampStore.getState().timelineSettings.scale).toBe('day');
    expect(width()).toBeGreaterThan(week * 3);
    fireEvent.keyDown(screen.getByTestId('timeline-scroll'), { key: '-' });
    expect(useDecampStore.getState().timelineSettings.scale).toBe('week');
    fireEvent.keyDown(screen.getByTestId('timeline-scroll'), { key: '-' });
    expect(useDecampStore.getState().timelineSettings.scale).toBe('month');
    expect(screen.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens a wave into its workloads by clicking its bar, a workload into its steps, and selects a workload in the other views', async () => {
    const user = userEvent.setup();
    render(<TimelineView />);
    const wave = useDecampStore.getState().plan!.waves[1]!;
    fireEvent.click(bar(`bar:wave:${wave.id}:${wave.teamIds[0]}`)!);
    expect(useDecampStore.getState().highlightedWorkloadIds).toEqual(wave.workloadIds);
    const first = wave.workloadIds[0]!;
    await waitFor(() => expect(bar(`bar:workload:${first}`)).not.toBeNull());
    const name = useDecampStore.getState().project.workloads.find((w) => w.id === first)!.name;
    await user.click(screen.getByRole('button', { name: new RegExp(name.replace(/[()]/g, '.')) }));
    await waitFor(() => expect(document.querySelectorAll('.tl-step').length).toBeGreaterThan(0));
    fireEvent.click(bar(`bar:workload:${first}`)!);
    expect(useDecampStore.getState().focusedWorkloadId).toBe(first);
  });

  it('draws only the rows in view when every wave is open', async () => {
    const user = userEvent.setup();
    render(<TimelineView />);
    await user.click(screen.getByRole('button', { name: 'Open every wave' }));
    const scroll = screen.getByTestId('timeline-scroll');
    const rows = Number(scroll.dataset.rows);
    expect(rows).toBeGreaterThan(useDecampStore.getState().project.workloads.length - 5);
    const labels = within(scroll).getAllByText(/./, { selector: '.tl-label > *' }).length;
    expect(labels).toBeLessThan(rows);
  });
});
