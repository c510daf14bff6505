import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { IssuesView } from '../../../renderer/src/views/issues';
import { i18next } from '../../../renderer/src/i18n';
import { openSampleAndPlan, pinToRecordedPilotThenFreeze, recordPilotThenFreeze, waitForPlan } from './helpers';

describe('Issues', () => {
  beforeEach(async () => {
    await openSampleAndPlan('online-shop');
  }, 30_000);

  it('lists an issue with its severity and takes the user to the workload', async () => {
    const user = userEvent.setup();
    const [a, b] = useDecampStore.getState().project.workloads;
    act(() => {
      useDecampStore.getState().updateWorkload(b!.id, { strategy: 'retire' });
      useDecampStore.getState().addDependency({ from: a!.id, to: b!.id, kind: 'async', coupling: 'loose' });
    });
    await waitForPlan();
    render(<IssuesView />);
    const issue = useDecampStore.getState().plan!.issues.find((i) => i.code === 'depends-on-retired');
    expect(issue).toBeDefined();
    // Users see names, never raw ids or JSON paths.
    const message = screen.getByText(`${a!.name} depends on ${b!.name}, which is retired.`);
    const row = message.closest('tr')!;
    expect(row).toHaveTextContent('Warning');
    expect(row).not.toHaveTextContent(/dependencies\[\d+\]|workloads\[\d+\]/);
    expect(row).toHaveTextContent(`Dependency ${a!.name} → ${b!.name}`);
    await user.click(row.querySelector('button')!);
    const state = useDecampStore.getState();
    expect(state.view).toBe('inventory');
    expect(state.focusedWorkloadId).toBe(a!.id);
    expect(state.selectedWorkloadIds).toEqual([a!.id]);
  }, 30_000);

  it('says where a pin issue is by workload name, not pins[0].wave', async () => {
    await openSampleAndPlan('ecommerce-iot');
    render(<IssuesView />);
    const { project, plan } = useDecampStore.getState();
    const pinIssue = plan!.issues.find((i) => i.path[0] === 'pins')!;
    expect(pinIssue).toBeDefined();
    const pinned = project.workloads.find((w) => w.id === project.pins[pinIssue.path[1] as number]!.workloadId)!;
    expect(screen.getAllByText(`Wave pin of ${pinned.name}`).length).toBeGreaterThan(0);
    expect(screen.queryByText(/pins\[\d+\]/)).toBeNull();
    expect(screen.getByText(/^\d+ errors?, \d+ warnings?, \d+ notes?\. Show takes you to the field\.$/)).toBeInTheDocument();
  }, 30_000);

  it('names the workloads and waves of a pin that breaks the order, the user\'s wave names included, in both languages', async () => {
    const { project, plan } = useDecampStore.getState();
    // A dependency whose needed end moves in a later wave than its dependant can only come from a pin: pin the dependant first.
    const waveOf = new Map(plan!.waves.flatMap((w) => w.workloadIds.map((id) => [id, w] as const)));
    const dep = project.dependencies.find((d) => (waveOf.get(d.to)?.index ?? -1) > 0 && waveOf.has(d.from) && !plan!.moveGroups.some((g) => g.workloadIds.length > 1 && g.workloadIds.includes(d.from)))!;
    expect(dep).toBeDefined();
    const needed = waveOf.get(dep.to)!;
    act(() => {
      expect(useDecampStore.getState().updateWaveSetting(needed.index, { name: 'Data layer' }).ok).toBe(true);
      expect(useDecampStore.getState().pinWorkloads([dep.from], 0).ok).toBe(true);
    });
    await waitForPlan();
    const issue = useDecampStore.getState().plan!.issues.find((i) => i.code === 'pin-breaks-order' && i.workloadIds.includes(dep.from));
    expect(issue).toBeDefined();
    const from = project.workloads.find((w) => w.id === dep.from)!.name;
    const to = project.workloads.find((w) => w.id === dep.to)!.name;
    const finalWave = useDecampStore.getState().plan!.waves.find((w) => w.workloadIds.includes(dep.to))!;
    const toWave = finalWave.name === 'Data layer' ? 'Data layer' : null;
    const { unmount } = render(<IssuesView />);
    const row = screen.getByText(new RegExp(`^${from.replace(/[()]/g, '.')} \\(.+\\) moves before ${to.replace(/[()]/g, '.')}`)).closest('tr')!;
    // An id may be a word of a name (images in "Product images bucket"): the row must not show it outside the names.
    const withoutNames = row.textContent!.split(from).join('').split(to).join('');
    expect(withoutNames).not.toContain(dep.from);
    expect(withoutNames).not.toContain(dep.to);
    if (toWave) expect(row).toHaveTextContent(`(${toWave})`);
    unmount();
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });
    render(<IssuesView />);
    const zh = screen.getByText((text) => text.includes('先于其依赖的') && text.includes(to));
    expect(zh.textContent).toContain(from);
    // The planner's English wave names are translated: no "Wave 2" or "Pilot" inside the Chinese sentence.
    expect(zh.textContent).not.toMatch(/Wave \d|Pilot/);
    if (toWave) expect(zh.textContent).toContain(toWave);
    await act(async () => {
      await i18next.changeLanguage('en');
    });
  }, 30_000);

  it('lists a pin whose wave a change freeze holds, with the freeze and the working days, in both languages', async () => {
    const { project, plan } = useDecampStore.getState();
    // Pin a lone workload of wave 1 into the pilot, and freeze from the pilot's start to a month past its cutover.
    const pilot = plan!.waves[0]!;
    const end = new Date(`${pilot.cutover.start}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 30);
    const target = plan!.waves[1]!.workloadIds.find((id) => !plan!.moveGroups.some((g) => g.workloadIds.length > 1 && g.workloadIds.includes(id)))!;
    act(() => {
      useDecampStore.getState().replaceDocument({ project: { ...project, calendar: { ...project.calendar, freezeWindows: [{ id: 'qe', name: 'Quarter-end freeze', start: pilot.start, end: end.toISOString().slice(0, 10) }] } }, filePath: null, displayName: 'x', diskVersion: null });
    });
    await waitForPlan();
    act(() => {
      expect(useDecampStore.getState().pinWorkloads([target], 0).ok).toBe(true);
    });
    await waitForPlan();
    const issue = useDecampStore.getState().plan!.issues.find((i) => i.code === 'pin-held-by-freeze' && i.workloadIds.includes(target))!;
    expect(issue).toBeDefined();
    const days = Number(issue.params.days);
    const name = project.workloads.find((w) => w.id === target)!.name;
    const { unmount } = render(<IssuesView />);
    expect(screen.getByText((text) => text.startsWith(`${name} is pinned to`) && text.includes(`inside the change freeze Quarter-end freeze: the freeze holds the cutover ${days} working day`))).toBeInTheDocument();
    unmount();
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });
    render(<IssuesView />);
    const zh = screen.getByText((text) => text.includes('变更冻结期 Quarter-end freeze') && text.includes(`推迟 ${days} 个工作日`));
    expect(zh.textContent).toContain(name);
    expect(zh.textContent).not.toMatch(/Wave \d|Pilot/);
    await act(async () => {
      await i18next.changeLanguage('en');
    });
  }, 30_000);

  it('lists a pin whose recorded cutover lies in a change freeze added afterwards, with the date and the freeze, in both languages', async () => {
    // The pilot ran as planned and the team records it; then a freeze is set over the days around its cutover.
    const { target, pilot, project } = await pinToRecordedPilotThenFreeze();
    const after = useDecampStore.getState().plan!;
    expect(after.waves[0]!.cutover.start).toBe(pilot.cutover.start);
    const issue = after.issues.find((i) => i.code === 'pin-cutover-in-freeze' && i.workloadIds.includes(target))!;
    expect(issue).toBeDefined();
    expect(after.issues.some((i) => i.code === 'pin-held-by-freeze')).toBe(false);
    const name = project.workloads.find((w) => w.id === target)!.name;
    const { unmount } = render(<IssuesView />);
    expect(
      screen.getByText(`${name} is pinned to Pilot, whose recorded cutover (${pilot.cutover.start}) falls in the change freeze Audit freeze (${pilot.start} to ${pilot.cutover.start}). The planner never schedules a cutover in a freeze: check the recorded date, or whether the freeze was added after it.`),
    ).toBeInTheDocument();
    unmount();
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });
    render(<IssuesView />);
    const zh = screen.getByText((text) => text.includes(`其记录的切换日（${pilot.cutover.start}）落在变更冻结期 Audit freeze`) && text.includes('请核对记录的日期'));
    expect(zh.textContent).toContain(name);
    expect(zh.textContent).not.toMatch(/Wave \d|Pilot/);
    await act(async () => {
      await i18next.changeLanguage('en');
    });
  }, 30_000);

  it('lists a recorded cutover inside a change freeze on a wave no pin placed, says it is in the recorded progress, and shows the waves board', async () => {
    const user = userEvent.setup();
    const { pilot } = await recordPilotThenFreeze();
    expect(useDecampStore.getState().plan!.issues.map((i) => i.code)).toContain('recorded-cutover-in-freeze');
    const { unmount } = render(<IssuesView />);
    const message = screen.getByText(`The recorded cutover of Pilot (${pilot.cutover.start}) falls in the change freeze Audit freeze (${pilot.start} to ${pilot.cutover.start}). The planner never schedules a cutover in a freeze: check the recorded date, or whether the freeze was added after it.`);
    const row = message.closest('tr')!;
    expect(row).toHaveTextContent('Recorded progress');
    expect(row).not.toHaveTextContent(/actuals/);
    await user.click(row.querySelector('button')!);
    expect(useDecampStore.getState().view).toBe('waves');
    unmount();
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });
    render(<IssuesView />);
    const zh = screen.getByText((text) => text.includes(`记录的切换日（${pilot.cutover.start}）落在变更冻结期 Audit freeze`));
    expect(zh.textContent).toMatch(/^试点 /);
    expect(zh.closest('tr')!).toHaveTextContent('记录的进度');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
  }, 30_000);
});
