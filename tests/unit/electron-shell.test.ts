/**
 * The Electron shell cannot run on our build machines (no Electron binary), so its window and IPC
 * setup are tested against a small recording stand-in for the `electron` module.
 */
import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, ipcChannel } from '../../src/common/methods';
import { registerIpc } from '../../src/main/ipc';
import { createKioskWindow, isBlockedShortcut } from '../../src/main/window';
import type { Core } from '../../src/core/core';

type Listener = (...args: unknown[]) => unknown;

class FakeContents {
  listeners = new Map<string, Listener>();
  openHandler: (() => { action: string }) | null = null;
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  sessionListeners = new Map<string, Listener>();
  session = {
    setPermissionRequestHandler: (handler: Listener) => (this.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (this.permissionCheck = handler),
    on: (name: string, listener: Listener) => this.sessionListeners.set(name, listener),
  };
  on(name: string, listener: Listener) {
    this.listeners.set(name, listener);
    return this;
  }
  setWindowOpenHandler(handler: () => { action: string }) {
    this.openHandler = handler;
  }
  emit(name: string, ...args: unknown[]) {
    return this.listeners.get(name)?.(...args);
  }
}

class FakeBrowserWindow {
  static last: FakeBrowserWindow | null = null;
  webContents = new FakeContents();
  constructor(readonly options: Record<string, unknown>) {
    FakeBrowserWindow.last = this;
  }
  once() {
    return this;
  }
  show() {}
}

function makeWindow(kiosk: boolean, devTools = false) {
  createKioskWindow(FakeBrowserWindow as never, { preload: '/app/out/preload/index.cjs', kiosk, devTools, pageOrigin: 'app://kiosk' });
  const window = FakeBrowserWindow.last;
  if (!window) throw new Error('no window');
  return window;
}

function preventable() {
  return { preventDefault: vi.fn() };
}

describe('the kiosk window', () => {
  it('is sandboxed and isolated, with no Node in the page', () => {
    const prefs = makeWindow(true).options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
      // In memory: no `persist:` prefix, so nothing of the page's is written to disk.
      partition: 'kiosk',
    });
    // DevTools only when the entry says so (a development run outside kiosk mode).
    expect((makeWindow(false).options.webPreferences as { devTools: boolean }).devTools).toBe(false);
    expect((makeWindow(false, true).options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });

  it('denies navigation, redirects, webviews, new windows and every permission', () => {
    const contents = makeWindow(true).webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = preventable();
      contents.emit(name, event, 'https://evil.example');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    const callback = vi.fn();
    contents.permissionRequest?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(contents.permissionCheck?.()).toBe(false);
  });

  it('lets the page save files it made itself (blob: exports), and no other download', () => {
    const contents = makeWindow(true).webContents;
    const download = contents.sessionListeners.get('will-download');
    const blob = preventable();
    download?.(blob, { getURL: () => 'blob:app://kiosk/3f1c-export' });
    expect(blob.preventDefault).not.toHaveBeenCalled();
    for (const url of ['https://evil.example/payload.exe', 'blob:https://evil.example/3f1c', 'blob:app://kiosk.evil/3f1c', 'blob:null/3f1c']) {
      const other = preventable();
      download?.(other, { getURL: () => url });
      expect(other.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('swallows devtools, reload and quit shortcuts in kiosk mode only', () => {
    const contents = makeWindow(true).webContents;
    const blocked = preventable();
    contents.emit('before-input-event', blocked, { key: 'I', control: true, shift: true, meta: false, alt: false });
    expect(blocked.preventDefault).toHaveBeenCalled();
    const typing = preventable();
    contents.emit('before-input-event', typing, { key: 'a', control: false, shift: false, meta: false, alt: false });
    expect(typing.preventDefault).not.toHaveBeenCalled();
    expect(makeWindow(false).webContents.listeners.has('before-input-event')).toBe(false);
    const keys = (key: string, mods: Partial<Record<'control' | 'meta' | 'alt' | 'shift', boolean>> = {}) =>
      isBlockedShortcut({ key, control: false, meta: false, alt: false, shift: false, ...mods });
    expect([keys('F5'), keys('F12'), keys('r', { control: true }), keys('q', { meta: true }), keys('F4', { alt: true })]).toEqual([true, true, true, true, true]);
    expect([keys('r'), keys('5'), keys('Enter')]).toEqual([false, false, false]);
  });
});

describe('the IPC transport', () => {
  function setUp() {
    const handlers = new Map<string, Listener>();
    const ipcMain = { handle: (channel: string, handler: Listener) => handlers.set(channel, handler) };
    const core = { call: vi.fn(async () => ({ ok: true, result: 'ran' })) } as unknown as Core;
    registerIpc(ipcMain as never, core, (url) => url === 'file:///app/out/renderer/index.html');
    return { handlers, core };
  }

  it('registers one channel per contract method, and nothing else', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
  });

  it('refuses messages from any frame but the kiosk page, and forwards the rest to core', async () => {
    const { handlers, core } = setUp();
    const handler = handlers.get(ipcChannel('signups.count'));
    const foreign = await handler?.({ senderFrame: { url: 'https://evil.example/' } }, { args: {}, token: 't' });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const missing = await handler?.({ senderFrame: null }, { args: {} });
    expect(missing).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(core.call).not.toHaveBeenCalled();

    const own = await handler?.({ senderFrame: { url: 'file:///app/out/renderer/index.html' } }, { args: { a: 1 }, token: 'tok' });
    expect(own).toEqual({ ok: true, result: 'ran' });
    expect(core.call).toHaveBeenCalledWith('signups.count', { a: 1 }, { token: 'tok', language: undefined });
    // The page's language reaches core; anything but en/es is dropped.
    await handler?.({ senderFrame: { url: 'file:///app/out/renderer/index.html' } }, { args: {}, token: 'tok', language: 'es' });
    expect(core.call).toHaveBeenLastCalledWith('signups.count', {}, { token: 'tok', language: 'es' });
    await handler?.({ senderFrame: { url: 'file:///app/out/renderer/index.html' } }, { args: {}, language: '<script>' });
    expect(core.call).toHaveBeenLastCalledWith('signups.count', {}, { token: undefined, language: undefined });
  });
});

describe('the preload bridge', () => {
  it('exposes exactly the contract methods, each on its own channel', async () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async () => ({ ok: true }));
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer: { invoke },
    }));
    await import('../../src/preload/index');
    const api = exposed.takApi as Record<string, (args: unknown, token?: string, language?: string) => Promise<unknown>>;
    expect(Object.keys(exposed)).toEqual(['takApi']);
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api['signup.create']?.({ firstName: 'x' }, undefined);
    expect(invoke).toHaveBeenCalledWith('tak:signup.create', { args: { firstName: 'x' }, token: undefined, language: undefined });
    await api['signups.count']?.({}, 'tok', 'es');
    expect(invoke).toHaveBeenLastCalledWith('tak:signups.count', { args: {}, token: 'tok', language: 'es' });
    vi.doUnmock('electron');
  });
});
