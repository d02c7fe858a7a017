/**
 * The built host (`node out/server/host.js`) as a child process whose every printed byte is kept:
 * for start-up faults (exit code and message) and for checking what the host writes to its logs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface Answer<T> {
  status: number;
  body: { ok: boolean; result?: T; error?: { code: string; message: string } };
}

export interface Started {
  url: string;
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  api<T = unknown>(method: string, args?: unknown, token?: string): Promise<Answer<T>>;
  stop(): Promise<void>;
}

export interface Refused {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the host (by default straight on the kiosk, `--open-without-pin`: most of these tests walk
 * the kiosk); resolves once it listens, or with its exit code and output if it stops first.
 */
export function runHost(dataDir: string, env: NodeJS.ProcessEnv = {}, flags = ['--open-without-pin']): Promise<Started | Refused> {
  const child = spawn(process.execPath, ['out/server/host.js', '--port', '0', '--data-dir', dataDir, ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (!match?.[1]) return;
      const url = match[1];
      resolve({
        url,
        child,
        output: () => ({ stdout, stderr }),
        async api<T>(method: string, args: unknown = {}, token?: string): Promise<Answer<T>> {
          const headers: Record<string, string> = { 'Content-Type': 'application/json' };
          if (token) headers.Authorization = `Bearer ${token}`;
          const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(args) });
          return { status: response.status, body: (await response.json()) as Answer<T>['body'] };
        },
        async stop() {
          if (child.exitCode !== null) return;
          const exited = new Promise((done) => child.once('close', done));
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    // 'close', not 'exit': by then everything it printed has been read.
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function isStarted(result: Started | Refused): result is Started {
  return 'url' in result;
}

/** A free TCP port on 127.0.0.1 (for a listener that must keep its port across restarts). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A host that can be killed with SIGKILL and started again on the same data folder, signed in as
 * the organizer each time (the PIN chosen on the first start): one kiosk, or the steward's hub.
 */
export class RestartableHost {
  host!: Started;
  token = '';
  constructor(
    readonly dataDir: string,
    private readonly pin: string,
  ) {}

  async start(): Promise<void> {
    const started = await runHost(this.dataDir);
    if (!isStarted(started)) throw new Error(`host did not start: ${started.stderr}`);
    this.host = started;
    const status = await started.api<{ pinSet: boolean }>('organizer.status');
    const answer = await started.api<{ token: string }>(status.body.result?.pinSet ? 'organizer.login' : 'organizer.setup', { pin: this.pin });
    this.token = answer.body.result!.token;
  }

  async call<T>(method: string, args: unknown = {}): Promise<T> {
    const answer = await this.host.api<T>(method, args, this.token);
    if (!answer.body.ok) throw new Error(`${method}: ${answer.body.error?.message}`);
    return answer.body.result as T;
  }

  async kill(): Promise<void> {
    const closed = new Promise((done) => this.host.child.once('close', done));
    this.host.child.kill('SIGKILL');
    await closed;
  }
}
