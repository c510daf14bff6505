/**
 * The native menu as plain data: what is in it, in which order, with which accelerator, and
 * what each item does (a MenuCommand for the page, an Electron role, or a main-process action).
 * Pure, so both platforms and both locales are tested without Electron.
 */
import type { MenuCommand, RecentFile, SampleId, Settings } from '../../shared/ipc';
import { SAMPLE_IDS } from '../../shared/ipc';
import { type LabelKey, LANGUAGE_NAMES, MENU_LOCALES, type MenuLocale, menuLabel } from './labels';

/** Electron roles the model uses (a subset of MenuItemConstructorOptions['role']). */
export type MenuRole =
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'reload'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'services'
  | 'quit'
  | 'windowMenu'
  | 'appMenu'
  | 'help';

/** Things main does itself (they need the file system or the OS). */
export type MenuAction =
  | { readonly type: 'open-recent'; readonly filePath: string }
  | { readonly type: 'clear-recent' }
  | { readonly type: 'open-sample'; readonly sampleId: SampleId }
  | { readonly type: 'open-documentation' };

interface Base {
  readonly id: string;
  readonly label: string;
  readonly accelerator?: string;
  readonly visible?: boolean;
  readonly enabled?: boolean;
}
export type MenuNode =
  | (Base & { readonly kind: 'command'; readonly command: MenuCommand; readonly checked?: boolean })
  | (Base & { readonly kind: 'role'; readonly role: MenuRole })
  | (Base & { readonly kind: 'action'; readonly action: MenuAction })
  | (Base & { readonly kind: 'submenu'; readonly role?: MenuRole; readonly items: readonly MenuNode[] })
  | { readonly kind: 'separator'; readonly id: string };

export interface MenuModelInput {
  readonly platform: NodeJS.Platform;
  readonly locale: MenuLocale;
  readonly appName: string;
  readonly recentFiles: readonly RecentFile[];
  readonly settings: Pick<Settings, 'theme'>;
  /** The language actually shown (a 'system' setting already resolved). */
  readonly activeLocale: MenuLocale;
  /** Development builds add Reload and Developer Tools. */
  readonly development: boolean;
}

