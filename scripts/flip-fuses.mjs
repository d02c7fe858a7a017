#!/usr/bin/env node
// Flips Electron's fuses in a packaged app's binary (see SECURITY.md, "Fuses"). Fuses are bits in
// the Electron executable itself, so this runs on the packaged build, after packaging and before
// code signing, never on node_modules/electron. It needs @electron/fuses, which is not a
// dependency here (our build machines cannot download Electron, so they never package the app):
//
//   npm i -D @electron/fuses
//   node scripts/flip-fuses.mjs "dist/linux-unpacked/take-action-kiosk"            # flip, then verify
//   node scripts/flip-fuses.mjs --check "dist/linux-unpacked/take-action-kiosk"    # only print them
//
// electron-builder (afterPack) and Electron Forge (FusesPlugin) can call the same settings.
import fs from 'node:fs';
import path from 'node:path';

const USAGE = 'Usage: node scripts/flip-fuses.mjs [--check] <path to the packaged app\'s Electron executable or .app>';

/** The fuses we set, by their @electron/fuses FuseV1Options name, and why. */
const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 kiosk` would otherwise turn the app into a plain Node with our privileges.
  RunAsNode: false,
  // Chromium's cookie store encrypted with an OS-held key (we keep no cookies; defence in depth).
  EnableCookieEncryption: true,
  // NODE_OPTIONS (e.g. --require evil.js) would run code inside the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would open a debugger on the main process.
  EnableNodeCliInspectArguments: false,
  // The app.asar must match the hash recorded at packaging time (macOS and Windows; see SECURITY.md).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Load the app only from app.asar, never from a loose app/ folder someone dropped beside it.
  OnlyLoadAppFromAsar: true,
  // file:// pages get no more than a normal browser gives them.
  GrantFileProtocolExtraPrivileges: false,
};

async function loadFuses() {
  try {
    const mod = await import('@electron/fuses');
    return mod.flipFuses ? mod : mod.default;
  } catch {
    console.error(
      '@electron/fuses is not installed. It is needed only where the app is packaged:\n  npm i -D @electron/fuses\nthen run this script again.',
    );
    process.exit(1);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const target = args.find((a) => !a.startsWith('--'));
  if (!target) {
    console.error(USAGE);
    process.exit(2);
  }
  const binary = path.resolve(target);
  if (!fs.existsSync(binary)) {
    console.error(`${binary} does not exist. Package the app first, then point this script at its executable.\n${USAGE}`);
    process.exit(2);
  }
  const { flipFuses, getCurrentFuseWire, FuseVersion, FuseV1Options, FuseState } = await loadFuses();

  if (!check) {
    const settings = { version: FuseVersion.V1 };
    for (const [name, value] of Object.entries(FUSES)) {
      const option = FuseV1Options[name];
      if (option === undefined) throw new Error(`This @electron/fuses does not know the fuse ${name}.`);
      settings[option] = value;
    }
    // Apple silicon refuses to run a binary whose ad-hoc signature no longer matches.
    settings.resetAdHocDarwinSignature = process.platform === 'darwin' && process.arch === 'arm64';
    await flipFuses(binary, settings);
  }

  const wire = await getCurrentFuseWire(binary);
  let wrong = 0;
  for (const [name, wanted] of Object.entries(FUSES)) {
    const state = wire[FuseV1Options[name]];
    const on = state === FuseState.ENABLE;
    const ok = on === wanted;
    if (!ok) wrong++;
    console.log(`${ok ? 'ok  ' : 'WRONG'} ${name}: ${on ? 'on' : 'off'}${ok ? '' : ` (want ${wanted ? 'on' : 'off'})`}`);
  }
  if (wrong > 0) {
    console.error(`${wrong} fuse(s) not as SECURITY.md says.`);
    process.exit(1);
  }
}

await main();
