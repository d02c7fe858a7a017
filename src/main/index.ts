/**
 * Electron entry: opens the core on the user's data folder, wires IPC, opens the kiosk window.
 * Thin on purpose: behaviour lives in core; this file cannot be run on machines without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../core/core';
import { AppError } from '../core/errors';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, isAppPage } from './app-protocol';
import { registerIpc } from './ipc';
import { createKioskWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const devServer = process.env.ELECTRON_RENDERER_URL;
const kiosk = process.argv.includes('--kiosk') || process.env.TAK_KIOSK === '1';
/** out/main → the app root's resources/ (where core finds its fonts too). */
const appIcon = path.join(here, '..', '..', 'resources', 'icons', 'icon.png');

/** better-sqlite3 built for Electron's ABI by `npm run rebuild:electron`, if present. */
function electronNativeBinding(): string | undefined {
  const candidate = path.join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

function isOwnPage(url: string): boolean {
  return devServer ? url.startsWith(devServer) : isAppPage(url);
}

function startCore(): Core | null {
  try {
    return createCore({
      dataDir: app.getPath('userData'),
      nativeBinding: electronNativeBinding(),
      onQuitRequested: () => app.quit(),
      // The kiosk goes public only once an organizer has chosen the PIN.
      setupFirst: true,
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
    protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
    registerIpc(ipcMain, core, isOwnPage);
    const window = createKioskWindow(BrowserWindow, { preload: path.join(here, '../preload/index.cjs'), kiosk, icon: fs.existsSync(appIcon) ? appIcon : undefined });
    app.on('second-instance', () => window.focus());
    app.on('window-all-closed', () => {
      core.close();
      app.quit();
    });
    if (devServer) void window.loadURL(devServer);
    else void window.loadURL(APP_INDEX_URL);
  });
}
