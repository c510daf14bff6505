/** Electron's entry point: hand Electron's modules and the built files' paths to the app. */
import * as electron from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDesktopApp } from './desktop-app';

const here = fileURLToPath(new URL('.', import.meta.url));
const resources = electron.app.isPackaged ? process.resourcesPath : join(here, '../..');

startDesktopApp(
  electron,
  {
    preload: join(here, '../preload/index.cjs'),
    renderer: join(here, '../renderer'),
    docs: join(resources, 'docs'),
  },
  electron.app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
);
