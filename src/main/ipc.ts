/**
 * IPC transport: one `ipcMain.handle` channel per contract method, nothing generic. Arguments are
 * treated as unknown (core parses them); messages from any frame but our own page are refused.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, ipcChannel } from '../common/methods';
import { Language } from '../common/content';
import type { ApiResponse } from '../common/errors';
import type { Core } from '../core/core';
import type { CallContext } from '../core/handlers';

/** The renderer's own page: app://kiosk/index.html, or the dev server in `npm run dev`. */
export type SenderCheck = (url: string) => boolean;

function payloadParts(payload: unknown): CallContext & { args: unknown } {
  if (typeof payload !== 'object' || payload === null) return { args: payload };
  const { args, token, language } = payload as { args?: unknown; token?: unknown; language?: unknown };
  return {
    args,
    token: typeof token === 'string' ? token : undefined,
    language: Language.safeParse(language).data,
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, core: Core, isOwnPage: SenderCheck): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event: IpcMainInvokeEvent, payload: unknown): Promise<ApiResponse> => {
      const url = event.senderFrame?.url ?? '';
      if (!isOwnPage(url)) {
        return { ok: false, error: { code: 'forbidden', message: 'This message did not come from the kiosk page.' } };
      }
      const { args, ...context } = payloadParts(payload);
      return core.call(method, args, context);
    });
  }
}
