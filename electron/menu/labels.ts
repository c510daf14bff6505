/**
 * Native menu labels in English and Simplified Chinese. The main process cannot use the
 * renderer's i18next, so the menu has this small table of its own; `{app}` is the product name.
 * The View menu names each view as the sidebar does (renderer common.json `nav`; a test holds them equal).
 */
export const MENU_LOCALES = ['en', 'zh-CN'] as const;
export type MenuLocale = (typeof MENU_LOCALES)[number];

const EN = {
  'menu.file': '&File',
  'menu.edit': '&Edit',
  'menu.view': '&View',
  'menu.window': '&Window',
  'menu.help': '&Help',
  'file.new': 'New Project…',
  'file.open': 'Open…',
  'file.openRecent': 'Open Recent',
  'file.openRecent.none': 'No Recent Projects',
  'file.openRecent.clear': 'Clear Menu',
  'file.openSample': 'Open Sample',
  'sample.online-shop': 'Online Shop (small)',
  'sample.ecommerce-iot': 'E-commerce and IoT (mid-size)',
  'sample.large-estate': 'Large Estate (large)',
  'file.save': 'Save',
  'file.saveAs': 'Save As…',
  'file.import': 'Import…',
  'file.export': 'Export…',
  'file.printPdf': 'Print to PDF…',
  'file.quit': 'Quit {app}',
  'file.exit': 'E&xit',
  'edit.undo': 'Undo',
  'edit.redo': 'Redo',
  'edit.cut': 'Cut',
  'edit.copy': 'Copy',
  'edit.paste': 'Paste',
  'edit.selectAll': 'Select All',
  'view.summary': 'Summary',
  'view.inventory': 'Inventory',
  'view.assumptions': 'Assumptions',
  'view.issues': 'Issues',
  'view.map': 'Map',
  'view.waves': 'Waves',
  'view.timeline': 'Timeline',
  'view.risks': 'Risks',
  'view.outage': 'Outage',
  'view.compare': 'Compare',
  'view.zoomIn': 'Zoom In',
  'view.zoomOut': 'Zoom Out',
  'view.resetZoom': 'Actual Size',
  'view.fullscreen': 'Toggle Full Screen',
  'view.theme': 'Theme',
  'view.theme.system': 'Use System Setting',
  'view.theme.light': 'Light',
  'view.theme.dark': 'Dark',
  'view.language': 'Language',
  'view.devTools': 'Toggle Developer Tools',
  'view.reload': 'Reload',
  'window.minimize': 'Minimize',
  'window.zoom': 'Zoom',
  'window.front': 'Bring All to Front',
  'help.documentation': 'Documentation',
  'help.about': 'About {app}',
  'app.hide': 'Hide {app}',
  'app.hideOthers': 'Hide Others',
  'app.showAll': 'Show All',
  'app.services': 'Services',
} as const;

export type LabelKey = keyof typeof EN;

const ZH_CN: Record<LabelKey, string> = {
  'menu.file': '文件(&F)',
  'menu.edit': '编辑(&E)',
  'menu.view': '视图(&V)',
  'menu.window': '窗口(&W)',
  'menu.help': '帮助(&H)',
  'file.new': '新建项目…',
  'file.open': '打开…',
  'file.openRecent': '最近打开',
  'file.openRecent.none': '没有最近的项目',
  'file.openRecent.clear': '清除菜单',
  'file.openSample': '打开示例',
  'sample.online-shop': '网店（小型）',
  'sample.ecommerce-iot': '电商与物联网（中型）',
  'sample.large-estate': '大型资产（大型）',
  'file.save': '保存',
  'file.saveAs': '另存为…',
  'file.import': '导入…',
  'file.export': '导出…',
  'file.printPdf': '打印为 PDF…',
  'file.quit': '退出 {app}',
  'file.exit': '退出(&X)',
  'edit.undo': '撤销',
  'edit.redo': '重做',
  'edit.cut': '剪切',
  'edit.copy': '复制',
  'edit.paste': '粘贴',
  'edit.selectAll': '全选',
  'view.summary': '概览',
  'view.inventory': '资源清单',
  'view.assumptions': '假设',
  'view.issues': '问题',
  'view.map': '依赖图',
  'view.waves': '迁移波次',
  'view.timeline': '时间线',
  'view.risks': '风险',
  'view.outage': '故障模拟',
  'view.compare': '方案对比',
  'view.zoomIn': '放大',
  'view.zoomOut': '缩小',
  'view.resetZoom': '实际大小',
  'view.fullscreen': '切换全屏',
  'view.theme': '主题',
  'view.theme.system': '跟随系统',
  'view.theme.light': '浅色',
  'view.theme.dark': '深色',
  'view.language': '语言',
  'view.devTools': '切换开发者工具',
  'view.reload': '重新加载',
  'window.minimize': '最小化',
  'window.zoom': '缩放',
  'window.front': '全部置于顶层',
  'help.documentation': '文档',
  'help.about': '关于 {app}',
  'app.hide': '隐藏 {app}',
  'app.hideOthers': '隐藏其他',
  'app.showAll': '全部显示',
  'app.services': '服务',
};

export const MENU_LABELS: Readonly<Record<MenuLocale, Readonly<Record<LabelKey, string>>>> = { en: EN, 'zh-CN': ZH_CN };

/** Language names are shown in their own language, whatever the menu's locale. */
export const LANGUAGE_NAMES: Readonly<Record<MenuLocale, string>> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * The menu's locale from the user's setting, or the OS locale when the setting is 'system'.
 * Any Chinese OS locale gets Simplified Chinese (the only Chinese catalog there is).
 */
export function menuLocale(setting: 'en' | 'zh-CN' | 'system', systemLocale: string): MenuLocale {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The label for `key`, `{app}` filled in. macOS shows no mnemonics, so `&` markers are dropped there. */
export function menuLabel(locale: MenuLocale, key: LabelKey, appName: string, platform: NodeJS.Platform): string {
  const text = MENU_LABELS[locale][key].replaceAll('{app}', appName);
  return platform === 'darwin' ? text.replace(/\(&\w\)$/, '').replace('&', '') : text;
}
