import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

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
    plugins: [react()],
    build: {
      target: 'chrome120',
      // Served from file:// in Electron and from the host's root in a browser.
      assetsInlineLimit: 0,
      minify: true,
    },
    base: './',
  },
});
