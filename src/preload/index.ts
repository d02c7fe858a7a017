/**
 * Exposes exactly the contract's methods to the page, one function per method, each sending to
 * its own channel. Nothing generic (no `invoke(channel, ...)`) crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, ipcChannel, type MethodName } from '../common/methods';

/** `language`: the one the page shows, for the sentences of errors. */
type Bridge = Record<MethodName, (args: unknown, token?: string, language?: string) => Promise<unknown>>;

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (args: unknown, token?: string, language?: string) => ipcRenderer.invoke(ipcChannel(method), { args, token, language }),
  ]),
) as Bridge;

contextBridge.exposeInMainWorld('takApi', Object.freeze(api));
