/**
 * `planProject` on both cores for a Node host that plans again and again with one helper kept warm
 * (the bench, as the app's plan worker does with its nested worker): this thread plans the
 * deterministic phases and sends a worker thread what the runs need (the schedule model, not the
 * project); the worker simulates the later runs of the Monte Carlo while this thread simulates the
 * earlier ones (fewer: it then works out what follows the Monte Carlo but reads only the
 * deterministic plan), then each replays half of the drivers' runs with one source switched off
 * alone and half the runs of their turns, and the shares merge into the single thread's plan to
 * the last bit
 * (shared/plan/plan-parallel.ts). The worker loads the TypeScript sources through tsx's ES module
 * API (a loader registered with `tsx/esm/api` is scoped to its import, not inherited by a worker).
 * A helper that cannot start, fails or exits leaves the host to simulate those runs itself: the
 * same plan, on one core. The CLI plans once a process and stays on one thread: a cold helper loads
 * tsx and the engine before its first run, which took longer than the half of the runs it saves
 * (`decamp plan --json` of the mid-size sample 2.8-3.2 s on one thread, 3.4-3.8 s with a helper
 * started for it; quiet.sh, 2026-12-02).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanHelperPort, TurnsRequest } from '../../shared/plan/plan-parallel';
import type { AloneRequest, AloneShare, RunSetup, RunsPart, TurnsShare } from '../../shared/plan/simulate';
import type { HelperRequest } from './helper-worker';

type Reply = { id: number; value: unknown } | { id: number; error: string };

// CommonJS, as an eval worker is: import tsx's ES module API, then the helper's TypeScript through it.
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.module, workerData.parent)).catch((error) => {
  parentPort.postMessage({ id: -1, error: String((error && error.message) || error) });
});
`;

/** tsx's ES module API as a file URL, from its package's own exports (its CommonJS build cannot load from an eval worker). */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/** One helper thread, kept between plans (a cold worker pays for loading the engine). */
export class PlanHelper implements PlanHelperPort {
  private worker: Worker | undefined;
  private failed = false;
  private next = 1;
  private readonly waiting = new Map<number, (value: unknown) => void>();

  /** The later runs of the plan `setup` comes from (`of` names that plan for `aloneShare`), or null when the helper cannot give them. */
  async laterRuns(setup: RunSetup): Promise<{ of: number; part: RunsPart | null } | null> {
    const id = this.next++;
    const part = await this.ask<RunsPart | null>({ kind: 'later', id, setup });
    return part === undefined ? null : { of: id, part };
  }

  /** The helper's share of the alone replays of plan `of`, or null when it cannot give it. */
  async aloneShare(of: number, request: AloneRequest): Promise<AloneShare | null> {
    const share = await this.ask<AloneShare>({ kind: 'alone', id: this.next++, of, request });
    return share ?? null;
  }

  /** The helper's runs of the turns of plan `of`, or null when it cannot give them. */
  async turnsShare(of: number, request: TurnsRequest): Promise<TurnsShare | null> {
    const share = await this.ask<TurnsShare>({ kind: 'turns', id: this.next++, of, request });
    return share ?? null;
  }

  /** Posts a request; undefined when the helper cannot answer it. */
  private ask<T>(message: HelperRequest): Promise<T | undefined> {
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.set(message.id, resolve as (value: unknown) => void);
      try {
        worker.postMessage(message);
      } catch {
        this.waiting.delete(message.id);
        resolve(undefined);
      }
    });
  }

  /** Ends the thread; a later plan starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.settleAll();
    if (worker) await worker.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    // On one core the two threads would take turns: the helper would only add its set-up and the copies.
    if (availableParallelism() < 2) {
      this.failed = true;
      return undefined;
    }
    try {
      const module = new URL('./helper-worker.ts', import.meta.url).href;
      const tsx = tsxApi();
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { tsx, module, parent: import.meta.url } });
      worker.unref(); // a helper never keeps the process alive
      worker.on('message', (reply: Reply) => {
        if (reply.id === -1) return this.fail();
        const resolve = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        resolve?.('value' in reply ? reply.value : undefined);
      });
      worker.on('error', () => this.fail());
      worker.on('exit', () => {
        if (this.worker === worker) this.worker = undefined;
        this.settleAll();
      });
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private fail(): void {
    this.failed = true;
    void this.close();
  }

  private settleAll(): void {
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }
}
