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

interface EntryRun {
  calls: string[];
  handlers: Map<string, (...args: unknown[]) => unknown>;
  loaded: string[];
  windowOptions: { webPreferences: Record<string, unknown> }[];
  protocolHandler: ((request: { url: string }) => Response) | undefined;
}

/** Imports src/main/index.ts against the stand-in, packaged or not, and lets the app get ready. */
async function runEntry(options: { isPackaged: boolean; rendererUrl?: string }): Promise<EntryRun> {
  const run: EntryRun = { calls: [], handlers: new Map(), loaded: [], windowOptions: [], protocolHandler: undefined };
  const { calls } = run;
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class Window {
    webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      session: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined, on: () => undefined },
    };
    constructor(windowOptions: EntryRun['windowOptions'][number]) {
      calls.push('window');
      run.windowOptions.push(windowOptions);
    }
    once() {
      return this;
    }
    focus() {}
    loadURL(url: string) {
      run.loaded.push(url);
      return Promise.resolve();
    }
  }
  const dataDir = tempDir();
  if (options.rendererUrl) vi.stubEnv('ELECTRON_RENDERER_URL', options.rendererUrl);
  vi.doMock('electron', () => ({
    app: {
      isPackaged: options.isPackaged,
      getPath: () => dataDir,
      getAppPath: () => dataDir,
      requestSingleInstanceLock: () => true,
      whenReady: () => whenReady.then(() => calls.push('ready')),
      on: () => undefined,
      quit: () => calls.push('quit'),
    },
    BrowserWindow: Window,
    Menu: { setApplicationMenu: (menu: unknown) => calls.push(`menu ${String(menu)}`) },
    dialog: { showErrorBox: (title: string) => calls.push(`error: ${title}`) },
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => run.handlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: object }[]) =>
        calls.push(`privileged ${schemes.map((s) => `${s.scheme} ${JSON.stringify(s.privileges)}`).join()}`),
      handle: (scheme: string) => calls.push(`default session handles ${scheme}`),
    },
    session: {
      fromPartition: (partition: string) => ({
        protocol: {
          handle: (scheme: string, handler: (request: { url: string }) => Response) => {
            calls.push(`${partition} handles ${scheme}`);
            run.protocolHandler = handler;
          },
        },
      }),
    },
  }));
  await import('../../src/main/index');
  ready();
  await vi.waitFor(() => expect(run.loaded).toHaveLength(1));
  return run;
}

describe('the Electron entry', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('registers app:// before ready, serves it in the in-memory kiosk session, removes the menu, wires every method, and loads app://kiosk/index.html', async () => {
    const { calls, handlers, loaded, protocolHandler, windowOptions } = await runEntry({ isPackaged: true });
    expect(loaded).toEqual([APP_INDEX_URL]);
    expect(calls).toEqual(['privileged app {"standard":true,"secure":true}', 'ready', 'kiosk handles app', 'menu null', 'window']);
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    expect(windowOptions[0]?.webPreferences).toMatchObject({ devTools: false, partition: 'kiosk' });
    // The real index.html of the renderer, through the registered handler.
    expect(protocolHandler?.({ url: APP_INDEX_URL }).status).toBe(200);
    // The app's own icon on the window (and the page's favicon from the same file, once built).
    const icon = (windowOptions[0] as { icon?: string } | undefined)?.icon;
    expect(icon).toBe(path.resolve('resources/icons/icon.png'));
    expect(fs.readFileSync(icon as string).subarray(1, 4).toString('latin1')).toBe('PNG');
    // IPC from our page reaches the real core; from a file: page it does not.
    const count = handlers.get(ipcChannel('organizer.status'))!;
    expect(await count({ senderFrame: { url: APP_INDEX_URL } }, { args: {} })).toMatchObject({ ok: true, result: { setupFirst: true } });
    expect(await count({ senderFrame: { url: 'file:///tmp/index.html' } }, { args: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('in a packaged app, ignores ELECTRON_RENDERER_URL and --open-without-pin, and gives no devtools', async () => {
    vi.spyOn(process, 'argv', 'get').mockReturnValue(['electron', '.', '--open-without-pin']);
    const { handlers, loaded, windowOptions } = await runEntry({ isPackaged: true, rendererUrl: 'http://localhost:5173' });
    expect(loaded).toEqual([APP_INDEX_URL]);
    expect(windowOptions[0]?.webPreferences.devTools).toBe(false);
    const status = handlers.get(ipcChannel('organizer.status'))!;
    expect(await status({ senderFrame: { url: 'http://localhost:5173/' } }, { args: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await status({ senderFrame: { url: APP_INDEX_URL } }, { args: {} })).toMatchObject({ ok: true, result: { setupFirst: true } });
  });

  it('in development, loads the dev server and trusts exactly its origin, with devtools', async () => {
    vi.spyOn(process, 'argv', 'get').mockReturnValue(['electron', '.', '--open-without-pin']);
    const { handlers, loaded, windowOptions } = await runEntry({ isPackaged: false, rendererUrl: 'http://localhost:5173' });
    expect(loaded).toEqual(['http://localhost:5173']);
    expect(windowOptions[0]?.webPreferences.devTools).toBe(true);
    const status = handlers.get(ipcChannel('organizer.status'))!;
    expect(await status({ senderFrame: { url: 'http://localhost:5173/#/console' } }, { args: {} })).toMatchObject({ ok: true, result: { setupFirst: false } });
    for (const url of ['http://localhost:5173.evil.example/', 'http://localhost:51730/', 'https://localhost:5173/', APP_INDEX_URL, 'not a url']) {
      expect(await status({ senderFrame: { url } }, { args: {} }), url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
