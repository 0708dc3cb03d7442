import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { sharedChunk } from './build/scripts/chunking';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The renderer is built with relative asset paths so the same bundle loads from the
// Electron app:// protocol and from the local web server used by `npm run web`.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Few, larger chunks: split by default, the large tour's programme took 63 requests (six at a
        // time over HTTP/1.1), most of a start-up. Now: what start-up needs is one script; what two
        // or more screens share (Mantine's form controls, the entity schemas, formatters …) is a second,
        // loaded with the first screen, split in three so that the landing screens (programme,
        // overview) load only their part of it (see sharedChunk); each screen's own code a third.
        // Code used on demand (the document writer, calendar and photo libraries, encryption, the
        // landing screens' dialogs and other tabs) stays in chunks of its own.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'], priority: 2 },
            {
              name: sharedChunk,
              debugName: 'screens-shared',
              priority: 1,
              // Not the dependencies of a shared module that only one screen uses statically.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
