/** The app's settings (theme, locale, first run) as a JSON file in userData. */
import { join } from 'node:path';
import { z } from 'zod';
import { type Settings, THEMES } from '../../shared/ipc';
import { createJsonStore } from './json-store';

export const DEFAULT_SETTINGS: Settings = { theme: 'system', locale: 'system', firstRunDone: false };

/** Each field falls back on its own, so one bad value does not reset the others. */
const SettingsFileSchema = z.object({
  theme: z.enum(THEMES).catch(DEFAULT_SETTINGS.theme),
  locale: z.enum(['en', 'zh-CN', 'system']).catch(DEFAULT_SETTINGS.locale),
  firstRunDone: z.boolean().catch(DEFAULT_SETTINGS.firstRunDone),
});

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Merge a partial change and persist it; answers the settings now in force. */
  update(change: Partial<Settings>): Promise<Settings>;
  /** No settings file yet: this is the first start on this machine. */
  isFirstStart(): Promise<boolean>;
}

export function createSettingsStore(userDataDir: string): SettingsStore {
  const store = createJsonStore(join(userDataDir, 'settings.json'), SettingsFileSchema, () => ({ ...DEFAULT_SETTINGS }));
  return {
    get: () => store.read(),
    async update(change) {
      const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<Settings>;
      const next = { ...(await store.read()), ...defined };
      await store.write(next);
      return next;
    },
    async isFirstStart() {
      return !(await store.exists());
    },
  };
}
