/**
 * The kiosk page's own origin in Electron, `app://kiosk/`, instead of `file://` (Electron's
 * security checklist, item 18): on a file: page, 'self' in the CSP would match every local file.
 * It serves the built renderer folder only, through the browser host's path checks.
 */
import fs from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../server/security';
import { contentTypeOf, resolveStatic } from '../server/static';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://kiosk';
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged (before the app is ready): standard, so relative URLs
 * and the origin work like https; secure, so the page is a secure context.
 */
export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true } };

/** Whether a frame's URL is our page (IPC is refused from anything else). */
export function isAppPage(url: string): boolean {
  return url === APP_INDEX_URL || url.startsWith(`${APP_INDEX_URL}#`) || url.startsWith(`${APP_INDEX_URL}?`);
}

/** The protocol.handle handler: a file of the renderer folder, or 404 for anything else. */
export function appProtocolHandler(rendererDir: string): (request: { url: string }) => Response {
  return (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    const file = url.protocol === `${APP_SCHEME}:` && url.host === 'kiosk' ? resolveStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(fs.readFileSync(file), {
      status: 200,
      headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
  };
}
