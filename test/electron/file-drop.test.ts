/**
 * A project file dropped on the desktop window: the preload reads its path from the real File of the
 * drop (webUtils.getPathForFile, which gives nothing for a File the page made up) and hands it to
 * main, which opens it as the OS would, so it is granted like a file opened by double-click.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../shared/model/save';
import { routeDroppedFiles } from '../../electron/main/dropped-files';
import { makeProject } from './fixtures/project';
import { FILE_DROP_CHANNEL } from '../../shared/ipc';
import { installFileDrop } from '../../electron/preload/file-drop';
import { registerFileDrop, type IpcMainLike, type IpcSenderEvent } from '../../electron/main/ipc-handlers';

type Listener = (event: FakeDragEvent) => void;
interface FakeDragEvent {
  defaultPrevented: boolean;
  dataTransfer: { types: string[]; files: { name: string }[] } | null;
  preventDefault(): void;
}

function fakeWindow() {
  const listeners = new Map<string, Listener[]>();
  return {
    addEventListener: (type: string, l: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
    fire(type: string, files: { name: string }[], alreadyHandled = false) {
      const event: FakeDragEvent = {
        defaultPrevented: alreadyHandled,
        dataTransfer: { types: files.length > 0 ? ['Files'] : ['text/plain'], files },
        preventDefault: vi.fn(() => void (event.defaultPrevented = true)),
      };
      for (const l of listeners.get(type) ?? []) l(event);
      return event;
    },
  };
}

describe('preload: dropped files', () => {
  const real = { name: 'plan.decamp.json' };
  const madeUp = { name: 'evil.decamp.json' };
  const pathOf = (file: { name: string }) => (file === real ? '/home/me/plans/plan.decamp.json' : '');

  it('sends the path of a real dropped file to main and keeps the browser from opening it', () => {
    const win = fakeWindow();
    const send = vi.fn();
    installFileDrop(win as never, pathOf as never, send);
    expect(win.fire('dragover', [real]).preventDefault).toHaveBeenCalled();
    const drop = win.fire('drop', [real]);
    expect(drop.preventDefault).toHaveBeenCalled();
    expect(send.mock.calls).toEqual([[FILE_DROP_CHANNEL, ['/home/me/plans/plan.decamp.json']]]);
  });

  it('sends every real file of a drop (an inventory and its dependencies, say), and only those', () => {
    const win = fakeWindow();
    const send = vi.fn();
    const other = { name: 'deps.csv' };
    installFileDrop(win as never, ((f: { name: string }) => (f === madeUp ? '' : `/data/${f.name}`)) as never, send);
    win.fire('drop', [real, madeUp, other]);
    expect(send.mock.calls).toEqual([[FILE_DROP_CHANNEL, ['/data/plan.decamp.json', '/data/deps.csv']]]);
  });

  it('sends nothing for a File the page made up, for a drop the page handled itself, or for dragged text', () => {
    const win = fakeWindow();
    const send = vi.fn();
    installFileDrop(win as never, pathOf as never, send);
    win.fire('drop', [madeUp]);
    win.fire('drop', [real], true);
    expect(win.fire('dragover', []).preventDefault).not.toHaveBeenCalled();
    win.fire('drop', []);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('main: what a drop opens', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'decamp-drop-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function route() {
    const open = vi.fn();
    const importFiles = vi.fn();
    const failed = vi.fn();
    return { open, importFiles, failed, run: (paths: string[]) => routeDroppedFiles(paths, { open, importFiles, failed }) };
  }

  it('opens one project file (by its name, or a .json that starts like one)', async () => {
    await writeFile(join(dir, 'plan.json'), serializeProject(makeProject('A')));
    const r = route();
    await r.run([join(dir, 'shop.decamp.json')]);
    await r.run([join(dir, 'plan.json')]);
    expect(r.open.mock.calls).toEqual([[join(dir, 'shop.decamp.json')], [join(dir, 'plan.json')]]);
    expect(r.importFiles).not.toHaveBeenCalled();
  });

  it('offers anything else for import, by base name and bytes, never the path', async () => {
    await writeFile(join(dir, 'inventory.csv'), 'id,name\nweb,Web\n');
    await writeFile(join(dir, 'terraform.tfstate'), '{"version": 4, "resources": []}');
    const r = route();
    await r.run([join(dir, 'inventory.csv'), join(dir, 'terraform.tfstate')]);
    expect(r.open).not.toHaveBeenCalled();
    expect(r.importFiles.mock.calls).toEqual([
      [
        [
          { name: 'inventory.csv', bytes: new TextEncoder().encode('id,name\nweb,Web\n') },
          { name: 'terraform.tfstate', bytes: new TextEncoder().encode('{"version": 4, "resources": []}') },
        ],
      ],
    ]);
  });

  it('says why when a dropped file cannot be read', async () => {
    const r = route();
    await r.run([join(dir, 'gone.csv')]);
    expect(r.failed.mock.calls[0]?.[0]).toMatchObject({ code: 'io', message: expect.stringContaining('gone.csv') });
  });
});

describe('main: the drop channel', () => {
  const trusted: IpcSenderEvent = { sender: 'ours', senderFrame: { url: 'app://decamp/index.html', parent: null } };
  const foreign: IpcSenderEvent = { sender: 'other', senderFrame: { url: 'https://evil.example/', parent: null } };

  it('passes on absolute paths from our page only', () => {
    const listeners = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => void>();
    const ipcMain: IpcMainLike = { handle: () => undefined, on: (channel, l) => void listeners.set(channel, l) };
    const onDrop = vi.fn();
    registerFileDrop(ipcMain, (e) => e.sender === 'ours', onDrop);
    const listener = listeners.get(FILE_DROP_CHANNEL)!;
    listener(trusted, ['/home/me/plans/plan.decamp.json']);
    listener(foreign, ['/home/me/.bashrc']);
    listener(trusted, ['relative/plan.decamp.json']);
    listener(trusted, ['/a.csv', 'relative.csv']);
    listener(trusted, '/home/me/plans/plan.decamp.json');
    listener(trusted, [{ path: '/x' }]);
    listener(trusted, [`/${'x'.repeat(5000)}`]);
    listener(trusted, Array.from({ length: 1001 }, (_, i) => `/f${i}.csv`));
    expect(onDrop.mock.calls).toEqual([[['/home/me/plans/plan.decamp.json']]]);
  });
});
