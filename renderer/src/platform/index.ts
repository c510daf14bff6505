/** The platform the page runs on: Electron's preload bridge when present, the browser otherwise. */
import type { DesktopApi } from '../../../shared/ipc';
import { createBrowserApi } from './browser-api';

declare global {
  interface Window {
    decamp?: DesktopApi;
  }
}

let api: DesktopApi | null = null;

export function getDesktopApi(): DesktopApi {
  api ??= window.decamp ?? createBrowserApi(window);
  return api;
}

/** Tests swap in their own platform. */
export function setDesktopApi(next: DesktopApi | null): void {
  api = next;
}
