import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultRiskRegister } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { useDecampStore } from '../../../renderer/src/store';
import { RisksView } from '../../../renderer/src/views/risks';
import { openSampleAndPlan, waitForPlan } from './helpers';

describe('Risks view', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
  }, 30_000);

  it('lists the findings most severe first with their affected workloads, and shows them on the map', async () => {
    const user = userEvent.setup();
    const plan = useDecampStore.getState().plan!;
    render(<RisksView />);
    const list = screen.getByTestId('risk-findings');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(plan.risks.length);
    const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
    const first = [...plan.risks].sort((a, b) => rank[a.severity] - rank[b.severity])[0]!;
    expect(items[0]).toHaveTextContent(first.severity === 'critical' ? 'Critical' : /High|Medium|Low/);
    await user.click(within(items[0]!).getByRole('button', { name: 'Show on the map' }));
    expect(useDecampStore.getState().view).toBe('map');
    expect(useDecampStore.getState().highlightedWorkloadIds).toEqual(first.workloadIds);
  });

  it("shows a finding's workloads on the timeline: the view opens with their waves open and the workloads marked", async () => {
    const user = userEvent.setup();
    const plan = useDecampStore.getState().plan!;
    render(<RisksView />);
    const items = within(screen.getByTestId('risk-findings')).getAllByRole('listitem');
    const k = items.findIndex((item) => within(item).queryByRole('button', { name: 'Show on the timeline' }) !== null);
    const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
    const risk = [...plan.risks].sort((a, b) => rank[a.severity] - rank[b.severity])[k]!;
    await user.click(within(items[k]!).getByRole('button', { name: 'Show on the timeline' }));
    const s = useDecampStore.getState();
    expect(s.view).toBe('timeline');
    expect(s.highlightedWorkloadIds).toEqual(risk.workloadIds);
    const open = s.timelineSettings.expanded === 'all' ? plan.waves.map((w) => w.id) : s.timelineSettings.expanded;
    for (const id of risk.workloadIds) {
      const wave = plan.waves.find((w) => w.workloadIds.includes(id));
      if (wave) expect(open).toContain(wave.id);
    }
  });

  it('draws the histogram with counts, months and P50/P80/P95 labels, and the planned end with its share of runs', () => {
    render(<RisksView />);
    const svg = screen.getByTestId('end-histogram');
    expect(svg.querySelectorAll('.hist-ytick').length).toBeGreaterThanOrEqual(3);
    expect(svg.querySelectorAll('.hist-month').length).toBeGreaterThanOrEqual(1);
    for (const key of ['p50', 'p80', 'p95', 'deterministic']) expect(svg.querySelector(`[data-marker="${key}"]`)).not.toBeNull();
    expect(svg.querySelector('[data-marker="deterministic"] text')!.textContent).toMatch(/Planned .*% of runs by then/);
    expect(svg.querySelector('.hist-bar title')!.textContent).toMatch(/run/);
  });

  it("labels the histogram's months on one row and the years on the row below, the first year where the axis starts", () => {
    const plan = useDecampStore.getState().plan!;
    render(<RisksView />);
    const svg = screen.getByTestId('end-histogram');
    const months = [...svg.querySelectorAll('[data-axis-row="0"]')].map((t) => t.textContent);
    const years = [...svg.querySelectorAll('[data-axis-row="1"]')].map((t) => t.textContent);
    expect(months.length).toBeGreaterThan(6);
    for (const m of months) expect(m).toMatch(/^[A-Z][a-z]{2}$/);
    const bins = plan.simulation.histogram;
    const first = Number(bins[0]!.start.slice(0, 4));
    const last = Number(bins[bins.length - 1]!.end.slice(0, 4));
    expect(years[0]).toBe(String(first));
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => String(first + i)));
    expect(first + years.length - 1).toBeLessThanOrEqual(last + 1);
  });

  it('draws the tornado of what moves the date once it is known', async () => {
    act(() => useDecampStore.getState().setView('risks'));
    render(<RisksView />);
    await waitFor(() => expect(useDecampStore.getState().sensitivityStatus).toBe('done'), { timeout: 20_000 });
    const tornado = await screen.findByTestId('tornado');
    expect(tornado.querySelectorAll('.tornado-row').length).toBeGreaterThan(3);
  }, 30_000);

  it("shows each register risk's working days at P80, orders the register by them, and names the tornado's sources", async () => {
    const user = userEvent.setup();
    const plan = useDecampStore.getState().plan!;
    render(<RisksView />);
    const risky = plan.simulation.drivers.filter((d) => d.kind === 'risk' && d.daysAtP80 > 0);
    expect(risky.length).toBeGreaterThan(0);
    for (const d of risky) {
      const entry = document.querySelector(`[data-risk="${String(d.params.risk)}"]`) as HTMLElement;
      expect(within(entry).getByText(new RegExp(`\\+${d.daysAtP80.toLocaleString('en', { maximumFractionDigits: 1 })} days at P80`))).toBeInTheDocument();
    }
    await user.selectOptions(within(screen.getByRole('region', { name: 'Risk register' })).getAllByRole('combobox')[0]!, 'days');
    const first = screen.getByTestId('risk-register').querySelector('[data-risk]')!;
    expect(first.getAttribute('data-risk')).toBe(String(risky[0]!.params.risk));
    // The tornado: the engine's drivers, largest first, each source of uncertainty by its name.
    const rows = [...screen.getByTestId('tornado').querySelectorAll('.tornado-row')];
    const shown = plan.simulation.drivers.filter((d) => d.daysAtP80 > 0);
    expect(rows.map((r) => r.getAttribute('data-driver'))).toEqual(shown.slice(0, 12).map((d) => d.id));
    expect(rows[0]!.querySelector('title')!.textContent).toContain(shown[0]!.daysAtP80.toLocaleString('en', { maximumFractionDigits: 1 }));
  });

  it('edits the register: disable an entry, change its chance, add one; the plan is made again', async () => {
    const user = userEvent.setup();
    const project = { ...loadSample('ecommerce-iot') };
    delete (project as { risks?: unknown }).risks;
    act(() => useDecampStore.getState().replaceDocument({ project, filePath: null, displayName: 'x', diskVersion: null }));
    await waitForPlan();
    render(<RisksView />);
    const defaults = defaultRiskRegister(project);
    expect(screen.getByText(/defaults derived from the estate/)).toBeInTheDocument();
    const entry = document.querySelector(`[data-risk="${defaults[0]!.id}"]`) as HTMLElement;
    await user.click(within(entry).getByRole('checkbox', { name: `Count ${defaults[0]!.title} in the plan` }));
    expect(useDecampStore.getState().project.risks![0]!.enabled).toBe(false);
    await user.click(within(entry).getByText(defaults[0]!.title));
    const chance = within(entry).getByRole('spinbutton', { name: `Chance of ${defaults[0]!.title}, 0 to 1` });
    await user.clear(chance);
    await user.type(chance, '0.5{Enter}');
    expect(useDecampStore.getState().project.risks![0]!.probability).toBe(0.5);
    await user.click(screen.getByRole('button', { name: 'Add a risk' }));
    expect(useDecampStore.getState().project.risks).toHaveLength(defaults.length + 1);
    await waitForPlan();
  }, 30_000);
});
