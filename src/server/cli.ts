/**
 * `npm run host -- --port <n> --data-dir <dir>`: the kiosk in any browser on this machine.
 * Prints `listening on http://127.0.0.1:<port>` once it accepts requests.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { clockOn, type Clock } from '../core/clock';
import { createCore } from '../core/core';
import { AppError } from '../core/errors';
import { createHost } from './http';

const USAGE =
  'Usage: npm run host -- [--port <n>] [--data-dir <dir>] [--open-without-pin] [--today YYYY-MM-DD]\n' +
  '  --port 0 picks a free port. Until an organizer PIN is chosen the kiosk shows only the first-run\n' +
  '  screen (POST /api/organizer.setup still answers); --open-without-pin opens straight on the\n' +
  '  kiosk instead, for tests and demos only. --today runs as if on that date (demos and tests,\n' +
  '  e.g. of legislator data that has expired).';

/** The folder Electron's app.getPath('userData') uses, so both shells share one database. */
function defaultDataDir(): string {
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, 'take-action-kiosk');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.TAK_PORT ?? '5180' },
        'data-dir': { type: 'string', default: process.env.TAK_DATA_DIR },
        'open-without-pin': { type: 'boolean', default: false },
        // The gate used to be opt-in with this flag; it is the default now, and the flag a no-op.
        'setup-first': { type: 'boolean', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535.\n${USAGE}`);
    const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
    let clock: Clock | undefined;
    if (values.today !== undefined) {
      try {
        clock = clockOn(values.today);
      } catch (error) {
        fail(`--today: ${(error as Error).message}.\n${USAGE}`);
      }
    }
    return { port, dataDir, staticDir: path.join(appRoot, 'out', 'renderer'), setupFirst: !values['open-without-pin'], clock };
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

function main(): void {
  const { port, dataDir, staticDir, setupFirst, clock } = options();
  let core;
  try {
    core = createCore({ dataDir, setupFirst, ...(clock ? { clock } : {}) });
  } catch (error) {
    fail(error instanceof AppError ? error.message : `The kiosk could not start: ${(error as Error).message}`);
  }
  if (core.startup.movedAside) {
    console.warn(`The database was damaged and has been kept as ${core.startup.movedAside}; a new one was started.`);
  }
  const server = createHost({ core, staticDir, port });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('error', (error: NodeJS.ErrnoException) => {
    core.close();
    fail(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Pick another with --port, or --port 0 for any free port.`
        : `The kiosk host could not start: ${error.message}`,
    );
  });
  server.listen(port, '127.0.0.1', () => {
    const { port: actual } = server.address() as AddressInfo;
    if (clock) console.log(`running as if today were ${clock.now().toISOString().slice(0, 10)} (--today)`);
    console.log(`listening on http://127.0.0.1:${actual}`);
  });
}

main();
