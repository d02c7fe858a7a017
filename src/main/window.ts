/**
 * The one module that makes windows: sandboxed, isolated, no navigation, no new windows, no
 * permissions, devtools only in development, and in kiosk mode no reload or quit shortcuts.
 */
import type { BrowserWindow as BrowserWindowType, Input } from 'electron';

/**
 * The page's session lives in memory only (no `persist:` prefix): nothing the page caches or
 * stores (HTTP cache, Local Storage, blob storage) is written beside the sign-up database.
 */
export const KIOSK_PARTITION = 'kiosk';

export interface WindowOptions {
  preload: string;
  kiosk: boolean;
  /** Only in a development run (not packaged) and outside kiosk mode. */
  devTools: boolean;
  /** The page's origin (app://kiosk, or the dev server's): downloads must be blobs it made. */
  pageOrigin: string;
  /** The app's icon (resources/icons/icon.png): the window's and taskbar's on Linux and Windows. */
  icon?: string | undefined;
}

/** Keys that would reload the page, open devtools or leave the kiosk. */
export function isBlockedShortcut(input: Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>): boolean {
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (key === 'f5' || key === 'f11' || key === 'f12') return true;
  if (mod && (key === 'r' || key === 'w' || key === 'q' || key === 'n' || key === 't' || key === 'p')) return true;
  if (mod && input.shift && (key === 'i' || key === 'j' || key === 'c')) return true;
  if (input.alt && key === 'f4') return true;
  return false;
}

export function createKioskWindow(
  BrowserWindow: typeof BrowserWindowType,
  options: WindowOptions,
): BrowserWindowType {
  const window = new BrowserWindow({
    width: 1080,
    height: 1920,
    show: false,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    // Literal here (not built elsewhere) so Electronegativity can check every option.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
      partition: KIOSK_PARTITION,
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
  // Exports and backups are saved from blob: URLs the page made; nothing else may download.
  contents.session.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(`blob:${options.pageOrigin}/`)) event.preventDefault();
  });
  if (options.kiosk) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input)) event.preventDefault();
    });
  }
  window.once('ready-to-show', () => window.show());
  return window;
}
