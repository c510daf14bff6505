/**
 * The Import dialog's reader: the worker's round trip (with a stand-in Worker that answers on a later
 * task, as a real one does, through the worker's own handler), Cancel, a worker that dies, and the
 * format the user chose deciding whether a file's tables are read.
 */
import { describe, expect, it } from 'vitest';
import { newProjectForImport } from '../../../shared/import';
import type { ImportFile } from '../../../shared/ipc';
import type { ImportRequest } from '../../../renderer/src/import-worker/protocol';
import { answer, inspectFiles } from '../../../renderer/src/import-worker/reading';
import { createDirectReader, createWorkerReader, ImportCancelled } from '../../../renderer/src/import-worker/reader';

const file = (name: string, text: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });
const CSV = file('servers.csv', 'id,name,depends on\ns1,web,s2\ns2,db,\n');
const project = newProjectForImport({ name: 'Empty', startDate: '2026-12-01', sourceProvider: 'alibaba', teamName: 'Team 1', locale: 'en', currency: 'USD' });

/** A Worker that answers through the worker's handler on a later task, and can be told to die instead. */
class StandInWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ImportRequest[] = [];
  dieWith: string | null = null;
  postMessage(request: ImportRequest) {
    this.received.push(structuredClone(request));
    setTimeout(() => {
      if (this.terminated) return;
      if (this.dieWith !== null) return this.onerror?.({ message: this.dieWith, preventDefault() {} } as ErrorEvent);
      void answer(structuredClone(request)).then((response) => !this.terminated && this.onmessage?.({ data: structuredClone(response) } as MessageEvent));
    }, 5);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the import reader', () => {
  it('reads through the worker what reading here gives, the merge preview with it', async () => {
    const workers: StandInWorker[] = [];
    const reader = createWorkerReader(() => {
      workers.push(new StandInWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const inspection = await reader.inspect([CSV], ['auto']);
    expect(inspection.detected).toEqual(['csv']);
    expect(inspection.tables.map((t) => t.rows.length)).toEqual([3]);
    const options = { sourceProvider: 'alibaba' as const, takenIds: [] };
    const reading = await reader.read([CSV], options, project);
    expect(reading.outcome.ok).toBe(true);
    expect(reading.outcome.fragment.workloads.map((w) => w.name)).toEqual(['web', 'db']);
    expect(reading.preview?.added.map((a) => a.name)).toEqual(['web', 'db']);
    expect(reading).toEqual(await createDirectReader().read([CSV], options, project));
    // One worker for the session, started on first use.
    expect(workers).toHaveLength(1);
  });

  it('rejects the reading in hand with ImportCancelled on cancel, stops the worker, and starts a new one for the next', async () => {
    const workers: StandInWorker[] = [];
    const reader = createWorkerReader(() => {
      workers.push(new StandInWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const inHand = reader.inspect([CSV], ['auto']);
    reader.cancel();
    await expect(inHand).rejects.toBeInstanceOf(ImportCancelled);
    expect(workers[0]!.terminated).toBe(true);
    expect((await reader.inspect([CSV], ['auto'])).detected).toEqual(['csv']);
    expect(workers).toHaveLength(2);
  });

  it('fails the reading in hand with the message of a worker that dies', async () => {
    const reader = createWorkerReader(() => Object.assign(new StandInWorker(), { dieWith: 'out of memory' }) as unknown as Worker);
    await expect(reader.inspect([CSV], ['auto'])).rejects.toThrow('out of memory');
  });

  it('drops a cancelled reading on this thread too', async () => {
    const reader = createDirectReader();
    const inHand = reader.inspect([CSV], ['auto']);
    reader.cancel();
    await expect(inHand).rejects.toBeInstanceOf(ImportCancelled);
  });

  it('reads the tables of a file the user says is a spreadsheet, and none of a spreadsheet the user says is something else', async () => {
    const unnamed = file('export.dat', 'id;name\ns1;web\n');
    expect((await inspectFiles([unnamed], ['csv'])).tables.map((t) => t.file)).toEqual(['export.dat']);
    expect((await inspectFiles([CSV], ['tfstate'])).tables).toEqual([]);
    const terraform = file('state.dat', JSON.stringify({ version: 4, terraform_version: '1.5.7', resources: [] }));
    expect(await inspectFiles([terraform], ['auto'])).toEqual({ detected: ['tfstate'], tables: [] });
  });
});
