/**
 * Prints a report page to PDF in a window of its own: hidden, sandboxed, JavaScript off, in a
 * session that loads nothing but the page itself. The page is a temporary file (a data URL would
 * hit Chromium's URL length limit on a large estate), removed afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ElectronModule from 'electron';
import type { PdfRenderOptions } from './print-pdf';

const PARTITION = 'decamp-report';

export function createReportRenderer(electron: Pick<typeof ElectronModule, 'BrowserWindow' | 'session'>): (html: string, options: PdfRenderOptions) => Promise<Uint8Array> {
  let sessionReady = false;
  return async (html, options) => {
    const ses = electron.session.fromPartition(PARTITION);
    if (!sessionReady) {
      // The report is self-contained: anything it tried to fetch would be a leak, so nothing is fetched.
      ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') }));
      ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
      sessionReady = true;
    }
    const dir = await mkdtemp(join(tmpdir(), 'decamp-report-'));
    const file = join(dir, 'report.html');
    const win = new electron.BrowserWindow({ show: false, webPreferences: { partition: PARTITION, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    try {
      await writeFile(file, html, 'utf8');
      await win.loadURL(pathToFileURL(file).href);
      return new Uint8Array(await win.webContents.printToPDF(options));
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
