import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import type { IpcError, OpenedDocument } from '../../../shared/ipc';
import { createBrowserApi } from '../../../renderer/src/platform/browser-api';
import { fingerprint, projectFileName } from '../../../renderer/src/platform/file-pickers';

function drop(file: File) {
  const event = new Event('drop', { cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files: [file] } });
  window.dispatchEvent(event);
}

describe('browser DesktopApi', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('keeps settings in localStorage and ignores junk there', async () => {
    const api = createBrowserApi(window);
    expect(await api.invoke('getSettings', {})).toEqual({ ok: true, value: { theme: 'system', locale: 'system', firstRunDone: false } });
    await api.invoke('setSettings', { theme: 'dark', firstRunDone: true });
    expect(await api.invoke('getSettings', {})).toEqual({ ok: true, value: { theme: 'dark', locale: 'system', firstRunDone: true } });
    localStorage.setItem('decamp.settings', '{"theme":"purple","locale":42');
    expect(await api.invoke('getSettings', {})).toEqual({ ok: true, value: { theme: 'system', locale: 'system', firstRunDone: false } });
  });

  it('opens the samples, refuses non-https links, and names the window after the document', async () => {
    const api = createBrowserApi(window);
    const sample = await api.invoke('openSample', { sampleId: 'online-shop' });
    expect(sample.ok && sample.value.project.workloads.length).toBeGreaterThan(0);
    const link = await api.invoke('openExternal', { url: 'http://example.com' });
    expect(link.ok).toBe(false);
    await api.invoke('setDocumentState', { displayName: 'shop.decamp.json', dirty: true });
    expect(document.title).toBe('• shop.decamp.json — Decamp');
  });

  it('without the File System Access API, offers a download with a project file name, and says it is only offered', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const api = createBrowserApi(window);
    const project = loadSample('online-shop');
    const saved = await api.invoke('saveAs', { project, suggestedName: 'My shop: move' });
    expect(saved).toEqual({ ok: true, value: { filePath: 'My shop- move.decamp.json', displayName: 'My shop- move.decamp.json', diskVersion: fingerprint(serializeProject(project)), offeredAsDownload: true } });
    expect(clicks).toEqual(['My shop- move.decamp.json']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('reads a dropped file: a good one opens, a bad one reports located errors', async () => {
    const api = createBrowserApi(window);
    const opened: OpenedDocument[] = [];
    const failed: IpcError[] = [];
    api.on('openDocument', (d) => opened.push(d));
    api.on('openFailed', (e) => failed.push(e));
    const text = serializeProject(loadSample('online-shop'));
    drop(new File([text], 'shop.decamp.json'));
    drop(new File([text.replace(/"formatVersion": \d+/, '"formatVersion": "one"')], 'broken.decamp.json'));
    drop(new File(['{ not json'], 'garbage.json'));
    await vi.waitFor(() => expect(opened.length + failed.length).toBe(3));
    // Known by a key of its own, not its bare name: another folder's shop.decamp.json is another file.
    expect(opened[0]).toMatchObject({ filePath: expect.stringMatching(/^file-/), displayName: 'shop.decamp.json' });
    expect(failed).toHaveLength(2);
    for (const f of failed) {
      expect(f.loadErrors?.length).toBeGreaterThan(0);
      expect(f.loadErrors?.[0]?.line).toBeGreaterThan(0);
    }
  });

  it('offers a dropped file that is not a project for import, with its bytes', async () => {
    const api = createBrowserApi(window);
    const offered: { name: string; bytes: Uint8Array }[][] = [];
    api.on('importFiles', (files) => offered.push([...files]));
    drop(new File(['name,type\nweb,vm\n'], 'hosts.csv'));
    drop(new File(['{"version":4,"terraform_version":"1.5.0","resources":[]}'], 'state.json'));
    await vi.waitFor(() => expect(offered).toHaveLength(2));
    expect(offered[0]?.[0]?.name).toBe('hosts.csv');
    expect(new TextDecoder().decode(offered[0]?.[0]?.bytes)).toBe('name,type\nweb,vm\n');
    expect(offered[1]?.[0]?.name).toBe('state.json');
  });

  it('refuses a dropped file over 100 MB before reading it, naming the file', async () => {
    const api = createBrowserApi(window);
    const offered: unknown[] = [];
    const failed: IpcError[] = [];
    api.on('importFiles', (files) => offered.push(files));
    api.on('openFailed', (e) => failed.push(e));
    const huge = new File(['x'], 'huge.tfstate');
    // The size is what the page checks first; its bytes are never asked for.
    Object.defineProperty(huge, 'size', { value: 100 * 1024 * 1024 + 1 });
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    drop(huge);
    await vi.waitFor(() => expect(failed).toHaveLength(1));
    expect(failed[0]).toMatchObject({ code: 'too-large', message: expect.stringMatching(/huge\.tfstate is 100 MB; files over 100 MB are not imported/) });
    expect(offered).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });

  it('with the File System Access API, saves only what the user chose, reuses the handle, and refuses a file changed since', async () => {
    const files: Record<string, string> = {};
    const handle = (name: string) => ({
      kind: 'file' as const,
      name,
      getFile: async () => new File([files[name] ?? ''], name),
      createWritable: async () => {
        let pending = '';
        return { write: async (d: string) => void (pending += d), close: async () => void (files[name] = pending), abort: async () => undefined };
      },
      isSameEntry: async (other: { name: string }) => other.name === name,
    });
    const answers: (string | 'cancel')[] = ['cancel', 'plan.decamp.json'];
    const showSaveFilePicker = vi.fn(async () => {
      const answer = answers.shift()!;
      if (answer === 'cancel') throw new DOMException('aborted', 'AbortError');
      return handle(answer);
    });
    const win = Object.assign(Object.create(window) as Window, { showSaveFilePicker, addEventListener: window.addEventListener.bind(window), document });
    const api = createBrowserApi(win);
    const project = loadSample('online-shop');
    expect(await api.invoke('saveAs', { project, suggestedName: 'shop' })).toEqual({ ok: true, value: null });
    expect(files).toEqual({});
    const saved = await api.invoke('saveAs', { project, suggestedName: 'shop' });
    expect(saved.ok && saved.value).toMatchObject({ displayName: 'plan.decamp.json', filePath: expect.stringMatching(/^file-/) });
    expect(saved.ok && saved.value?.offeredAsDownload).toBeUndefined();
    expect(files['plan.decamp.json']).toBe(serializeProject(project));
    const key = saved.ok ? saved.value!.filePath : '';
    const again = await api.invoke('save', { project: { ...project, project: { ...project.project, name: 'Shop v2' } }, filePath: key, diskVersion: saved.ok ? saved.value!.diskVersion : null, overwriteChanged: false });
    expect(again.ok).toBe(true);
    expect(showSaveFilePicker).toHaveBeenCalledTimes(2);
    expect(files['plan.decamp.json']).toContain('Shop v2');
    // Someone else changed the file: the next save asks first.
    files['plan.decamp.json'] = '{"changed": true}';
    const stale = await api.invoke('save', { project, filePath: key, diskVersion: again.ok ? again.value.diskVersion : null, overwriteChanged: false });
    expect(stale).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
    expect(files['plan.decamp.json']).toBe('{"changed": true}');
  });

  it('names files the way a project file is named', () => {
    expect(projectFileName('shop')).toBe('shop.decamp.json');
    expect(projectFileName('shop.decamp.json')).toBe('shop.decamp.json');
    expect(projectFileName('a/b:c.json')).toBe('a-b-c.decamp.json');
    expect(projectFileName('   ')).toBe('project.decamp.json');
  });
});
