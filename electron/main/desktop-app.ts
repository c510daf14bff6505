/**
 * Wires the desktop app from Electron's modules (passed in): single instance, the hardened
 * window, IPC, menu, close guard, OS file opens. Logic lives in the modules it calls; this file
 * only connects them.
 */
import type * as ElectronModule from 'electron';
import { join } from 'node:path';
import { type DesktopEvents, eventChannel, type MenuCommand, type RecentFile, type Settings } from '../../shared/ipc';
import { loadSample } from '../../shared/samples';
import { buildMenuModel, type MenuAction } from '../menu/menu-model';
import { menuLocale } from '../menu/labels';
import { toMenuTemplate } from '../menu/menu-template';
import { createFileGrants } from '../services/file-grants';
import { createFileService } from '../services/file-service';
import { createRecentFilesStore } from '../services/recent-files';
import { createRecoveryStore, recoveryIdFor } from '../services/recovery-store';
import { createSettingsStore } from '../services/settings-store';
import { type AppHandlerContext, createAppHandlers, createOsOpener } from './app-handlers';
import { createReportRenderer } from './report-window';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppUrlCheck, registerAppProtocol } from './app-protocol';
import { documentPathFromArgv } from './argv';
import { routeDroppedFiles } from './dropped-files';
import { createCloseController, UNSAVED_ANSWERS } from './close-controller';
import { unsavedDialogText } from './dialog-text';
import { createSenderCheck, registerCloseResponse, registerFileDrop, registerHandlers } from './ipc-handlers';
import { createLaunchQueue } from './launch-queue';
import { applySessionSecurity, buildWindowOptions, CONTENT_SECURITY_POLICY, developmentCsp, hardenWebContents, isSafeExternalUrl } from './security';
import { createWindowStateStore, placeWindow } from './window-state';

type Electron = Pick<typeof ElectronModule, 'app' | 'BrowserWindow' | 'ipcMain' | 'dialog' | 'Menu' | 'shell' | 'session' | 'protocol' | 'net' | 'screen' | 'nativeTheme'>;

export interface DesktopAppPaths {
  /** out/preload/index.cjs */
  readonly preload: string;
  /** out/renderer (served as app://decamp/) */
  readonly renderer: string;
  /** Folder of the user docs opened by Help > Documentation. */
  readonly docs: string;
}

const APP_NAME = 'Decamp';

