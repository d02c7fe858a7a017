/** Test helpers: real SQLite files in a fresh temp folder, a clock the test controls. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src/core/core';
import type { Clock } from '../../src/core/clock';

const made: string[] = [];
const open: Core[] = [];

afterEach(() => {
  for (const core of open.splice(0)) core.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-test-'));
  made.push(dir);
  return dir;
}

export class TestClock implements Clock {
  constructor(private at = new Date('2026-11-25T15:00:00.000Z')) {}
  now() {
    return new Date(this.at);
  }
  advance(ms: number) {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export function startCore(dataDir = tempDir(), clock: Clock = new TestClock(), options: Partial<CoreOptions> = {}): Core {
  const core = createCore({ dataDir, clock, ...options });
  open.push(core);
  return core;
}

/** Closes a core early (before the test ends), e.g. to reopen its folder. */
export function stopCore(core: Core): void {
  const i = open.indexOf(core);
  if (i >= 0) open.splice(i, 1);
  core.close();
}

export async function ok<T = unknown>(core: Core, method: string, args: unknown, token?: string): Promise<T> {
  const answer = await core.call(method, args, { token });
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.result as T;
}

export const validSignup = {
  language: 'en',
  firstName: 'Ana',
  lastName: 'Pérez',
  email: 'ana@example.org',
  phone: '617-555-0123',
  zip: '02130',
  organizationIds: ['mira-coalition'],
  consent: { email: true, sms: false },
} as const;

export async function organizerToken(core: Core, pin = '246810'): Promise<string> {
  const status = await ok<{ pinSet: boolean }>(core, 'organizer.status', {});
  const method = status.pinSet ? 'organizer.login' : 'organizer.setup';
  return (await ok<{ token: string }>(core, method, { pin })).token;
}
