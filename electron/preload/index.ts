/**
 * The preload: exposes exactly the DesktopApi as `window.decamp`. Runs sandboxed, so it is bundled
 * to one CommonJS file and may require nothing but 'electron'.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { DesktopApi } from '../../shared/ipc';
import { createDesktopApi } from './desktop-api';
import { type DropTarget, installFileDrop } from './file-drop';

// The preload has no DOM types; its global is the window.
const api = createDesktopApi(ipcRenderer) satisfies DesktopApi;
contextBridge.exposeInMainWorld('decamp', api);
installFileDrop(globalThis as unknown as DropTarget, (file) => webUtils.getPathForFile(file), (channel, paths) => ipcRenderer.send(channel, paths));
