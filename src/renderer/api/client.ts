/**
 * The renderer's one way to reach core: the preload bridge in Electron, HTTP in the browser host.
 * Both answer `{ ok, result }` or `{ ok: false, error }`; this turns the latter into ApiCallError.
 */
import type { Args, MethodName, Result } from '../../common/contract';
import i18next from 'i18next';
import type { ApiError, ApiResponse } from '../../common/errors';
import { isLanguage } from '../../common/languages';

type Bridge = Record<MethodName, (args: unknown, token?: string, language?: string) => Promise<ApiResponse>>;

declare global {
  interface Window {
    takApi?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get code() {
    return this.error.code;
  }
}

let sessionToken: string | undefined;
export function setSessionToken(token: string | undefined): void {
  sessionToken = token;
}

/** The language on screen: core answers errors in it. */
const screenLanguage = () => (isLanguage(i18next.language) ? i18next.language : 'en');

async function overHttp(method: MethodName, args: unknown, token: string | undefined): Promise<ApiResponse> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': screenLanguage() };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`./api/${method}`, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
  } catch {
    return { ok: false, error: { code: 'unavailable', message: i18next.t('app.serviceDown') } };
  }
  try {
    return (await response.json()) as ApiResponse;
  } catch {
    return { ok: false, error: { code: 'internal', message: i18next.t('app.unexpectedAnswer', { status: response.status }) } };
  }
}

/** Calls a contract method; organizer calls carry the session token (or the one given). */
export async function call<M extends MethodName>(method: M, args: Args<M>, token = sessionToken): Promise<Result<M>> {
  const bridge = window.takApi;
  const answer = bridge ? await bridge[method](args, token, screenLanguage()) : await overHttp(method, args, token);
  if (!answer.ok) throw new ApiCallError(answer.error);
  return answer.result as Result<M>;
}
