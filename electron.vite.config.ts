import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The app's icon as the page's favicon, from resources/icons (one source for the page, the window
 * and packaged builds): favicon.ico at the root, where browsers look for it, and the SVG.
 */
function appIcons(): Plugin {
  let icons = '';
  return {
    name: 'take-action-icons',
    configResolved(config) {
      icons = path.resolve(config.root, '..', '..', 'resources', 'icons');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.ico', source: fs.readFileSync(path.join(icons, 'icon.ico')) });
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: fs.readFileSync(path.join(icons, 'icon.svg')) });
    },
  };
}

// main, preload and renderer use electron-vite's default entries (src/<scope>/index.*).
// The browser host (src/server) is built by scripts/build.mjs with the same Vite.
export default defineConfig({
  main: {
    build: { target: 'node22' },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS, and may require nothing but 'electron'.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    plugins: [react(), appIcons()],
    build: {
      target: 'chrome120',
      // Served from file:// in Electron and from the host's root in a browser.
      assetsInlineLimit: 0,
      minify: true,
    },
    base: './',
  },
});
