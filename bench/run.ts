/**
 * `npm run bench`: performance figures as medians beside a baseline measured in the same run,
 * printed as a table and written to bench/results/latest.json: the durable sign-up against a
 * bare fsync, and the PDFs (pdfkit) against Chromium's page.pdf() of the same content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../src/core/core';
import { median, timeEach, type Row } from './measure';
import { pdfRows } from './pdf';

async function durableSignup(dir: string, runs: number): Promise<Row> {
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

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-bench-'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
  const rows = [await durableSignup(dir, 200), ...(await pdfRows(dir))];
  console.table(
    rows.map((r) => ({
      measure: r.name,
      'median ms': r.medianMs.toFixed(3),
      baseline: r.baseline,
      'baseline ms': r.baselineMs.toFixed(3),
      ratio: (r.medianMs / r.baselineMs).toFixed(2),
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
