import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built with relative asset paths so the same bundle loads from the
// Electron app:// protocol and from the local web server used by `npm run web`.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
