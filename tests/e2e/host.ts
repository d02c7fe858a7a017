/**
 * Starts the real browser host (`node out/server/host.js`) on a free port with a fresh data
 * folder, as outside tools do, and talks to its HTTP contract. It starts straight on the kiosk
 * (`--open-without-pin`) unless `firstRun`: then as every shell starts by default, closed until an
 * organizer chooses the PIN. With `today`, as if on that date (`--today`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { organizerToken } from './organizer';

export interface ApiAnswer<T> {
  status: number;
  body: { ok: boolean; result?: T; error?: { code: string; message: string } };
}

export interface Host {
  url: string;
  dataDir: string;
  api<T = unknown>(method: string, args?: unknown, token?: string): Promise<ApiAnswer<T>>;
  /** Signs in as the organizer with the test PIN. */
  token(): Promise<string>;
  stop(): Promise<void>;
}

export async function startHost(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-e2e-')), options: { firstRun?: boolean; today?: string | undefined } = {}): Promise<Host> {
  const flags = [...(options.firstRun ? [] : ['--open-without-pin']), ...(options.today ? ['--today', options.today] : [])];
  const child: ChildProcess = spawn(process.execPath, ['out/server/host.js', '--port', '0', '--data-dir', dataDir, ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  const host: Host = {
    url,
    dataDir,
    token: () => organizerToken(host.api),
    async api<T>(method: string, args: unknown = {}, token?: string): Promise<ApiAnswer<T>> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(args) });
      return { status: response.status, body: (await response.json()) as ApiAnswer<T>['body'] };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
  return host;
}

/**
 * `firstRun`: a host started as every shell starts by default (`test.use({ firstRun: true })`);
 * `today`: one running as if on that date (`test.use({ today: '2027-01-04' })`).
 */
export const test = base.extend<{ host: Host; firstRun: boolean; today: string | undefined }>({
  firstRun: [false, { option: true }],
  today: [undefined, { option: true }],
  host: async ({ firstRun, today }, use) => {
    const host = await startHost(undefined, { firstRun, today });
    await use(host);
    await host.stop();
    fs.rmSync(host.dataDir, { recursive: true, force: true });
  },
});
export { expect } from '@playwright/test';
