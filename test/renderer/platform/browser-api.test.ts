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

  it('downloads on save with a project file name and a fingerprint of the text', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const api = createBrowserApi(window);
    const project = loadSample('online-shop');
    const saved = await api.invoke('saveAs', { project, suggestedName: 'My shop: move' });
    expect(saved).toEqual({ ok: true, value: { filePath: 'My shop- move.decamp.json', displayName: 'My shop- move.decamp.json', diskVersion: fingerprint(serializeProject(project)) } });
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
    expect(opened[0]).toMatchObject({ filePath: 'shop.decamp.json', displayName: 'shop.decamp.json' });
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

  it('names files the way a project file is named', () => {
    expect(projectFileName('shop')).toBe('shop.decamp.json');
    expect(projectFileName('shop.decamp.json')).toBe('shop.decamp.json');
    expect(projectFileName('a/b:c.json')).toBe('a-b-c.decamp.json');
    expect(projectFileName('   ')).toBe('project.decamp.json');
  });
});
