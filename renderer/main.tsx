import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/global.css';
import { App } from './app/App';
import { preloadScreenAt } from './app/screens';
import { setupI18n } from './i18n/setup';

async function start(): Promise<void> {
  preloadScreenAt(window.location.hash);
  await setupI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element in index.html');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
