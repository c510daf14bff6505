/** Shared set-up for view specs: English catalogs, a sample in the app store, a finished plan. */
import { waitFor } from '@testing-library/react';
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
