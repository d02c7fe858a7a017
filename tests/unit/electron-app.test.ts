/**
 * The Electron entry (src/main/index.ts) and its app:// protocol, against a recording stand-in
 * for the `electron` module and a real core in a temp folder: what the app registers, loads and
 * serves, since the Electron binary cannot run on our build machines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../src/common/methods';
import { APP_INDEX_URL, appProtocolHandler, isAppPage } from '../../src/main/app-protocol';
import { tempDir } from './helpers';

/** A built renderer folder, with a file beside it that must stay out of reach. */
function renderer(): string {
  const root = tempDir();
  const dir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'export {};');
  fs.writeFileSync(path.join(root, 'secret.js'), 'outside');
  return dir;
}

describe('the app:// protocol', () => {
  it('serves the renderer folder with its content type and the CSP', async () => {
    const handle = appProtocolHandler(renderer());
    const page = handle({ url: APP_INDEX_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>kiosk</title>');
    const script = handle({ url: 'app://kiosk/assets/index-abc.js' });
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside it, nothing for another host, and no unknown file types', () => {
    const handle = appProtocolHandler(renderer());
    for (const url of [
      'app://kiosk/../secret.js',
      'app://kiosk/%2e%2e/secret.js',
      'app://kiosk/..%2fsecret.js',
      'app://other/index.html',
      'app://kiosk/assets/',
      'app://kiosk/missing.js',
      'app://kiosk/%00.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(handle({ url }).status, url).toBeGreaterThanOrEqual(400);
    }
  });

  it('knows its own page', () => {
    expect([APP_INDEX_URL, `${APP_INDEX_URL}#/console`].map(isAppPage)).toEqual([true, true]);
    expect(['app://kiosk/other.html', 'app://evil/index.html', 'file:///app/out/renderer/index.html', 'https://example.org/'].map(isAppPage)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the Electron entry', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('registers app:// before ready, serves it, wires every method, and loads app://kiosk/index.html', async () => {
    const calls: string[] = [];
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    const loaded: string[] = [];
    let protocolHandler: ((request: { url: string }) => Response) | undefined;
    let ready!: () => void;
    const whenReady = new Promise<void>((resolve) => (ready = resolve));
    const windows: Record<string, unknown>[] = [];
    class Window {
      constructor(options: Record<string, unknown>) {
        windows.push(options);
      }
      webContents = {
        on: () => undefined,
        setWindowOpenHandler: () => undefined,
        session: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined, on: () => undefined },
      };
      once() {
        return this;
      }
      focus() {}
      loadURL(url: string) {
        loaded.push(url);
        return Promise.resolve();
      }
    }
    const dataDir = tempDir();
    vi.doMock('electron', () => ({
      app: {
        getPath: () => dataDir,
        getAppPath: () => dataDir,
        requestSingleInstanceLock: () => true,
        whenReady: () => whenReady.then(() => calls.push('ready')),
        on: () => undefined,
        quit: () => calls.push('quit'),
      },
      BrowserWindow: Window,
      dialog: { showErrorBox: (title: string) => calls.push(`error: ${title}`) },
      ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => handlers.set(channel, handler) },
      protocol: {
        registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: object }[]) =>
          calls.push(`privileged ${schemes.map((s) => `${s.scheme} ${JSON.stringify(s.privileges)}`).join()}`),
        handle: (scheme: string, handler: (request: { url: string }) => Response) => {
          calls.push(`handle ${scheme}`);
          protocolHandler = handler;
        },
      },
    }));
    await import('../../src/main/index');
    ready();
    await vi.waitFor(() => expect(loaded).toEqual([APP_INDEX_URL]));

    expect(calls).toEqual(['privileged app {"standard":true,"secure":true}', 'ready', 'handle app']);
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    // The real index.html of the renderer, through the registered handler.
    expect(protocolHandler?.({ url: APP_INDEX_URL }).status).toBe(200);
    // The app's own icon on the window (and the page's favicon from the same file, once built).
    const icon = windows[0]?.icon;
    expect(icon).toBe(path.resolve('resources/icons/icon.png'));
    expect(fs.readFileSync(icon as string).subarray(1, 4).toString('latin1')).toBe('PNG');
    // IPC from our page reaches the real core; from a file: page it does not.
    const count = handlers.get(ipcChannel('organizer.status'))!;
    expect(await count({ senderFrame: { url: APP_INDEX_URL } }, { args: {} })).toMatchObject({ ok: true, result: { setupFirst: true } });
    expect(await count({ senderFrame: { url: 'file:///tmp/index.html' } }, { args: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
