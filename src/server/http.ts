/**
 * The browser host: the built renderer and the contract over HTTP, on 127.0.0.1 only.
 * `POST /api/<method>` with JSON arguments answers `{ ok, result }` or `{ ok: false, error }`.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../common/content';
import { matchLanguage } from '../common/languages';
import { HTTP_STATUS, type ApiError, type ApiResponse } from '../common/errors';
import type { Core } from '../core/core';
import { hostIsAllowed, originIsAllowed, setSecurityHeaders } from './security';
import { resolveStatic, sendStatic } from './static';
import { logError } from '../core/log';

/** A sign-up or a setting is a few kilobytes: anything bigger is refused early. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Organizer uploads: a whole backup (which grows with sign-ups and legislator imports) or data files. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
const UPLOAD_METHODS = new Set(['backup.restore', 'legislators.import', 'content.import']);

/** Large bodies only for an organizer's upload with a live session: nobody else may make the host buffer them. */
export function bodyLimit(method: string, signedIn: boolean): number {
  return UPLOAD_METHODS.has(method) && signedIn ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
}

export interface HostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port: number;
}

function sendJson(res: ServerResponse, status: number, body: ApiResponse): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, HTTP_STATUS[error.code], { ok: false, error });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping it, answer 413, and let the rest drain instead of resetting the connection.
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The console and kiosk send the language they show (Accept-Language); errors come back in it.
 * Of the app's languages, the one the header ranks higher (q values, then order); else English.
 */
export function requestLanguage(req: IncomingMessage): Language {
  const ranked = (req.headers['accept-language'] ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: matchLanguage(tag), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.language !== undefined && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.language ?? 'en';
}

function bearer(req: IncomingMessage): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(req.headers.authorization ?? '');
  return match?.[1];
}

async function handleApi(req: IncomingMessage, res: ServerResponse, core: Core, method: string): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendJson(res, 405, { ok: false, error: { code: 'invalid_argument', message: 'Use POST for API calls.' } });
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  let text: string;
  try {
    text = await readBody(req, bodyLimit(method, core.hasSession(bearer(req))));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader('Connection', 'close');
      sendError(res, { code: 'payload_too_large', message: 'The request is too large.' });
    }
    return;
  }
  if (text.length > 0 && type !== 'application/json') {
    sendError(res, { code: 'invalid_argument', message: 'Send the arguments as JSON (Content-Type: application/json).' });
    return;
  }
  let args: unknown = {};
  if (text.trim().length > 0) {
    try {
      args = JSON.parse(text);
    } catch {
      sendError(res, { code: 'invalid_argument', message: 'The request body is not valid JSON.' });
      return;
    }
  }
  // PIN attempts are limited in core (one at a time, a lockout, a per-minute cap), for every transport.
  const answer = await core.call(method, args, { token: bearer(req), language: requestLanguage(req) });
  if (!answer.ok && answer.error.retryAt) {
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil((Date.parse(answer.error.retryAt) - Date.now()) / 1000))));
  }
  sendJson(res, answer.ok ? 200 : HTTP_STATUS[answer.error.code], answer);
}

export function createHost(options: HostOptions): http.Server {
  const { core, staticDir } = options;
  let port = options.port;
  const server = http.createServer((req, res) => {
    setSecurityHeaders(res);
    if (!hostIsAllowed(req, port)) {
      res.statusCode = 421;
      res.end('This kiosk only answers on 127.0.0.1.');
      return;
    }
    // A request target URL cannot parse (e.g. `GET http://[ HTTP/1.1`, sendable by any program
    // here) used to throw out of this handler and stop the whole host.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      res.statusCode = 400;
      res.end('Bad request');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (!originIsAllowed(req, port)) {
        sendError(res, { code: 'forbidden', message: 'Requests from other sites are not allowed.' });
        return;
      }
      handleApi(req, res, core, url.pathname.slice('/api/'.length)).catch((error: unknown) => {
        // Not the method name: it comes from the URL, and could be anything a caller typed.
        logError('API request failed in the host', error);
        if (!res.headersSent) sendError(res, { code: 'internal', message: 'Something went wrong in the kiosk host.' });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.end();
      return;
    }
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    sendStatic(res, file);
  });
  server.on('listening', () => {
    port = (server.address() as AddressInfo).port;
  });
  return server;
}
