import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPathFromArgv } from '../../electron/main/argv';
import { createWindowStateStore, DEFAULT_SIZE, placeWindow } from '../../electron/main/window-state';

describe('documentPathFromArgv', () => {
  it('finds a project file and resolves it against the given cwd', () => {
    expect(documentPathFromArgv(['/opt/Decamp/decamp', 'plans/shop.decamp.json'], '/home/li')).toBe('/home/li/plans/shop.decamp.json');
    expect(documentPathFromArgv(['decamp', '/abs/Shop.DECAMP.JSON'], '/x')).toBe('/abs/Shop.DECAMP.JSON');
  });
  it('skips flags, Electron dev arguments and other files', () => {
    expect(documentPathFromArgv(['electron', '.', '--inspect=5858', '--no-sandbox'], '/repo')).toBeNull();
    expect(documentPathFromArgv(['decamp', 'notes.json', 'README.md'], '/x')).toBeNull();
    expect(documentPathFromArgv(['decamp', '--file=evil.decamp.json'], '/x')).toBeNull();
    expect(documentPathFromArgv([], '/x')).toBeNull();
  });
  it('never mistakes the executable for a document', () => {
    expect(documentPathFromArgv(['/weird/app.decamp.json'], '/x')).toBeNull();
  });
  it('takes the last project file and accepts file:// URLs', () => {
    expect(documentPathFromArgv(['decamp', 'a.decamp.json', 'b.decamp.json'], '/w')).toBe('/w/b.decamp.json');
    expect(documentPathFromArgv(['decamp', 'file:///home/li/my%20plan.decamp.json'], '/w')).toBe('/home/li/my plan.decamp.json');
  });
});

describe('placeWindow', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const right = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('centres the default size on first start', () => {
    expect(placeWindow(null, [primary], primary)).toEqual({ x: 320, y: 110, ...DEFAULT_SIZE, maximized: false });
  });
  it('keeps bounds that are on a display', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: true };
    expect(placeWindow(saved, [primary, right], primary)).toEqual(saved);
  });
  it('moves a window whose display was unplugged back onto the primary one', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false };
    expect(placeWindow(saved, [primary], primary)).toEqual({ x: 260, y: 70, width: 1400, height: 900, maximized: false });
  });
  it('pulls a window hanging off the edge fully onto its display and shrinks it to fit', () => {
    expect(placeWindow({ x: 1700, y: -5, width: 3000, height: 2000, maximized: false }, [primary], primary)).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
    expect(placeWindow({ x: 1600, y: 500, width: 800, height: 700, maximized: false }, [primary], primary)).toEqual({ x: 1120, y: 340, width: 800, height: 700, maximized: false });
  });
  it('treats a title bar barely on screen as off screen', () => {
    const saved = { x: 1900, y: 300, width: 800, height: 600, maximized: false };
    expect(placeWindow(saved, [primary], primary)).toEqual({ x: 560, y: 220, width: 800, height: 600, maximized: false });
  });
});

describe('window state store', () => {
  it('round-trips and ignores a corrupt file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'decamp-ws-'));
    try {
      const store = createWindowStateStore(dir);
      expect(await store.read()).toBeNull();
      await store.write({ x: 1, y: 2, width: 900, height: 700, maximized: false });
      expect(await createWindowStateStore(dir).read()).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: false });
      await writeFile(join(dir, 'window-state.json'), '{"x":"left"}');
      expect(await store.read()).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
