/**
 * `npm run bench`: performance figures as medians beside a baseline measured in the same run,
 * printed as a table and written to bench/results/latest.json. These machines are noisy: compare
 * the ratios, not the milliseconds.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../src/core/core';
import { readShipped } from '../src/core/legislators/storage';
import { buildIndex } from '../src/core/legislators/lookup-index';
import { lookupZip } from '../src/core/legislators/lookup';
import { appPaths } from '../src/core/paths';
import { organizerRows } from './organizer';
import { vaultRows } from './vault';
import { syncRows } from './sync';
import { startHost } from './host-process';
import { rendererRows } from './renderer';
import { median, timeEach, type BenchRow } from './measure';
import { pdfRows } from './pdf';

async function durableSignup(dir: string, runs: number): Promise<BenchRow> {
  const core = createCore({ dataDir: path.join(dir, 'core') });
  const signup = {
    language: 'en',
    firstName: 'Bench',
    email: 'bench@example.org',
    zip: '02130',
    organizationIds: ['mira-coalition'],
    consent: { email: true, sms: false },
  };
  await timeEach(20, () => core.call('signup.create', signup)); // warm-up
  const coreTimes = await timeEach(runs, () => core.call('signup.create', signup));
  core.close();

  const file = path.join(dir, 'fsync.bin');
  const fd = fs.openSync(file, 'a');
  const bytes = Buffer.from(JSON.stringify(signup));
  const fsyncTimes = await timeEach(runs, () => {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  });
  fs.closeSync(fd);
  return { name: 'durable sign-up (core)', medianMs: median(coreTimes), baseline: 'write + fsync', baselineMs: median(fsyncTimes) };
}

/** The same durable sign-up, through the browser host's HTTP API (a real child process). */
async function durableSignupOverHttp(dir: string, runs: number, fsyncMs: number): Promise<BenchRow> {
  const host = await startHost(path.join(dir, 'http'));
  const body = JSON.stringify({
    language: 'en',
    firstName: 'Bench',
    email: 'bench@example.org',
    organizationIds: ['mira-coalition'],
    consent: { email: true, sms: false },
  });
  const send = async () => {
    const response = await fetch(`${host.url}/api/signup.create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (!response.ok) throw new Error(`sign-up failed: ${response.status}`);
  };
  await timeEach(20, send);
  const times = await timeEach(runs, send);
  await host.stop();
  return { name: 'durable sign-up (HTTP host)', medianMs: median(times), baseline: 'write + fsync', baselineMs: fsyncMs };
}

/**
 * The floor under any durable answer over HTTP here: a bare node:http server in a child process
 * (as the host is) that writes + fsyncs the body and answers `{}`, called with the same fetch.
 */
async function bareHttpFloor(dir: string, runs: number, fsyncMs: number): Promise<BenchRow> {
  const script = `
    const fs = require('node:fs');
    const fd = fs.openSync(process.argv[1], 'a');
    require('node:http').createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        fs.writeSync(fd, Buffer.concat(chunks));
        fs.fsyncSync(fd);
        res.setHeader('Content-Type', 'application/json');
        res.end('{}');
      });
    }).listen(0, '127.0.0.1', function () { console.log('port ' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', script, path.join(dir, 'bare-http.bin')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => resolve(/port (\d+)/.exec(chunk.toString())?.[1] ?? ''));
      child.once('exit', (code) => reject(new Error(`the bare HTTP server exited (${code})`)));
    });
    const body = JSON.stringify({ language: 'en', firstName: 'Bench', email: 'bench@example.org' });
    const send = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      await response.text();
    };
    await timeEach(20, send);
    return floorRow(median(await timeEach(runs, send)), fsyncMs);
  } finally {
    child.kill();
  }
}

function floorRow(medianMs: number, fsyncMs: number): BenchRow {
  return {
    name: 'bare node:http + write + fsync (child process)',
    medianMs,
    baseline: 'write + fsync',
    baselineMs: fsyncMs,
    note: 'the floor for a durable answer over HTTP',
  };
}

