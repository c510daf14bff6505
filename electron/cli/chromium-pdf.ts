/**
 * The CLI's PDF: the HTML report printed by a local Chromium (`--headless --print-to-pdf`), the
 * same engine as the app's printToPDF. The paper size comes from the page's own `@page` rule, and
 * the page numbers from its footer margin box, so Chromium's own header and footer are turned off.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Chromium is on the machines we know; DECAMP_CHROMIUM wins. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const given = env.DECAMP_CHROMIUM;
  if (given) return exists(given) ? given : null;
  return CHROMIUM_CANDIDATES.find((p) => exists(p)) ?? null;
}

export const NO_CHROMIUM_MESSAGE =
  'PDF needs Chromium or Google Chrome, and none was found (looked in /usr/bin/chromium, /usr/bin/google-chrome and the usual places; set DECAMP_CHROMIUM to its path). Install it (Debian: apt-get install chromium), or export --format html and print that page to PDF from a browser.';

export interface PrintResult {
  readonly ok: boolean;
  readonly pdf?: Uint8Array;
  readonly message?: string;
}

/** Prints `html` to PDF with the Chromium at `chromium`; gives up after `timeoutMs`. */
export async function printHtmlToPdf(chromium: string, html: string, timeoutMs = 120_000): Promise<PrintResult> {
  const dir = await mkdtemp(join(tmpdir(), 'decamp-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const out = join(dir, 'report.pdf');
    await writeFile(page, html, 'utf8');
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      // A root process (CI, containers) cannot use Chromium's sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      pathToFileURL(page).href,
    ];
    const result = await run(chromium, args, timeoutMs);
    if (!existsSync(out)) return { ok: false, message: `Chromium did not write the PDF (${result}).` };
    return { ok: true, pdf: new Uint8Array(await readFile(out)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const stopped = `stopped after ${Math.round(timeoutMs / 1000)} s`;
    // Once stopped, say so at its exit: 'close' would also wait for any process it started that still holds stderr.
    const timer = setTimeout(() => {
      child.once('exit', () => resolve(stopped));
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve(e.message);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ? stopped : `exit code ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`);
    });
  });
}
