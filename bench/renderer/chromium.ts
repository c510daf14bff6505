/**
 * Chromium for the end-to-end tests and the renderer benchmark: build the web renderer into a folder named by a hash of its
 * sources, serve that folder from 127.0.0.1 on a random port with node:http, and launch the system Chromium headless.
 *
 * Why a folder per source hash and not dist-web: `vite build` empties its output folder first, so a build started by one run (another
 * engineer's e2e, the benchmark, a second test file) used to delete the page and its lazy chunks from under a run that was still
 * loading them, and that run timed out waiting for the app. A finished build is never changed again; a new source state gets a new
 * folder, built aside and moved in with one rename, so concurrent runs share a build or make their own and never break each other.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Debian's Chromium, as .ci/run installs it; DECAMP_CHROMIUM points elsewhere (another distribution's path, or a missing one to see the skip). */
export const CHROMIUM = process.env.DECAMP_CHROMIUM || '/usr/bin/chromium';
export const RESULTS = join(ROOT, 'test-results');
export const hasChromium = existsSync(CHROMIUM);
/** Builds of the web renderer, one folder per source hash. */
export const BUILDS = join(ROOT, 'node_modules', '.cache', 'decamp-web');

/** A build unused for this long is removed by the next build (a run touches its build when it starts). */
const KEEP_BUILD_MS = 6 * 60 * 60 * 1000;
/** A build takes about a second, a few on a loaded machine; past this it is hung, and the run says so instead of waiting forever. */
const BUILD_TIMEOUT_MS = 120_000;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

/** Every file the web build reads from this repository, sorted, so the hash does not depend on directory order. */
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** A hash of the sources and the dependency lock: equal hashes build the same app. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [...sourceFiles(join(ROOT, 'renderer')), ...sourceFiles(join(ROOT, 'shared')), join(ROOT, 'vite.web.config.ts'), join(ROOT, 'scripts', 'web-headers.ts'), join(ROOT, 'electron', 'main', 'security.ts'), join(ROOT, 'package-lock.json')];
  for (const file of files) {
    hash.update(relative(ROOT, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function runVite(outDir: string): Promise<void> {
  const args = [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL' });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code === 0) ok();
      else fail(new Error(signal ? `vite build of the web renderer was stopped (${signal}) after ${BUILD_TIMEOUT_MS / 1000} s` : `vite build of the web renderer failed (exit ${code})`));
    });
  });
}

function pruneOldBuilds(keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(BUILDS)) {
    const path = join(BUILDS, name);
    if (path === keep) continue;
    try {
      if (now - statSync(path).mtimeMs > KEEP_BUILD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed or renamed it first.
    }
  }
}

/**
 * The folder holding a build of the web renderer from the current sources: built now unless a build of the same sources exists.
 * Each test file calls it; the first builds, the others (and concurrent runs) reuse that build.
 */
export async function buildWeb(): Promise<string> {
  const dir = join(BUILDS, sourceHash());
  mkdirSync(BUILDS, { recursive: true });
  if (!existsSync(join(dir, 'index.html'))) {
    const scratch = `${dir}.${process.pid}.${Date.now()}.tmp`;
    try {
      await runVite(scratch);
      // One rename publishes the whole build; if another run published the same hash first, its build is as good as ours.
      try {
        renameSync(scratch, dir);
      } catch (error) {
        if (!existsSync(join(dir, 'index.html'))) throw error;
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const now = new Date();
  utimesSync(dir, now, now);
  pruneOldBuilds(dir);
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serve the built app in `dir` on 127.0.0.1; resolves with the base URL and the server to close. */
export function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
