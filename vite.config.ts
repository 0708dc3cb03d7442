import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** What the chunking below asks of a module: which modules import it statically. */
interface ChunkingContext {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

const SCREEN_MODULE = /[\\/]renderer[\\/]features[\\/][^\\/]+[\\/]\w+Screen\.tsx$/;

/** The screens a tour's start-up lands on: the programme (the day's plan) and `/` (the overview). */
const PROGRAMME_SCREEN = /[\\/]renderer[\\/]features[\\/]programme[\\/]ProgrammeScreen\.tsx$/;
const OVERVIEW_SCREEN = /[\\/]renderer[\\/]features[\\/]overview[\\/]OverviewScreen\.tsx$/;

/** The screens (renderer/features/x/YScreen.tsx, each its own lazy chunk) that import `id`, directly or not. */
function screensImporting(id: string, context: ChunkingContext): string[] {
  const seen = new Set([id]);
  const queue = [id];
  const screens: string[] = [];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (SCREEN_MODULE.test(current)) screens.push(current);
    for (const importer of context.getModuleInfo(current)?.importers ?? [])
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
  }
  return screens;
}

/**
 * The shared chunk a module goes to when two or more screens import it: a landing screen loads only
 * the shared code it needs itself, not the forms' and imports' code it opens on demand. A module
 * the programme needs goes to `screens`, else one the overview needs to `screens-overview`, else to
 * `screens-more`; so `screens` imports neither of the others, and `screens-overview` not the last.
 */
function sharedChunk(id: string, context: ChunkingContext): string | null {
  const screens = screensImporting(id, context);
  if (screens.length < 2) return null;
  if (screens.some((screen) => PROGRAMME_SCREEN.test(screen))) return 'screens';
  if (screens.some((screen) => OVERVIEW_SCREEN.test(screen))) return 'screens-overview';
  return 'screens-more';
}

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
