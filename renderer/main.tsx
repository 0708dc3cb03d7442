// First, before React and the shell are evaluated: the language, the active tour and the first
// screen's chunk start loading meanwhile (see earlyStart.ts).
import { earlyActiveTour, earlyFirstRun, earlyFirstScreen, earlyLanguage } from './app/earlyStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/global.css';
import { App } from './app/App';
import { setupI18n } from './i18n/setup';

/**
 * Start-up waits for the interface language (nothing renders without it), the active tour, the
 * first-run check and the first screen's chunk with the records it shows first, all asked for by
 * earlyStart.ts: the first render is the screen itself, with its records.
 */
async function start(): Promise<void> {
  const [, initialTour, firstRun] = await Promise.all([
    setupI18n(earlyLanguage),
    earlyActiveTour,
    earlyFirstRun,
    earlyFirstScreen,
  ]);
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element in index.html');
  createRoot(container).render(
    <StrictMode>
      <App initialTour={initialTour} firstRun={firstRun} />
    </StrictMode>,
  );
}

void start();