export function buildMenuModel(input: MenuModelInput): MenuNode[] {
  const { platform, locale, appName } = input;
  const mac = platform === 'darwin';
  const t = (key: LabelKey) => menuLabel(locale, key, appName, platform);
  let separators = 0;
  const sep = (): MenuNode => ({ kind: 'separator', id: `separator-${++separators}` });
  const command = (id: MenuCommand, accelerator?: string, extra: Partial<Base> & { checked?: boolean } = {}): MenuNode => ({
    kind: 'command',
    id,
    label: t(id as LabelKey),
    command: id,
    ...(accelerator ? { accelerator } : {}),
    ...extra,
  });
  const role = (id: string, r: MenuRole, key: LabelKey, accelerator?: string): MenuNode => ({ kind: 'role', id, role: r, label: t(key), ...(accelerator ? { accelerator } : {}) });

  const recent: MenuNode[] =
    input.recentFiles.length === 0
      ? [{ kind: 'action', id: 'recent.none', label: t('file.openRecent.none'), action: { type: 'clear-recent' }, enabled: false }]
      : [
          ...input.recentFiles.map((f, i): MenuNode => ({ kind: 'action', id: `recent.${i}`, label: f.displayName, action: { type: 'open-recent', filePath: f.filePath } })),
          sep(),
          { kind: 'action', id: 'recent.clear', label: t('file.openRecent.clear'), action: { type: 'clear-recent' } },
        ];

  const file: MenuNode = {
    kind: 'submenu',
    id: 'file',
    label: t('menu.file'),
    items: [
      command('file.new', 'CmdOrCtrl+N'),
      command('file.open', 'CmdOrCtrl+O'),
      { kind: 'submenu', id: 'file.openRecent', label: t('file.openRecent'), items: recent },
      {
        kind: 'submenu',
        id: 'file.openSample',
        label: t('file.openSample'),
        items: SAMPLE_IDS.map((sampleId): MenuNode => ({ kind: 'action', id: `sample.${sampleId}`, label: t(`sample.${sampleId}`), action: { type: 'open-sample', sampleId } })),
      },
      sep(),
      command('file.save', 'CmdOrCtrl+S'),
      command('file.saveAs', 'Shift+CmdOrCtrl+S'),
      sep(),
      command('file.import', 'CmdOrCtrl+I'),
      command('file.export', 'CmdOrCtrl+E'),
      command('file.printPdf', 'CmdOrCtrl+P'),
      ...(mac ? [] : [sep(), role('file.exit', 'quit', platform === 'win32' ? 'file.exit' : 'file.quit', platform === 'win32' ? 'Alt+F4' : 'CmdOrCtrl+Q')]),
    ],
  };

  // Undo and redo go to the page: the app owns its history (a text field's own undo is not the document's).
  const edit: MenuNode = {
    kind: 'submenu',
    id: 'edit',
    label: t('menu.edit'),
    items: [
      command('edit.undo', 'CmdOrCtrl+Z'),
      ...(mac
        ? [command('edit.redo', 'Shift+CmdOrCtrl+Z')]
        : [
            command('edit.redo', 'Ctrl+Y'),
            // Windows and Linux users reach redo with either shortcut; one item shows, both work.
            { ...command('edit.redo', 'Shift+Ctrl+Z', { visible: false }), id: 'edit.redo.alternate' },
          ]),
      sep(),
      role('edit.cut', 'cut', 'edit.cut', 'CmdOrCtrl+X'),
      role('edit.copy', 'copy', 'edit.copy', 'CmdOrCtrl+C'),
      role('edit.paste', 'paste', 'edit.paste', 'CmdOrCtrl+V'),
      role('edit.selectAll', 'selectAll', 'edit.selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const themes = (['system', 'light', 'dark'] as const).map((theme) => command(`view.theme.${theme}`, undefined, { checked: input.settings.theme === theme }));
  const languages = MENU_LOCALES.map((l): MenuNode => ({ kind: 'command', id: `view.locale.${l}`, label: LANGUAGE_NAMES[l], command: `view.locale.${l}`, checked: input.activeLocale === l }));
  const view: MenuNode = {
    kind: 'submenu',
    id: 'view',
    label: t('menu.view'),
    items: [
      command('view.summary', 'CmdOrCtrl+1'),
      command('view.inventory', 'CmdOrCtrl+2'),
      command('view.assumptions', 'CmdOrCtrl+3'),
      command('view.issues', 'CmdOrCtrl+4'),
      command('view.map', 'CmdOrCtrl+5'),
      command('view.waves', 'CmdOrCtrl+6'),
      command('view.timeline', 'CmdOrCtrl+7'),
      command('view.risks', 'CmdOrCtrl+8'),
      command('view.outage', 'CmdOrCtrl+9'),
      command('view.compare', 'CmdOrCtrl+K'),
      sep(),
      role('view.zoomIn', 'zoomIn', 'view.zoomIn', 'CmdOrCtrl+Plus'),
      role('view.zoomOut', 'zoomOut', 'view.zoomOut', 'CmdOrCtrl+-'),
      role('view.resetZoom', 'resetZoom', 'view.resetZoom', 'CmdOrCtrl+0'),
      role('view.fullscreen', 'togglefullscreen', 'view.fullscreen', mac ? 'Ctrl+Cmd+F' : 'F11'),
      sep(),
      { kind: 'submenu', id: 'view.theme', label: t('view.theme'), items: themes },
      { kind: 'submenu', id: 'view.language', label: t('view.language'), items: languages },
      ...(input.development
        ? [sep(), role('view.reload', 'reload', 'view.reload', 'CmdOrCtrl+R'), role('view.devTools', 'toggleDevTools', 'view.devTools', mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I')]
        : []),
    ],
  };

  const documentation: MenuNode = { kind: 'action', id: 'help.documentation', label: t('help.documentation'), action: { type: 'open-documentation' } };
  const help: MenuNode = {
    kind: 'submenu',
    id: 'help',
    role: 'help',
    label: t('menu.help'),
    items: mac ? [documentation] : [documentation, sep(), command('help.about')],
  };

  if (!mac) return [file, edit, view, help];

  const app: MenuNode = {
    kind: 'submenu',
    id: 'app',
    role: 'appMenu',
    label: appName,
    items: [
      command('help.about'),
      sep(),
      { kind: 'role', id: 'app.services', role: 'services', label: t('app.services') },
      sep(),
      role('app.hide', 'hide', 'app.hide', 'Cmd+H'),
      role('app.hideOthers', 'hideOthers', 'app.hideOthers', 'Alt+Cmd+H'),
      role('app.showAll', 'unhide', 'app.showAll'),
      sep(),
      role('app.quit', 'quit', 'file.quit', 'Cmd+Q'),
    ],
  };
  const window: MenuNode = {
    kind: 'submenu',
    id: 'window',
    role: 'windowMenu',
    label: t('menu.window'),
    items: [role('window.minimize', 'minimize', 'window.minimize', 'Cmd+M'), role('window.zoom', 'zoom', 'window.zoom'), sep(), role('window.front', 'front', 'window.front')],
  };
  return [app, file, edit, view, window, help];
}

/** Every node in the tree, depth first (for lookups and tests). */
export function flattenMenu(nodes: readonly MenuNode[]): MenuNode[] {
  return nodes.flatMap((n) => (n.kind === 'submenu' ? [n, ...flattenMenu(n.items)] : [n]));
}
