import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createReportRenderer } from '../../electron/main/report-window';

/** Electron's BrowserWindow and session, as far as the report renderer uses them. */
function fakeElectron(fail = false) {
  const windows: FakeWindow[] = [];
  let beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
  let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
  class FakeWindow {
    loadedUrl = '';
    pageText = '';
    destroyed = false;
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      this.pageText = readFileSync(fileURLToPath(url), 'utf8');
    }
    webContents = {
      printToPDF: vi.fn(async () => {
        if (fail) throw new Error('printing failed');
        return new TextEncoder().encode('%PDF-1.7');
      }),
    };
    destroy() {
      this.destroyed = true;
    }
  }
  const session = {
    fromPartition: vi.fn(() => ({
      webRequest: { onBeforeRequest: (f: typeof beforeRequest) => (beforeRequest = f) },
      setPermissionRequestHandler: (f: typeof permission) => (permission = f),
    })),
  };
  return { electron: { BrowserWindow: FakeWindow, session } as never, windows, request: (url: string) => new Promise<boolean>((r) => beforeRequest!({ url }, (x) => r(x.cancel))), permission: () => new Promise<boolean>((r) => permission!(null, 'media', r)) };
}

describe('report window', () => {
  it('prints the page in a hidden, sandboxed window without JavaScript, then removes window and page', async () => {
    const fake = fakeElectron();
    const render = createReportRenderer(fake.electron);
    const pdf = await render('<!doctype html><h1>Plan</h1>', { pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    const [win] = fake.windows;
    expect(win!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, partition: 'decamp-report' } });
    expect(win!.pageText).toBe('<!doctype html><h1>Plan</h1>');
    expect(win!.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(win!.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(win!.loadedUrl))).toBe(false);
  });

  it('lets the page load nothing from the network and grants no permission', async () => {
    const fake = fakeElectron();
    await createReportRenderer(fake.electron)('<p>x</p>', { pageSize: 'Letter', printBackground: true, preferCSSPageSize: true });
    expect(await fake.request('https://example.org/track.png')).toBe(true);
    expect(await fake.request('file:///tmp/decamp-report-x/report.html')).toBe(false);
    expect(await fake.permission()).toBe(false);
  });

  it('cleans up when printing fails', async () => {
    const fake = fakeElectron(true);
    await expect(createReportRenderer(fake.electron)('<p>x</p>', { pageSize: 'A4', printBackground: true, preferCSSPageSize: true })).rejects.toThrow('printing failed');
    expect(fake.windows[0]!.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(fake.windows[0]!.loadedUrl))).toBe(false);
  });
});
