/**
 * The map's application, tag and environment filters and its colour by team, environment and risk,
 * driven through the toolbar as a user would: which cards remain, and what the legend lists.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { MapView } from '../../../renderer/src/views/map';
import { openSampleAndPlan } from './helpers';

const card = (id: string) => document.querySelector(`[data-workload="${id}"]`);
// The colour swatches (the legend's line styles follow in a list of their own).
const legendItems = () => [...screen.getByRole('group', { name: 'Legend' }).querySelectorAll('.map-legend-swatches > li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe('Dependency map: filters and colours', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
    useDecampStore.getState().setMapSettings({ direction: 'LR', grouping: 'none', colourBy: 'wave', filter: {}, collapsed: {}, afterWave: null });
  }, 30_000);

  it('filters by application: only that application\'s cards remain', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    const { project } = useDecampStore.getState();
    await waitFor(() => expect(card(project.workloads[0]!.id)).not.toBeNull());
    const checkout = project.workloads.filter((w) => w.application === 'Checkout');
    expect(checkout.length).toBeGreaterThan(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Application' }), 'Checkout');
    await waitFor(() => expect(card(project.workloads.find((w) => w.application !== 'Checkout')!.id)).toBeNull());
    for (const w of project.workloads) expect(card(w.id) !== null).toBe(w.application === 'Checkout');
    // The legend counts only the cards shown.
    const counted = legendItems().reduce((s, text) => s + Number(/\((\d+)\)$/.exec(text)?.[1] ?? 0), 0);
    expect(counted).toBe(checkout.length);
  });

  it('filters by tag, and All shows every card again', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    const { project } = useDecampStore.getState();
    await waitFor(() => expect(card(project.workloads[0]!.id)).not.toBeNull());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'iot');
    const iot = project.workloads.filter((w) => w.tags.includes('iot'));
    expect(iot.length).toBeGreaterThan(0);
    await waitFor(() => expect(card(project.workloads.find((w) => !w.tags.includes('iot'))!.id)).toBeNull());
    for (const w of project.workloads) expect(card(w.id) !== null).toBe(w.tags.includes('iot'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), '');
    await waitFor(() => expect(document.querySelectorAll('[data-workload]').length).toBe(project.workloads.length));
  });

  it('colours by team: a legend entry per team, by name, with its count', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    const { project } = useDecampStore.getState();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'team');
    const expected = project.teams.map((t) => `${t.name} (${project.workloads.filter((w) => w.team === t.id).length})`).filter((s) => !s.endsWith('(0)'));
    await waitFor(() => expect(legendItems()).toEqual(expected));
    // A card takes its team's swatch colour.
    const w = project.workloads[0]!;
    const swatch = within(screen.getByRole('group', { name: 'Legend' })).getByText(project.teams.find((t) => t.id === w.team)!.name).closest('li')!.querySelector('.swatch') as HTMLElement;
    expect((card(w.id) as HTMLElement).style.getPropertyValue('--card-accent')).toBe(swatch.style.background);
  });

  it('colours by environment, and filtering to test leaves only the test cards', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    const { project } = useDecampStore.getState();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'environment');
    const tests = project.workloads.filter((w) => w.environment === 'test');
    expect(tests.length).toBeGreaterThan(0);
    await waitFor(() => expect(legendItems()).toEqual([`Test (${tests.length})`, `Production (${project.workloads.length - tests.length})`]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Environment' }), 'test');
    await waitFor(() => expect(legendItems()).toEqual([`Test (${tests.length})`]));
    // The cards follow once the layout of what is shown comes back.
    await waitFor(() => expect(document.querySelectorAll('[data-workload]').length).toBe(tests.length));
    for (const w of project.workloads) expect(card(w.id) !== null).toBe(w.environment === 'test');
  });

  it('colours by risk: each card by the most severe risk that names it, the rest as "No risk named"', async () => {
    const user = userEvent.setup();
    render(<MapView />);
    const { project, plan } = useDecampStore.getState();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'risk');
    const order = ['low', 'medium', 'high', 'critical'] as const;
    const worst = new Map<string, (typeof order)[number]>();
    for (const r of plan!.risks) for (const id of r.workloadIds) if (order.indexOf(r.severity) > order.indexOf(worst.get(id) ?? 'low') || !worst.has(id)) worst.set(id, r.severity);
    const label = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } as const;
    const expected = (['critical', 'high', 'medium', 'low'] as const)
      .map((s) => [s, project.workloads.filter((w) => worst.get(w.id) === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${label[s]} (${n})`);
    const none = project.workloads.filter((w) => !worst.has(w.id)).length;
    await waitFor(() => expect(legendItems()).toEqual([...expected, ...(none > 0 ? [`No risk named (${none})`] : [])]));
    const risky = project.workloads.find((w) => worst.get(w.id) === 'critical' || worst.get(w.id) === 'high')!;
    expect((card(risky.id) as HTMLElement).style.getPropertyValue('--card-accent')).toBe(`var(--sev-${worst.get(risky.id)})`);
  });
});
