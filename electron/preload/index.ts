/**
 * The preload: exposes exactly the DesktopApi as `window.decamp`. Runs sandboxed, so it is bundled
 * to one CommonJS file and may require nothing but 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../../shared/ipc';
import { createDesktopApi } from './desktop-api';

const api = createDesktopApi(ipcRenderer) satisfies DesktopApi;
contextBridge.exposeInMainWorld('decamp', api);
