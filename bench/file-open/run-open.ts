/** Run open-child.ts (bundled once) on a file under a V8 heap limit and a time limit; shared by the test and the benchmark. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface OpenOutcome {
  readonly ok: boolean;
  readonly code: string | null;
  readonly message: string | null;
  readonly workloads: number;
  readonly ms: number;
  readonly peakRssMb: number;
}

/** Bundle the child to `outDir` so each open starts in milliseconds, not a TypeScript compile. */
export async function bundleOpenChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'open-child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'open-child.ts')], bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], outfile, logLevel: 'silent' });
  return outfile;
}

/** Open `file` in a child limited to `heapMb` of V8 heap; rejects if it crashes (out of memory) or outlives `timeoutMs`. */
export function openInChild(child: string, file: string, heapMb: number, timeoutMs: number): Promise<OpenOutcome> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(JSON.parse(stdout) as OpenOutcome);
      const why = signal === 'SIGKILL' ? `still running after ${timeoutMs} ms` : `exited with ${signal ?? code}`;
      reject(new Error(`opening ${file} ${why}: ${stderr.split('\n').slice(0, 8).join('\n')}`));
    });
  });
}
