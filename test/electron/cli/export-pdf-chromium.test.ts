/**
 * `decamp export --format pdf` with the Chromium it finds or DECAMP_CHROMIUM names: here stand-in
 * programs (shell scripts) that print, fail, or hang, so every outcome the user can meet is seen
 * without depending on a real browser.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, printHtmlToPdf } from '../../../electron/cli/chromium-pdf';
import { restoreEnvAfterEach, run, samplePath } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'decamp-fake-chromium-'));

/** A stand-in for Chromium: a shell script with `body`, executable unless told otherwise. */
function fakeChromium(name: string, body: string, executable = true): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, executable ? 0o755 : 0o644);
  return path;
}

const ARGS = join(dir, 'args.txt');
/** Writes its arguments one a line to ARGS, and a small PDF where --print-to-pdf= says. */
const PRINTS = `printf '%s\\n' "$@" > '${ARGS}'\nfor a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF-1.4 fake' > "\${a#--print-to-pdf=}";; esac; done`;

describe('decamp export --format pdf through DECAMP_CHROMIUM', () => {
  restoreEnvAfterEach('DECAMP_CHROMIUM');

  it("writes what Chromium printed to -o, run headless on the report page with Chromium's own header and footer off", async () => {
    process.env.DECAMP_CHROMIUM = fakeChromium('prints', PRINTS);
    const out = mkdtempSync(join(tmpdir(), 'decamp-pdf-out-'));
    const r = await run(['export', samplePath('online-shop'), '--format', 'pdf', '-o', 'report.pdf', '--runs', '50'], out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${join(out, 'report.pdf')}\n`);
    expect(readFileSync(join(out, 'report.pdf'), 'utf8')).toBe('%PDF-1.4 fake');
    const args = readFileSync(ARGS, 'utf8').trim().split('\n');
    expect(args).toEqual(expect.arrayContaining(['--headless', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--no-pdf-header-footer']));
    // Running as root (CI, containers), Chromium's sandbox cannot start.
    expect(args.includes('--no-sandbox')).toBe(process.getuid?.() === 0);
    const page = args.at(-1)!;
    expect(page).toMatch(/^file:\/\/\/.+\/report\.html$/);
    const pdf = args.find((a) => a.startsWith('--print-to-pdf='))!.slice('--print-to-pdf='.length);
    expect(args.find((a) => a.startsWith('--user-data-dir='))).toBe(`--user-data-dir=${join(pdf, '..', 'profile')}`);
    // Its working folder (the page, the profile, the PDF) is gone once the PDF is copied out.
    expect(existsSync(join(pdf, '..'))).toBe(false);
  });

  it("says why when Chromium writes no PDF: its exit code and the last line it printed; exit 1, nothing written", async () => {
    process.env.DECAMP_CHROMIUM = fakeChromium('fails', "echo 'starting' >&2\necho 'Missing X server or $DISPLAY' >&2\nexit 3");
    const out = mkdtempSync(join(tmpdir(), 'decamp-pdf-out-'));
    const r = await run(['export', samplePath('online-shop'), '--format', 'pdf', '-o', 'report.pdf', '--runs', '50'], out);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'decamp: the PDF could not be printed: Chromium did not write the PDF (exit code 3: Missing X server or $DISPLAY).\n' });
    expect(existsSync(join(out, 'report.pdf'))).toBe(false);
  });

  it('gives the exit code alone when Chromium printed nothing', async () => {
    process.env.DECAMP_CHROMIUM = fakeChromium('silent', 'exit 5');
    const r = await run(['export', samplePath('online-shop'), '--format', 'pdf', '-o', 'report.pdf', '--runs', '50'], mkdtempSync(join(tmpdir(), 'decamp-pdf-out-')));
    expect(r.stderr).toBe('decamp: the PDF could not be printed: Chromium did not write the PDF (exit code 5).\n');
  });

  it('gives the system reason when the program cannot be started', async () => {
    process.env.DECAMP_CHROMIUM = fakeChromium('not-executable', PRINTS, false);
    const r = await run(['export', samplePath('online-shop'), '--format', 'pdf', '-o', 'report.pdf', '--runs', '50'], mkdtempSync(join(tmpdir(), 'decamp-pdf-out-')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^decamp: the PDF could not be printed: Chromium did not write the PDF \(spawn .*not-executable EACCES\)\.\n$/);
  });
});

describe('printing to PDF', () => {
  it('stops a Chromium that hangs, and says after how long, without waiting for what it started', async () => {
    // The script's `sleep` (a process it started, as Chromium starts its helpers) outlives the script and
    // this test's time limit, holding stderr: waiting for stderr to close would fail the test.
    const result = await printHtmlToPdf(fakeChromium('hangs', 'sleep 90'), '<p>x</p>', 1000);
    expect(result).toEqual({ ok: false, message: 'Chromium did not write the PDF (stopped after 1 s).' });
  });
});

describe('finding Chromium', () => {
  it('takes DECAMP_CHROMIUM when it exists, and then looks nowhere else', () => {
    expect(findChromium({ DECAMP_CHROMIUM: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium')).toBe('/opt/chrome');
    expect(findChromium({ DECAMP_CHROMIUM: '/opt/chrome' }, (p) => p === '/usr/bin/chromium')).toBeNull();
  });

  it('otherwise takes the first of the usual places that exists', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome' || p === '/usr/bin/google-chrome-stable')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, (p) => p === 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(findChromium({}, () => false)).toBeNull();
  });
});
