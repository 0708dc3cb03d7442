import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/global.css';
import { App } from './app/App';
import { preloadFirstScreen } from './app/screens';
import { readActiveTour } from './db/queries/activeTour';
import { setupI18n } from './i18n/setup';

/**
 * Start-up does at once what used to happen one after another: the interface language is asked for
 * first (nothing renders without it), the database opens and the active tour is read meanwhile, and
 * the first screen's chunk loads beside them. The shell then renders with the tour already read.
 */
async function start(): Promise<void> {
  const i18n = setupI18n();
  // Undefined when it cannot be read now (the shell reads it itself, and reports what went wrong).
  const activeTour = readActiveTour().catch(() => undefined);
  // One microtask later: Vite's preload helper issues the language's import() calls in microtasks
  // queued by setupI18n, and the screen's dozens of chunks, asked for first, would queue ahead of them.
  queueMicrotask(() => preloadFirstScreen(window.location.hash, activeTour));
  const [, initialTour] = await Promise.all([i18n, activeTour]);
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element in index.html');
  createRoot(container).render(
    <StrictMode>
      <App initialTour={initialTour} />
    </StrictMode>,
  );
}

void start();
