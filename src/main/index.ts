/**
 * Electron entry: opens the core on the user's data folder, wires IPC, opens the kiosk window.
 * Thin on purpose: behaviour lives in core; this file cannot be run on machines without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../core/core';
import { AppError } from '../core/errors';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, isAppPage } from './app-protocol';
import { registerIpc } from './ipc';
import { createKioskWindow, KIOSK_PARTITION } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
/** Development only: a packaged app never loads (or trusts) a URL from its environment. */
const development = !app.isPackaged;
const devServer = development ? process.env.ELECTRON_RENDERER_URL : undefined;
const kiosk = process.argv.includes('--kiosk') || process.env.TAK_KIOSK === '1';
/** out/main → the app root's resources/ (where core finds its fonts too). */
const appIcon = path.join(here, '..', '..', 'resources', 'icons', 'icon.png');

/** The origin of a URL, or null when it is not one (origins are compared whole, never by prefix). */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** better-sqlite3 built for Electron's ABI by `npm run rebuild:electron`, if present. */
function electronNativeBinding(): string | undefined {
  const candidate = path.join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

function isOwnPage(url: string): boolean {
  if (!devServer) return isAppPage(url);
  const origin = originOf(url);
  return origin !== null && origin === originOf(devServer);
}

function startCore(): Core | null {
  try {
    return createCore({
      dataDir: app.getPath('userData'),
      nativeBinding: electronNativeBinding(),
      onQuitRequested: () => app.quit(),
      // The kiosk goes public only once an organizer has chosen the PIN (a development run may
      // skip that with --open-without-pin, as the browser host does for tests and demos).
      setupFirst: !development || !process.argv.includes('--open-without-pin'),
    });
  } catch (error) {
    const detail =
      error instanceof AppError
        ? error.message
        : `${(error as Error).message}\n\nIf this mentions NODE_MODULE_VERSION, run "npm run rebuild:electron" once.`;
    dialog.showErrorBox('Take Action Kiosk cannot start', detail);
    return null;
  }
}

// Before the app is ready, as Electron requires.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(() => {
    const core = startCore();
    if (!core) {
      app.quit();
      return;
    }
    // The page's session is its own, in memory; app:// is served there (protocol.handle alone
    // would serve the default session only).
    session.fromPartition(KIOSK_PARTITION).protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
    registerIpc(ipcMain, core, isOwnPage);
    // No menu: with a keyboard, Alt would otherwise show File > Quit, Window > Minimize and Help's links.
    Menu.setApplicationMenu(null);
    const window = createKioskWindow(BrowserWindow, {
      preload: path.join(here, '../preload/index.cjs'),
      kiosk,
      devTools: development && !kiosk,
      pageOrigin: (devServer && originOf(devServer)) || APP_ORIGIN,
      icon: fs.existsSync(appIcon) ? appIcon : undefined,
    });
    app.on('second-instance', () => window.focus());
    app.on('window-all-closed', () => {
      core.close();
      app.quit();
    });
    if (devServer) void window.loadURL(devServer);
    else void window.loadURL(APP_INDEX_URL);
  });
}
