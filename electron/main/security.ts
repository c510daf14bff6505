/**
 * Window and session hardening, as pure builders and installers that take Electron's objects
 * (fakes in tests): isolated sandboxed renderer, strict CSP, no navigation, no new windows,
 * external links only to the hosts Decamp links to, permissions denied, no <webview>.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { isAllowedExternalUrl } from '../../shared/external-links';

/**
 * The page may load only its own code. Styles allow inline (React Flow and the charts set style
 * attributes); images and workers allow data:/blob: (exports, the planning worker). The renderer's
 * index.html carries the same policy in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly bounds: Rectangle;
  readonly title: string;
  readonly backgroundColor: string;
}

/** BrowserWindow options: every security switch explicit, so a default changing upstream changes nothing here. */
export function buildWindowOptions({ preloadPath, bounds, title, backgroundColor }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    title,
    backgroundColor,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click (auxclick) would try to open links in new windows; nothing in Decamp needs it.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** Links may leave the app only as https, only to the hosts Decamp links to (shared/external-links.ts). */
export function isSafeExternalUrl(url: string): boolean {
  return isAllowedExternalUrl(url, (u) => new URL(u));
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of `webContents` hardened here. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
}

/**
 * No navigation away from the app (a dropped file or a link would replace it), no new windows;
 * an https link a user clicks opens in the system browser instead.
 */
export function hardenWebContents(contents: WebContentsLike, openExternal: (url: string) => unknown): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void Promise.resolve(openExternal(url)).catch(() => undefined);
    return { action: 'deny' };
  });
}

type HeadersDetails = { responseHeaders?: Record<string, string | string[]> };
type HeadersCallback = (response: { responseHeaders?: Record<string, string | string[]> }) => void;

/** The parts of `session` hardened here. */
export interface SessionLike {
  webRequest: { onHeadersReceived(listener: (details: HeadersDetails, callback: HeadersCallback) => void): void };
  setPermissionRequestHandler(handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
}

/** CSP on every response (replacing any the server sent), every permission denied, no downloads. */
export function applySessionSecurity(session: SessionLike, csp: string = CONTENT_SECURITY_POLICY): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
  // Decamp needs no camera, microphone, geolocation, notifications, HID, serial or clipboard-read.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Exports are written by main through save dialogs; the page never downloads on its own.
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * The dev server (electron-vite) injects an inline HMR preamble and talks over a websocket; only
 * in development does the policy allow those, and only for the dev server's own origin.
 */
export function developmentCsp(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const ws = `ws://${origin.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}
