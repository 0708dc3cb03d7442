// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstRunChoiceChunk } from '../../../renderer/app/protection/firstRunChoiceChunk';
import { lockScreenChunk } from '../../../renderer/app/protection/lockScreenChunk';
import { ProtectionGate } from '../../../renderer/app/protection/ProtectionGate';
import { lockNow, turnOnProtection } from '../../../renderer/db/protection';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import sample from '../../../renderer/assets/sample/study-tour-hungary-2010.json';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { resetDb } from '../db/resetDb';
import { stubMissingBrowserApis } from '../windowVirtualLists';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

function openGate(firstRun?: boolean) {
  render(
    <MantineProvider>
      <ProtectionGate firstRun={firstRun}>
        <h1>The app</h1>
      </ProtectionGate>
    </MantineProvider>,
  );
}

const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };

const notNow = () => screen.findByRole('button', { name: 'Not now' });

describe('the protection gate at start-up', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  beforeEach(resetDb);
  afterEach(cleanup);

  it('opens on the app in its first render when start-up already knows no choice is due', () => {
    openGate(false);
    expect(screen.getByRole('heading', { name: 'The app' })).toBeTruthy();
  });

  it('shows the first-run choice, not the app, when start-up found a new database', async () => {
    openGate(true);
    expect(await notNow()).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'The app' })).toBeNull();
  });

  it('shows the first-run choice in its first render once start-up has loaded it', async () => {
    await firstRunChoiceChunk();
    openGate(true);
    // No wait in between: React's lazy would show a loader for at least 300 ms.
    expect(screen.getByRole('button', { name: 'Not now' })).toBeTruthy();
  });

  it('checks by itself when start-up could not: a new, empty database gets the choice', async () => {
    openGate(undefined);
    expect(screen.queryByRole('heading', { name: 'The app' })).toBeNull();
    expect(await notNow()).toBeTruthy();
  });

  it('checks by itself when start-up could not: a database with a tour opens on the app', async () => {
    await importSampleFile(sample);
    openGate(undefined);
    expect(await screen.findByRole('heading', { name: 'The app' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
  });

  it('shows a locked database’s lock screen in its first render once start-up has loaded it', async () => {
    await turnOnProtection('Балатон осенью 2010', QUICK);
    lockNow();
    await lockScreenChunk();
    openGate(false);
    // No wait in between: React's lazy would show a loader for at least 300 ms.
    expect(screen.getByRole('heading', { name: 'Delegation Desk is locked' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'The app' })).toBeNull();
  });
});
