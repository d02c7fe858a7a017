/** The real browser host as a child process, for benchmarks that go through HTTP or Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RunningHost {
  url: string;
  stop(): Promise<void>;
}

export async function startHost(dataDir: string): Promise<RunningHost> {
  const root = path.resolve(import.meta.dirname ?? 'bench', '..');
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'out/server/host.js'), '--port', '0', '--data-dir', dataDir, '--open-without-pin'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`host exited (${code}); run node scripts/build.mjs first`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
