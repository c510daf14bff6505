import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, createAppUrlCheck, registerAppProtocol, resolveAppRequest } from '../../electron/main/app-protocol';
import {
  applySessionSecurity,
  buildWindowOptions,
  CONTENT_SECURITY_POLICY,
  developmentCsp,
  hardenWebContents,
  isSafeExternalUrl,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/main/security';

describe('window options', () => {
  const options = buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', bounds: { x: 10, y: 20, width: 1200, height: 800 }, title: 'Decamp', backgroundColor: '#fff' });
  it('isolates and sandboxes the page', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
  it('uses the remembered bounds and waits for ready-to-show', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
  });
});

describe('content security policy', () => {
  it('is the agreed strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });
  it('loosens only scripts and the HMR socket of the dev server in development', () => {
    const dev = developmentCsp('http://localhost:5173');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("object-src 'none'");
  });
});

describe('external links', () => {
  it.each([
    ['https://docs.aws.amazon.com/page', true],
    ['https://docs.example.org/page', false],
    ['http://example.org', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://host/share', false],
    ['https://user:pass@example.org', false],
    ['not a url', false],
  ])('%s -> %s', (url, safe) => expect(isSafeExternalUrl(url)).toBe(safe));
});

class FakeWebContents implements WebContentsLike {
  readonly listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  on(event: string, listener: (event: { preventDefault(): void }, url: string) => void) {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }) {
    this.openHandler = handler;
  }
  fire(event: string, url?: string): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url ?? '');
    return prevented;
  }
}

describe('hardenWebContents', () => {
  it('denies navigation, redirects and webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, vi.fn());
    expect(contents.fire('will-navigate', 'https://evil.example')).toBe(true);
    expect(contents.fire('will-navigate', APP_ENTRY_URL)).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
  it('denies every new window and opens only allowed https links outside', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(contents, openExternal);
    expect(contents.openHandler?.({ url: 'https://docs.aws.amazon.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///bin/sh' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'http://plain.example' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://docs.aws.amazon.com']]);
  });
});

describe('applySessionSecurity', () => {
  function fakeSession() {
    const state = {
      headers: null as null | ((d: { responseHeaders?: Record<string, string | string[]> }, cb: (r: { responseHeaders?: Record<string, string | string[]> }) => void) => void),
      request: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
      check: null as null | ((wc: unknown, permission: string) => boolean),
      download: null as null | ((e: { preventDefault(): void }) => void),
    };
    const session: SessionLike = {
      webRequest: { onHeadersReceived: (l) => void (state.headers = l) },
      setPermissionRequestHandler: (h) => void (state.request = h),
      setPermissionCheckHandler: (h) => void (state.check = h),
      on: (_e, l) => void (state.download = l),
    };
    applySessionSecurity(session);
    return state;
  }

  it('sets our CSP on every response, replacing any other', () => {
    const state = fakeSession();
    let out: Record<string, string | string[]> | undefined;
    state.headers?.({ responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, (r) => (out = r.responseHeaders));
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
  it('denies every permission request and check', () => {
    const state = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      const granted = vi.fn();
      state.request?.({}, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
      expect(state.check?.({}, permission)).toBe(false);
    }
  });
  it('cancels downloads', () => {
    const state = fakeSession();
    const preventDefault = vi.fn();
    state.download?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('app:// protocol', () => {
  const root = join('/opt', 'decamp', 'renderer');
  it('maps our URLs into the renderer folder', () => {
    expect(resolveAppRequest('app://decamp/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://decamp/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://decamp/assets/main-abc.js?x=1', root)).toBe(join(root, 'assets', 'main-abc.js'));
    expect(resolveAppRequest('app://decamp/assets/%E6%96%87.svg', root)).toBe(join(root, 'assets', '文.svg'));
  });
  it('keeps dot segments the URL parser collapses inside the folder', () => {
    expect(resolveAppRequest('app://decamp/../../etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppRequest('app://decamp/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
  });
  it.each([
    'app://decamp/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://decamp/%00index.html',
    'app://decamp/%E0%A4%A',
    'app://other-host/index.html',
    'https://decamp/index.html',
  ])('refuses %s', (url) => expect(resolveAppRequest(url, root)).toBeNull());

  it('serves files with the CSP header and 404s anything outside', async () => {
    let handler: ((r: { url: string }) => Promise<Response> | Response) | undefined;
    const fetched: string[] = [];
    registerAppProtocol(
      { handle: (_s, h) => void (handler = h) },
      { fetch: async (url) => (fetched.push(url), new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } })) },
      root,
    );
    const ok = await handler!({ url: 'app://decamp/index.html' });
    expect(ok.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('Content-Type')).toBe('text/html');
    expect(fetched[0]).toMatch(/^file:\/\/.*index\.html$/);
    expect((await handler!({ url: 'app://decamp/..%2f..%2fsecret' })).status).toBe(404);
    expect(fetched).toHaveLength(1);
  });

  it('recognises our page and nothing else', () => {
    const isApp = createAppUrlCheck(undefined);
    expect(isApp(APP_ENTRY_URL)).toBe(true);
    expect(isApp('app://decamp.evil/index.html')).toBe(false);
    expect(isApp('file:///app/index.html')).toBe(false);
    expect(isApp('garbage')).toBe(false);
  });
});
