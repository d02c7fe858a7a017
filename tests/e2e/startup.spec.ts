/**
 * Start-up faults, with the real host process: what it prints and how it exits when another kiosk
 * holds the data folder, the database is damaged, or the folder is missing, a file, or read-only.
 * Each message names the problem and the folder; nothing already saved is lost.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isStarted, runHost, type Refused, type Started } from './host-process';
import { organizerToken } from './organizer';
import { makeImmutable, mountTmpfs, remountReadOnly, unmount } from '../unit/mounts';

const dirs: string[] = [];
const hosts: Started[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-startup-'));
  dirs.push(dir);
  return dir;
}
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function started(dataDir: string): Promise<Started> {
  const result = await runHost(dataDir);
  if (!isStarted(result)) throw new Error(`host did not start (${result.code}): ${result.stderr}`);
  hosts.push(result);
  return result;
}

async function refused(dataDir: string): Promise<Refused> {
  const result = await runHost(dataDir);
  if (isStarted(result)) {
    hosts.push(result);
    throw new Error('the host started, but should have refused');
  }
  return result;
}

const person = { language: 'en', firstName: 'Ana', email: 'ana@example.org', organizationIds: [], consent: { email: true, sms: false } };

async function count(host: Started): Promise<number> {
  return (await host.api<{ total: number }>('signups.count', {}, await organizerToken(host.api))).body.result?.total ?? -1;
}

test('a second host on the same data folder refuses, naming the problem; the first keeps working', async () => {
  const dir = tempDir();
  const first = await started(dir);
  expect((await first.api('signup.create', person)).body.ok).toBe(true);

  const second = await refused(dir);
  expect(second.code).toBe(1);
  expect(second.stdout).toBe('');
  expect(second.stderr).toBe(`The sign-up database in ${dir} is in use by another copy of the kiosk. Close the other copy, then start again.\n`);

  expect((await first.api('signup.create', { ...person, email: 'second@example.org' })).body.ok).toBe(true);
  expect(await count(first)).toBe(2);
  await first.stop();
  expect(await count(await started(dir))).toBe(2);
});

test('a damaged database is kept beside the new one, and the message names the kept file', async () => {
  const dir = tempDir();
  const garbage = Buffer.from('not a database, but somebody may want it back '.repeat(200));
  fs.writeFileSync(path.join(dir, 'kiosk.sqlite'), garbage);
  const host = await started(dir);
  const kept = fs.readdirSync(dir).find((f) => f.startsWith('kiosk.sqlite.damaged-'));
  expect(kept).toBeDefined();
  expect(host.output().stderr).toBe(`The database was damaged and has been kept as ${path.join(dir, kept!)}; a new one was started.\n`);
  expect(fs.readFileSync(path.join(dir, kept!)).equals(garbage)).toBe(true);
  expect((await host.api('signup.create', person)).body.ok).toBe(true);
});

test('a missing data folder is created, parents included', async () => {
  const dir = path.join(tempDir(), 'new', 'kiosk');
  const host = await started(dir);
  expect((await host.api('signup.create', person)).body.ok).toBe(true);
  expect(fs.existsSync(path.join(dir, 'kiosk.sqlite'))).toBe(true);
});

test('a data folder that is a file is refused, and the file left alone', async () => {
  const file = path.join(tempDir(), 'data');
  fs.writeFileSync(file, 'notes');
  const result = await refused(file);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(
    `The kiosk's data folder ${file} is not a folder (it, or a folder above it, is a file). Choose another data folder, or move the file away, then start again.\n`,
  );
  expect(fs.readFileSync(file, 'utf8')).toBe('notes');
});

test('a read-only data folder is refused with a clear message, and nothing is written', async () => {
  const dir = path.join(tempDir(), 'data');
  let undo: () => void;
  const prepare = async () => {
    const host = await started(dir);
    expect((await host.api('signup.create', person)).body.ok).toBe(true);
    await host.stop();
  };
  if (process.getuid?.() !== 0) {
    await prepare();
    fs.chmodSync(dir, 0o555);
    undo = () => fs.chmodSync(dir, 0o755);
  } else {
    const noMount = mountTmpfs(dir, 64 * 1024 * 1024);
    if (!noMount) {
      await prepare();
      const failed = remountReadOnly(dir);
      test.skip(failed !== null, `cannot remount read-only: ${failed}`);
      undo = () => unmount(dir);
    } else {
      fs.mkdirSync(dir);
      await prepare();
      const made = makeImmutable(dir);
      test.skip(typeof made === 'string', `as root, no read-only folder possible here (mount: ${noMount}; chattr: ${String(made)})`);
      undo = made as () => void;
    }
  }
  try {
    const before = fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]);
    const result = await refused(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `The kiosk cannot write to its data folder ${dir}. Choose a folder it may write to, or fix its permissions, then start again.\n`,
    );
    expect(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')])).toEqual(before);
  } finally {
    undo();
  }
});
