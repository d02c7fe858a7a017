/**
 * Small file systems for fault tests: a tiny tmpfs to fill up, a read-only one. Mounting needs
 * root with CAP_SYS_ADMIN (our CI container has it); tests that need a mount fall back to another
 * way or skip with the reason these helpers give. Nothing here is required for the suite to pass.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

function run(command: string, args: string[]): string | null {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr || (error as Error).message;
  }
}

/** Mounts a tmpfs of `bytes` on `dir`; returns null, or why it could not. */
export function mountTmpfs(dir: string, bytes: number): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts are Linux only';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  fs.mkdirSync(dir, { recursive: true });
  return run('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tak-test', dir]);
}

export function remountReadOnly(dir: string): string | null {
  return run('mount', ['-o', 'remount,ro', dir]);
}

export function unmount(dir: string): void {
  run('umount', [dir]);
}

/**
 * Makes a folder refuse writes even to root: chattr +i (ext4, xfs, btrfs) where it works.
 * Returns an undo function, or the reason it could not.
 */
export function makeImmutable(dir: string): (() => void) | string {
  const failed = run('chattr', ['+i', dir]);
  if (failed) return failed;
  return () => void run('chattr', ['-i', dir]);
}

/** Fills the file system holding `dir` until it refuses more; returns the filler's path. */
export function fillDisk(dir: string): string {
  const filler = `${dir}/filler.bin`;
  const fd = fs.openSync(filler, 'w');
  try {
    for (const size of [1024 * 1024, 64 * 1024, 4096, 512]) {
      const chunk = Buffer.alloc(size, 0x5a);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
