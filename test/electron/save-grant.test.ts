/**
 * The save grant, through the real handlers (registerHandlers + createAppHandlers over the real file
 * service and stores, on a temporary disk): main writes only where the user chose in a dialog or
 * opened from the OS, never where the page names.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, type IpcOperation, type IpcRequest, type IpcResponses, type IpcResult } from '../../shared/ipc';
import { serializeProject } from '../../shared/model/save';
import { APP_ENTRY_URL } from '../../electron/main/app-protocol';
import { createAppHandlers, createOsOpener, type AppHandlerContext } from '../../electron/main/app-handlers';
import { type IpcMainLike, type IpcSenderEvent, registerHandlers } from '../../electron/main/ipc-handlers';
import { createFileGrants } from '../../electron/services/file-grants';
import { createFileService } from '../../electron/services/file-service';
import { createRecentFilesStore } from '../../electron/services/recent-files';
import { createRecoveryStore } from '../../electron/services/recovery-store';
import { createSettingsStore } from '../../electron/services/settings-store';
import { makeProject } from './fixtures/project';

let dir: string;
let home: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-grant-'));
  home = join(dir, 'home');
  await mkdir(join(home, 'Documents'), { recursive: true });
  await mkdir(join(home, '.config', 'autostart'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const trusted: IpcSenderEvent = { sender: {}, senderFrame: { url: APP_ENTRY_URL, parent: null } };

/** One app start: fresh grants, the same userData folder. */
function start() {
  const channels = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void channels.set(channel, listener), on: () => undefined };
  const dialogs = {
    showOpenDialog: vi.fn(async (_o: unknown) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (_o: unknown): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  };
  const ctx: AppHandlerContext = {
    files: createFileService({ loadSample: (id) => makeProject(id) }),
    grants: createFileGrants(),
    recent: createRecentFilesStore(join(dir, 'userData')),
    recovery: createRecoveryStore(join(dir, 'userData', 'recovery')),
    settings: createSettingsStore(join(dir, 'userData')),
    dialogs,
    openExternal: async () => undefined,
    renderPdf: async () => new Uint8Array(),
    documentsFolder: join(home, 'Documents'),
    now: () => new Date('2027-05-01T08:00:00Z'),
    onDocumentState: () => undefined,
    onSettingsChanged: () => undefined,
    onRecentFilesChanged: () => undefined,
  };
  registerHandlers(ipcMain, () => true, createAppHandlers(ctx));
  const invoke = async <K extends IpcOperation>(op: K, request: IpcRequest<K>) => (await channels.get(ipcChannel(op))!(trusted, request)) as IpcResult<IpcResponses[K]>;
  return { invoke, dialogs, ctx, openFromOs: createOsOpener(ctx) };
}

const recentPaths = async (invoke: ReturnType<typeof start>['invoke']) => {
  const r = await invoke('recentFiles', {});
  return r.ok ? r.value.map((f) => f.filePath) : [];
};

