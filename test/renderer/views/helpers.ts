/** Shared set-up for view specs: English catalogs, a sample in the app store, a finished plan. */
import { waitFor } from '@testing-library/react';
import { act } from 'react';
import { expect } from 'vitest';
import type { SampleId } from '../../../shared/ipc';
import { loadSample } from '../../../shared/samples';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { useDecampStore } from '../../../renderer/src/store';

export async function openSampleAndPlan(id: SampleId = 'online-shop'): Promise<void> {
  await initI18n('en');
  await i18next.changeLanguage('en');
  useDecampStore.getState().setLocale('en');
  useDecampStore.getState().replaceDocument({ project: loadSample(id), filePath: null, displayName: id, diskVersion: null });
  await waitForPlan();
}

export async function waitForPlan(): Promise<void> {
  await waitFor(() => expect(useDecampStore.getState().plannedProject).toBe(useDecampStore.getState().project), { timeout: 20_000 });
}

/**
 * The arrangement behind `pin-cutover-in-freeze`: a wave-1 workload outside any move group is pinned
 * to the pilot, the pilot is recorded as finished on its planned cutover, and a freeze over the
 * pilot's days is added afterwards. Returns the pinned workload, the pilot as recorded, and the project.
 */
export async function pinToRecordedPilotThenFreeze() {
  const plan = useDecampStore.getState().plan!;
  const target = plan.waves[1]!.workloadIds.find((id) => !plan.moveGroups.some((g) => g.workloadIds.length > 1 && g.workloadIds.includes(id)))!;
  act(() => {
    expect(useDecampStore.getState().pinWorkloads([target], 0).ok).toBe(true);
  });
  await waitForPlan();
  const { pilot, project } = await recordPilotThenFreeze();
  return { target, pilot, project };
}

/**
 * The pilot recorded as finished on its planned cutover, then a freeze ("Audit freeze") over the
 * pilot's days added afterwards: the one way a cutover can lie in a freeze. Returns the pilot as
 * recorded and the project before the freeze.
 */
export async function recordPilotThenFreeze() {
  const pilot = useDecampStore.getState().plan!.waves[0]!;
  act(() => {
    expect(useDecampStore.getState().setWaveProgress(0, { start: pilot.start, finish: pilot.cutover.start }).ok).toBe(true);
  });
  await waitForPlan();
  const project = useDecampStore.getState().project;
  act(() => {
    useDecampStore.getState().replaceDocument({ project: { ...project, calendar: { ...project.calendar, freezeWindows: [{ id: 'audit', name: 'Audit freeze', start: pilot.start, end: pilot.cutover.start }] } }, filePath: null, displayName: 'x', diskVersion: null });
  });
  await waitForPlan();
  return { pilot, project };
}
