// The renderer build: renderer/ → dist/renderer, served by the app:// protocol (Electron) and the
// headless shell's HTTP bridge alike, so every asset URL is relative (base './').
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  // Everything is bundled: the app runs offline and its CSP allows only 'self'.
  publicDir: false,
  build: {
    outDir: path.join(here, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // The preload polyfill would be injected as code we do not need: Electron and Chromium support it.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    // One bundle loaded from disk (app:// or 127.0.0.1): its size costs nothing over a network.
    chunkSizeWarningLimit: 2048,
  },
  server: { port: 5173, strictPort: false },
});