describe('save writes only to a path main granted', () => {
  it('refuses ~/.bashrc, a path climbing out of Documents and a relative path, even with overwriteChanged; none is written or becomes recent', async () => {
    const { invoke } = start();
    const bashrc = join(home, '.bashrc');
    await writeFile(bashrc, 'export PATH=/usr/bin\n');
    const attempts = [bashrc, `${home}/Documents/../.config/autostart/../../evil.sh`, 'evil.decamp.json', `${home}/Documents/never-opened.decamp.json`];
    for (const filePath of attempts) {
      const result = await invoke('save', { project: makeProject('evil'), filePath, diskVersion: null, overwriteChanged: true });
      expect(result, filePath).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await readFile(bashrc, 'utf8')).toBe('export PATH=/usr/bin\n');
    await expect(stat(join(home, 'evil.sh'))).rejects.toThrow();
    await expect(stat(join(process.cwd(), 'evil.decamp.json'))).rejects.toThrow();
    expect((await readdir(join(home, 'Documents'))).sort()).toEqual([]);
    expect(await recentPaths(invoke)).toEqual([]);
  });

  it('saves over a file chosen in the open dialog, one chosen in the save dialog, and one the OS opened', async () => {
    const { invoke, dialogs, openFromOs } = start();
    const chosen = join(home, 'Documents', 'shop.decamp.json');
    const fromOs = join(home, 'Documents', 'os.decamp.json');
    await writeFile(chosen, serializeProject(makeProject('A')));
    await writeFile(fromOs, serializeProject(makeProject('B')));

    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const opened = await invoke('openDialog', {});
    const diskVersion = opened.ok ? (opened.value?.diskVersion ?? null) : null;
    expect(await invoke('save', { project: makeProject('A2'), filePath: chosen, diskVersion, overwriteChanged: false })).toMatchObject({ ok: true });
    expect(await readFile(chosen, 'utf8')).toBe(serializeProject(makeProject('A2')));

    const fromOsOpened = await openFromOs(fromOs);
    expect(fromOsOpened.ok).toBe(true);
    const osVersion = fromOsOpened.ok ? fromOsOpened.value.diskVersion : null;
    expect(await invoke('save', { project: makeProject('B2'), filePath: fromOs, diskVersion: osVersion, overwriteChanged: false })).toMatchObject({ ok: true });

    const saveAsTarget = join(home, 'Documents', 'new-plan');
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: saveAsTarget });
    const savedAs = await invoke('saveAs', { project: makeProject('C'), suggestedName: 'new-plan' });
    expect(savedAs.ok && savedAs.value?.filePath).toBe(`${saveAsTarget}.decamp.json`);
    const again = await invoke('save', { project: makeProject('C2'), filePath: `${saveAsTarget}.decamp.json`, diskVersion: savedAs.ok ? (savedAs.value?.diskVersion ?? null) : null, overwriteChanged: false });
    expect(again).toMatchObject({ ok: true });
  });

  it('a granted path spelled differently (with ..) is still the granted file; a sibling is not', async () => {
    const { invoke, dialogs } = start();
    const chosen = join(home, 'Documents', 'shop.decamp.json');
    await writeFile(chosen, serializeProject(makeProject('A')));
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await invoke('openDialog', {});
    const spelled = `${home}/Documents/../Documents/shop.decamp.json`;
    expect(await invoke('save', { project: makeProject('A2'), filePath: spelled, diskVersion: null, overwriteChanged: true })).toMatchObject({ ok: true });
    expect(await invoke('save', { project: makeProject('A2'), filePath: join(home, 'Documents', 'shop2.decamp.json'), diskVersion: null, overwriteChanged: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('the page may reopen only files in the recent list main keeps; reopening one grants it again on the next start', async () => {
    const first = start();
    const chosen = join(home, 'Documents', 'shop.decamp.json');
    const other = join(home, 'Documents', 'someone-else.decamp.json');
    await writeFile(chosen, serializeProject(makeProject('A')));
    await writeFile(other, serializeProject(makeProject('X')));
    first.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await first.invoke('openDialog', {});

    const next = start();
    expect(await next.invoke('openPath', { filePath: other })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await next.invoke('save', { project: makeProject('A2'), filePath: chosen, diskVersion: null, overwriteChanged: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const reopened = await next.invoke('openPath', { filePath: chosen });
    expect(reopened.ok).toBe(true);
    const version = reopened.ok ? reopened.value.diskVersion : null;
    expect(await next.invoke('save', { project: makeProject('A2'), filePath: chosen, diskVersion: version, overwriteChanged: false })).toMatchObject({ ok: true });
  });
});

describe('autosave and recover under the grant', () => {
  it('autosave refuses a file main never granted and writes only into the recovery folder', async () => {
    const { invoke } = start();
    const bashrc = join(home, '.bashrc');
    const result = await invoke('autosave', { project: makeProject('evil'), filePath: bashrc, diskVersion: null, displayName: 'bashrc' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(stat(bashrc)).rejects.toThrow();
    expect(await invoke('listRecovery', {})).toEqual({ ok: true, value: [] });
    expect(await invoke('autosave', { project: makeProject('draft'), filePath: null, diskVersion: null, displayName: 'Untitled' })).toMatchObject({ ok: true });
    expect(await readdir(join(dir, 'userData', 'recovery'))).toEqual(['untitled.recovery.json']);
  });

  it('a recovered copy still asks before overwriting a file changed on disk since it was opened, and saves over an unchanged one', async () => {
    const crashed = start();
    const chosen = join(home, 'Documents', 'shop.decamp.json');
    await writeFile(chosen, serializeProject(makeProject('A')));
    crashed.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const opened = await crashed.invoke('openDialog', {});
    const base = opened.ok ? (opened.value?.diskVersion ?? null) : null;
    const entry = await crashed.invoke('autosave', { project: makeProject('unsaved edit'), filePath: chosen, diskVersion: base, displayName: 'shop' });
    expect(entry.ok).toBe(true);
    const id = entry.ok ? entry.value.id : '';

    // The app crashed; a colleague's version arrives through git before the next start.
    await writeFile(chosen, serializeProject(makeProject('colleague')));
    const next = start();
    const recovered = await next.invoke('recover', { id });
    expect(recovered.ok).toBe(true);
    if (!recovered.ok) return;
    expect(recovered.value.filePath).toBe(chosen);
    const save = (overwriteChanged: boolean) => next.invoke('save', { project: recovered.value.project, filePath: chosen, diskVersion: recovered.value.diskVersion, overwriteChanged });
    expect(await save(false)).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
    expect(await readFile(chosen, 'utf8')).toBe(serializeProject(makeProject('colleague')));
    expect(await save(true)).toMatchObject({ ok: true });
  });

  it('a recovered copy of an unchanged file saves over it without asking', async () => {
    const crashed = start();
    const chosen = join(home, 'Documents', 'shop.decamp.json');
    await writeFile(chosen, serializeProject(makeProject('A')));
    crashed.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const opened = await crashed.invoke('openDialog', {});
    const base = opened.ok ? (opened.value?.diskVersion ?? null) : null;
    const entry = await crashed.invoke('autosave', { project: makeProject('unsaved edit'), filePath: chosen, diskVersion: base, displayName: 'shop' });
    const next = start();
    const recovered = await next.invoke('recover', { id: entry.ok ? entry.value.id : '' });
    if (!recovered.ok) throw new Error(recovered.error.message);
    expect(await next.invoke('save', { project: recovered.value.project, filePath: chosen, diskVersion: recovered.value.diskVersion, overwriteChanged: false })).toMatchObject({ ok: true });
    expect(await readFile(chosen, 'utf8')).toBe(serializeProject(makeProject('unsaved edit')));
  });
});

describe('save never writes a file Decamp would refuse to open', () => {
  async function openedShop() {
    const app = start();
    const chosen = join(home, 'Documents', 'shop.decamp.json');
    await writeFile(chosen, serializeProject(makeProject('A')));
    app.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await app.invoke('openDialog', {});
    return { ...app, chosen };
  }

  it('refuses a dangling reference and a duplicate id with located errors, leaving the file as it was', async () => {
    const { invoke, chosen } = await openedShop();
    const dangling = makeProject('B');
    dangling.dependencies.push({ id: 'dep-x', from: 'wl-0', to: 'no-such-workload', kind: 'sync', coupling: 'loose' });
    const duplicate = makeProject('B');
    duplicate.workloads.push({ ...duplicate.workloads[0]! });
    for (const project of [dangling, duplicate]) {
      const result = await invoke('save', { project, filePath: chosen, diskVersion: null, overwriteChanged: true });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-project' } });
      expect(!result.ok && result.error.loadErrors?.length).toBeGreaterThan(0);
    }
    expect(await readFile(chosen, 'utf8')).toBe(serializeProject(makeProject('A')));
    await expect(stat(`${chosen}.bak`)).rejects.toThrow();
  });

  it('refuses what would be over the open limit, through save and save as', async () => {
    const app = start();
    const small = { ...app.ctx, files: createFileService({ loadSample: (id) => makeProject(id), maxBytes: 4096 }) };
    const handlers = createAppHandlers(small);
    app.dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(home, 'Documents', 'big') });
    const result = await handlers.saveAs({ project: makeProject('big', 40), suggestedName: 'big' }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await readdir(join(home, 'Documents'))).toEqual([]);
  });
});