/**
 * Legislator data: loading (read the committed file, JSON.parse, build the index) beside a bare
 * JSON.parse of the same text; and a lookup of every ZIP code in the data (full result objects,
 * offices ordered by distance) beside a plain Map.get over the same keys.
 */
async function legislatorLookup(runs: number): Promise<BenchRow[]> {
  const file = path.join(appPaths().dataFiles, 'legislators', 'dataset.json');
  const text = fs.readFileSync(file, 'utf8');
  const loadTimes = await timeEach(runs, () => buildIndex(readShipped(appPaths().dataFiles)!));
  const parseTimes = await timeEach(runs, () => JSON.parse(text));
  const index = buildIndex(readShipped(appPaths().dataFiles)!);
  const context = { today: '2026-11-25', language: 'en' } as const;
  const zips = [...index.rowOf.keys()].filter((zip) => {
    try {
      lookupZip(index, zip, context);
      return true;
    } catch {
      return false; // military and other codes answered with not_found
    }
  });
  const passes = Math.max(3, Math.ceil(runs / 2));
  const lookupTimes = (await timeEach(passes, () => zips.forEach((zip) => lookupZip(index, zip, context)))).map((ms) => ms / zips.length);
  const map = new Map(zips.map((zip, i) => [zip, i]));
  let sink = 0;
  const mapTimes = (await timeEach(passes, () => zips.forEach((zip) => (sink += map.get(zip)!)))).map((ms) => ms / zips.length);
  if (sink < 0) console.log(sink);
  const lookupMs = median(lookupTimes);
  // The same lookups as the kiosk makes them: argument parsing and result validation included.
  const core = createCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tak-bench-legislators-')) });
  const sample = zips.filter((_, i) => i % 20 === 0);
  await core.call('legislators.lookup', { zip: sample[0] }); // loads the data
  const callTimes = (await timeEach(passes, async () => {
    for (const zip of sample) await core.call('legislators.lookup', { zip });
  })).map((ms) => ms / sample.length);
  core.close();
  return [
    { name: 'legislator data load (read + parse + index)', medianMs: median(loadTimes), baseline: 'JSON.parse of the same file', baselineMs: median(parseTimes), note: `${(text.length / 1024).toFixed(0)} KiB` },
    {
      name: 'legislator lookup (per ZIP)',
      medianMs: lookupMs,
      baseline: 'Map.get over the same ZIP keys',
      baselineMs: median(mapTimes),
      note: `${Math.round(1000 / lookupMs).toLocaleString('en-US')} lookups/s over ${zips.length} ZIPs`,
    },
    {
      name: 'legislator lookup via core.call',
      medianMs: median(callTimes),
      baseline: 'the pure lookup above',
      baselineMs: lookupMs,
      note: `${Math.round(1000 / median(callTimes)).toLocaleString('en-US')} calls/s over ${sample.length} ZIPs (zod result check)`,
    },
  ];
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-bench-'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
  const built = spawnSync(process.execPath, [path.resolve(import.meta.dirname ?? 'bench', '../scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build failed');
  const durable = await durableSignup(dir, 200);
  const rows = [
    durable,
    await durableSignupOverHttp(dir, 200, durable.baselineMs),
    await bareHttpFloor(dir, 200, durable.baselineMs),
    ...(await legislatorLookup(15)),
    ...(await organizerRows(dir)),
    ...(await vaultRows(dir, 200)),
    ...(await syncRows(path.join(dir, 'sync'))),
    ...(await pdfRows(dir)),
    ...(await rendererRows(path.join(dir, 'renderer'))),
  ];
  console.table(
    rows.map((r) => ({
      measure: r.name,
      'median ms': r.medianMs.toFixed(3),
      baseline: r.baseline,
      'baseline ms': r.baselineMs.toFixed(3),
      ratio: (r.medianMs / r.baselineMs).toFixed(2),
      note: r.note ?? '',
    })),
  );
  const out = path.join(import.meta.dirname ?? 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), machine: { cpu, cores: os.cpus().length, node: process.version }, rows }, null, 2),
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
