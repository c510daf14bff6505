import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type RecentFile } from '../../shared/ipc';
import { type LabelKey, MENU_LABELS, MENU_LOCALES, type MenuLocale, menuLabel, menuLocale } from '../../electron/menu/labels';
import { buildMenuModel, flattenMenu, type MenuModelInput, type MenuNode } from '../../electron/menu/menu-model';
import { toMenuTemplate } from '../../electron/menu/menu-template';

const recent: RecentFile[] = [
  { filePath: '/p/shop.decamp.json', displayName: 'shop', openedAt: '2027-01-02T00:00:00Z' },
  { filePath: '/p/iot.decamp.json', displayName: 'iot', openedAt: '2027-01-01T00:00:00Z' },
];
const model = (over: Partial<MenuModelInput> = {}) =>
  buildMenuModel({ platform: 'linux', locale: 'en', appName: 'Decamp', recentFiles: recent, settings: { theme: 'system' }, activeLocale: 'en', development: false, ...over });
const find = (nodes: MenuNode[], id: string) => flattenMenu(nodes).find((n) => n.id === id);
const childIds = (nodes: MenuNode[], id: string) => {
  const node = find(nodes, id);
  return node?.kind === 'submenu' ? node.items.map((n) => n.id) : [];
};

describe.each(['darwin', 'win32', 'linux'] as const)('menu model on %s', (platform) => {
  const nodes = model({ platform });

  it('has File, Edit, View and Help (and the app and Window menus on macOS)', () => {
    const ids = nodes.map((n) => n.id);
    expect(ids).toEqual(platform === 'darwin' ? ['app', 'file', 'edit', 'view', 'window', 'help'] : ['file', 'edit', 'view', 'help']);
  });

  it('lists the File items in order', () => {
    expect(childIds(nodes, 'file').filter((id) => !id.startsWith('separator'))).toEqual([
      'file.new',
      'file.open',
      'file.openRecent',
      'file.openSample',
      'file.save',
      'file.saveAs',
      'file.import',
      'file.export',
      'file.printPdf',
      ...(platform === 'darwin' ? [] : ['file.exit']),
    ]);
  });

  it('sends undo and redo to the page and leaves clipboard work to Electron roles', () => {
    const undo = find(nodes, 'edit.undo');
    expect(undo).toMatchObject({ kind: 'command', command: 'edit.undo', accelerator: 'CmdOrCtrl+Z' });
    expect(find(nodes, 'edit.redo')).toMatchObject({ kind: 'command', command: 'edit.redo', accelerator: platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y' });
    if (platform !== 'darwin') expect(find(nodes, 'edit.redo.alternate')).toMatchObject({ command: 'edit.redo', accelerator: 'Shift+Ctrl+Z', visible: false });
    for (const [id, role] of [['edit.cut', 'cut'], ['edit.copy', 'copy'], ['edit.paste', 'paste'], ['edit.selectAll', 'selectAll']]) {
      expect(find(nodes, id!)).toMatchObject({ kind: 'role', role });
    }
  });

  it('gives every command item a command of the contract, and no accelerator twice', () => {
    const all = flattenMenu(nodes);
    for (const n of all) if (n.kind === 'command') expect(MENU_COMMANDS).toContain(n.command);
    const accelerators = all.flatMap((n) => (n.kind !== 'separator' && n.accelerator ? [n.accelerator.replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl')] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('reaches every menu command the page understands except none', () => {
    const sent = new Set(flattenMenu(nodes).flatMap((n) => (n.kind === 'command' ? [n.command] : [])));
    expect([...MENU_COMMANDS].filter((c) => !sent.has(c))).toEqual([]);
  });

  it('puts About in the app menu on macOS and in Help elsewhere', () => {
    const aboutParent = nodes.find((n) => n.kind === 'submenu' && n.items.some((i) => i.id === 'help.about'));
    expect(aboutParent?.id).toBe(platform === 'darwin' ? 'app' : 'help');
    expect(find(nodes, 'help.about')?.kind === 'command' && find(nodes, 'help.about')).toMatchObject({ label: 'About Decamp' });
  });
});

describe('menu model contents', () => {
  it('lists recent files newest first and offers to clear them', () => {
    const nodes = model();
    expect(find(nodes, 'recent.0')).toMatchObject({ label: 'shop', action: { type: 'open-recent', filePath: '/p/shop.decamp.json' } });
    expect(find(nodes, 'recent.1')).toMatchObject({ label: 'iot' });
    expect(find(nodes, 'recent.clear')).toMatchObject({ action: { type: 'clear-recent' } });
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    expect(childIds(model({ recentFiles: [] }), 'file.openRecent')).toEqual(['recent.none']);
    expect(find(model({ recentFiles: [] }), 'recent.none')).toMatchObject({ enabled: false });
  });

  it('offers the three samples', () => {
    expect(childIds(model(), 'file.openSample')).toEqual(['sample.online-shop', 'sample.ecommerce-iot', 'sample.large-estate']);
  });

  it('checks the current theme and language', () => {
    const nodes = model({ settings: { theme: 'dark' }, activeLocale: 'zh-CN' });
    expect(find(nodes, 'view.theme.dark')).toMatchObject({ checked: true });
    expect(find(nodes, 'view.theme.light')).toMatchObject({ checked: false });
    expect(find(nodes, 'view.locale.zh-CN')).toMatchObject({ checked: true, label: '简体中文' });
    expect(find(nodes, 'view.locale.en')).toMatchObject({ checked: false, label: 'English' });
  });

  it('adds developer tools only in development', () => {
    expect(find(model(), 'view.devTools')).toBeUndefined();
    expect(find(model({ development: true }), 'view.devTools')).toMatchObject({ role: 'toggleDevTools' });
  });
});

describe('menu labels', () => {
  it('has every key in both locales, none empty', () => {
    const keys = Object.keys(MENU_LABELS.en) as LabelKey[];
    for (const locale of MENU_LOCALES) {
      expect(Object.keys(MENU_LABELS[locale]).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(MENU_LABELS[locale][key].trim()).not.toBe('');
    }
  });

  it.each([
    ['en', 'Save As…', 'Undo', 'Summary', '&File'],
    ['zh-CN', '另存为…', '撤销', '概览', '文件(&F)'],
  ] as const)('renders %s', (locale: MenuLocale, saveAs, undo, summary, fileMenu) => {
    const nodes = model({ locale });
    expect(find(nodes, 'file.saveAs')).toMatchObject({ label: saveAs });
    expect(find(nodes, 'edit.undo')).toMatchObject({ label: undo });
    expect(find(nodes, 'view.summary')).toMatchObject({ label: summary });
    expect(find(nodes, 'file')).toMatchObject({ label: fileMenu });
  });

  it.each(MENU_LOCALES)('%s: the View menu names each view as the sidebar does', (locale) => {
    const nav = (JSON.parse(readFileSync(join(process.cwd(), 'renderer', 'src', 'i18n', 'locales', locale, 'common.json'), 'utf8')) as { nav: Record<string, string> }).nav;
    const nodes = model({ locale });
    for (const view of ['summary', 'inventory', 'assumptions', 'issues', 'map', 'waves', 'timeline', 'risks', 'outage', 'compare']) {
      expect(find(nodes, `view.${view}`), view).toMatchObject({ label: nav[view] });
    }
  });

  it('drops mnemonics on macOS and fills in the app name', () => {
    expect(menuLabel('zh-CN', 'menu.file', 'Decamp', 'darwin')).toBe('文件');
    expect(menuLabel('en', 'menu.file', 'Decamp', 'darwin')).toBe('File');
    expect(menuLabel('zh-CN', 'file.quit', 'Decamp', 'darwin')).toBe('退出 Decamp');
  });

  it('resolves the system locale', () => {
    expect(menuLocale('system', 'zh-TW')).toBe('zh-CN');
    expect(menuLocale('system', 'de-DE')).toBe('en');
    expect(menuLocale('en', 'zh-CN')).toBe('en');
    expect(menuLocale('zh-CN', 'en-US')).toBe('zh-CN');
  });
});

describe('menu template adapter', () => {
  it('wires commands, actions, roles and radios', () => {
    const sendCommand = vi.fn();
    const runAction = vi.fn();
    const template = toMenuTemplate(model({ platform: 'win32' }), { sendCommand, runAction });
    const file = template.find((t) => t.id === 'file');
    const items = (file?.submenu ?? []) as { id?: string; click?: () => void; submenu?: unknown }[];
    items.find((i) => i.id === 'file.save')?.click?.();
    expect(sendCommand).toHaveBeenCalledWith('file.save');
    const samples = items.find((i) => i.id === 'file.openSample')?.submenu as { click?: () => void }[];
    samples[1]?.click?.();
    expect(runAction).toHaveBeenCalledWith({ type: 'open-sample', sampleId: 'ecommerce-iot' });
    const edit = template.find((t) => t.id === 'edit')?.submenu as { id?: string; role?: string; visible?: boolean; acceleratorWorksWhenHidden?: boolean }[];
    expect(edit.find((i) => i.id === 'edit.copy')?.role).toBe('copy');
    expect(edit.find((i) => i.id === 'edit.redo.alternate')).toMatchObject({ visible: false, acceleratorWorksWhenHidden: true });
    const view = template.find((t) => t.id === 'view')?.submenu as { id?: string; submenu?: { type?: string; checked?: boolean }[] }[];
    expect(view.find((i) => i.id === 'view.theme')?.submenu?.[0]).toMatchObject({ type: 'radio', checked: true });
  });
});
