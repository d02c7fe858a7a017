#!/usr/bin/env node
// Builds everything into out/: Electron main + preload + renderer (electron-vite) and the browser
// host (src/server, with Vite's SSR build). `--if-stale` skips the work when out/ is newer than
// every source file, so `npm run host` and the tests stay quick after the first build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'out', '.build-stamp');
const inputs = ['src', 'data', 'resources', 'electron.vite.config.ts', 'package-lock.json', 'scripts/build.mjs'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function isFresh() {
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return inputs.every((entry) => newestMtime(entry) <= built);
}

export async function build() {
  const started = Date.now();
  const { build: electronViteBuild } = await import('electron-vite');
  await electronViteBuild({ root, logLevel: 'warn' });
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: path.join(root, 'src/server/cli.ts'),
      outDir: path.join(root, 'out/server'),
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'host.js' } },
    },
  });
  fs.writeFileSync(stamp, new Date().toISOString());
  console.log(`Built out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv.includes('--if-stale') && isFresh()) process.exit(0);
  build().catch((error) => {
    console.error(error?.message ?? error);
    process.exit(1);
  });
}