export function startDesktopApp(electron: Electron, paths: DesktopAppPaths, devServerUrl: string | undefined): void {
  const { app, BrowserWindow, ipcMain, dialog, Menu, shell, session, protocol, net, screen, nativeTheme } = electron;
  app.setName(APP_NAME);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Must happen before 'ready': app:// becomes a standard, secure origin.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

  const userData = app.getPath('userData');
  const files = createFileService({ loadSample });
  const recent = createRecentFilesStore(userData);
  const recovery = createRecoveryStore(join(userData, 'recovery'));
  const settings = createSettingsStore(userData);
  const windowState = createWindowStateStore(userData);
  const isAppUrl = createAppUrlCheck(devServerUrl);

  let window: ElectronModule.BrowserWindow | null = null;
  let quitting = false;
  let document = { displayName: 'Decamp', dirty: false, filePath: null as string | null };
  let currentSettings: Settings | null = null;
  let recentFiles: RecentFile[] = [];

  const send = <E extends keyof DesktopEvents>(event: E, payload: DesktopEvents[E]) => {
    if (window && !window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
  };
  const sendCommand = (command: MenuCommand) => send('menuCommand', command);
  const locale = () => menuLocale(currentSettings?.locale ?? 'system', app.getLocale());

  async function openFromOs(filePath: string): Promise<void> {
    const opened = await osOpener(filePath);
    if (!opened.ok) return send('openFailed', opened.error);
    send('openDocument', opened.value);
  }
  const launchQueue = createLaunchQueue((filePath) => void openFromOs(filePath));

  function runAction(action: MenuAction): void {
    switch (action.type) {
      case 'open-recent':
        return launchQueue.push(action.filePath);
      case 'clear-recent':
        void Promise.all(recentFiles.map((f) => recent.remove(f.filePath))).then(() => ((recentFiles = []), rebuildMenu()));
        return;
      case 'open-sample': {
        const opened = files.openSample(action.sampleId);
        return opened.ok ? send('openDocument', opened.value) : send('openFailed', opened.error);
      }
      case 'open-documentation':
        void shell.openPath(paths.docs);
        return;
    }
  }

  function rebuildMenu(): void {
    const model = buildMenuModel({
      platform: process.platform,
      locale: locale(),
      appName: APP_NAME,
      recentFiles,
      settings: { theme: currentSettings?.theme ?? 'system' },
      activeLocale: locale(),
      development: !app.isPackaged,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toMenuTemplate(model, { sendCommand, runAction })));
  }

  const context: AppHandlerContext = {
    files,
    grants: createFileGrants(),
    recent,
    recovery,
    settings,
    dialogs: {
      showOpenDialog: (o) => (window ? dialog.showOpenDialog(window, o) : dialog.showOpenDialog(o)),
      showSaveDialog: (o) => (window ? dialog.showSaveDialog(window, o) : dialog.showSaveDialog(o)),
    },
    openExternal: (url) => shell.openExternal(url),
    renderPdf: createReportRenderer({ BrowserWindow, session }),
    documentsFolder: app.getPath('documents'),
    now: () => new Date(),
    onDocumentState(state) {
      document = { ...document, ...state };
      if (window && !window.isDestroyed()) {
        window.setTitle(`${state.displayName}${state.dirty ? ' •' : ''} — ${APP_NAME}`);
        window.setDocumentEdited(state.dirty);
      }
      closeController?.documentState(state.dirty);
      launchQueue.ready();
    },
    onSettingsChanged(next) {
      currentSettings = next;
      nativeTheme.themeSource = next.theme;
      rebuildMenu();
    },
    onRecentFilesChanged(next) {
      recentFiles = next;
      rebuildMenu();
    },
  };
  const handlers = createAppHandlers(context);
  const osOpener = createOsOpener(context);
  // Remember which file the autosave belongs to, so "Don't Save" can drop its recovery entry.
  const autosave = handlers.autosave;
  handlers.autosave = async (request, event) => {
    document = { ...document, filePath: request.filePath };
    return autosave(request, event);
  };

  const isTrustedSender = createSenderCheck({ getWindow: () => window, fromWebContents: (c) => BrowserWindow.fromWebContents(c), isAppUrl });
  registerHandlers(ipcMain, isTrustedSender, handlers);
  let closeController: ReturnType<typeof createCloseController> | null = null;
  registerCloseResponse(ipcMain, isTrustedSender, (decision) => closeController?.pageResponse(decision));
  // A project file dropped on the window opens as if the OS had handed it over (and is granted like one); other files are offered for import.
  registerFileDrop(ipcMain, isTrustedSender, (filePaths) =>
    void routeDroppedFiles(filePaths, { open: (filePath) => launchQueue.push(filePath), importFiles: (files) => send('importFiles', files), failed: (error) => send('openFailed', error) }),
  );

  const initialDocument = documentPathFromArgv(process.argv, process.cwd());
  if (initialDocument) launchQueue.push(initialDocument);
  app.on('second-instance', (_event, argv, cwd) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const filePath = documentPathFromArgv(argv, cwd);
    if (filePath) launchQueue.push(filePath);
  });
  // macOS delivers double-clicked files here, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    launchQueue.push(filePath);
  });
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => (isSafeExternalUrl(url) ? shell.openExternal(url) : undefined)));

  async function createWindow(): Promise<void> {
    const displays = screen.getAllDisplays().map((d) => d.workArea);
    const placed = placeWindow(await windowState.read(), displays, screen.getPrimaryDisplay().workArea);
    const options = buildWindowOptions({
      preloadPath: paths.preload,
      bounds: { x: placed.x, y: placed.y, width: placed.width, height: placed.height },
      title: APP_NAME,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#ffffff',
    });
    // The security switches are spelled out again at the call itself so static analysis
    // (electronegativity) checks the options this window really gets, not a function call it cannot follow.
    const win = new BrowserWindow({
      ...options,
      webPreferences: {
        ...options.webPreferences,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    window = win;
    if (placed.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    const saveState = () => {
      if (win.isDestroyed() || win.isMinimized()) return;
      const b = win.getNormalBounds();
      void windowState.write({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() }).catch(() => undefined);
    };
    win.on('close', saveState);
    closeController = createCloseController({
      window: win,
      isDirty: () => document.dirty,
      isQuitting: () => quitting,
      askUnsaved: async () => {
        const text = unsavedDialogText(locale(), document.displayName);
        const { response } = await dialog.showMessageBox(win, { type: 'warning', buttons: [...text.buttons], defaultId: 0, cancelId: 2, noLink: true, message: text.message, detail: text.detail });
        return UNSAVED_ANSWERS[response] ?? 'cancel';
      },
      sendCommand,
      discardRecovery: () => recovery.discard(recoveryIdFor(document.filePath)),
      quit: () => app.quit(),
    });
    win.on('close', () => {
      // Cancelled quits must not leave the flag set for the next ordinary close.
      setTimeout(() => (quitting = false), 0);
    });
    win.on('closed', () => (window = null));
    // The page reports its first document within moments; if it never does, deliver OS opens anyway.
    win.webContents.once('did-finish-load', () => setTimeout(() => launchQueue.ready(), 5000));
    await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  }

  void app.whenReady().then(async () => {
    applySessionSecurity(session.defaultSession, devServerUrl ? developmentCsp(devServerUrl) : CONTENT_SECURITY_POLICY);
    registerAppProtocol(protocol, net, paths.renderer);
    [currentSettings, recentFiles] = await Promise.all([settings.get(), recent.list()]);
    nativeTheme.themeSource = currentSettings.theme;
    rebuildMenu();
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });
}
