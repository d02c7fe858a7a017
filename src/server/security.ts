/** Headers and checks that keep the browser host for this machine's kiosk only. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // The console previews the PDFs it made (blob: URLs of its own data) in a frame.
  "frame-src blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
}

/** The names this server answers to; anything else is a DNS-rebinding attempt or a mistake. */
export function allowedHosts(port: number): Set<string> {
  const names = [`127.0.0.1:${port}`, `localhost:${port}`];
  // On port 80 browsers leave the port out of Host and Origin.
  if (port === 80) names.push('127.0.0.1', 'localhost');
  return new Set(names);
}

export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has((req.headers.host ?? '').toLowerCase());
}

/**
 * Browsers send Origin (and Sec-Fetch-Site) on every cross-origin request: a page elsewhere may
 * not call the API. Scripts and tools on this machine send neither and are allowed.
 */
export function originIsAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const allowed = [...allowedHosts(port)].map((host) => `http://${host}`);
    if (!allowed.includes(origin.toLowerCase())) return false;
  }
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
