// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProtectionGate } from '../../../renderer/app/protection/ProtectionGate';
import { useKeychainUnlock } from '../../../renderer/app/protection/useKeychainUnlock';
import { db } from '../../../renderer/db/database';
import { lockNow, protectionMode, turnOnProtection } from '../../../renderer/db/protection';
import { turnOnKeychainUnlock } from '../../../renderer/db/protection/keychainUnlock';
import { VAULT_SETTING } from '../../../renderer/db/protection/vaultRecord';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { keychainOf } from '../../../renderer/platform/keychain';
import { resetDb } from '../db/resetDb';
import { stubMissingBrowserApis } from '../windowVirtualLists';
import { fakeKeychainDesktop } from './fakeKeychainDesktop';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Балатон осенью 2010';

/** A locked database; `withKeychain`: the option was turned on (through `desktop`) before it locked. */
async function lockedDatabase(desktop: ReturnType<typeof fakeKeychainDesktop> | null, withKeychain: boolean) {
  await turnOnProtection(PASSPHRASE, QUICK);
  if (withKeychain && desktop) await turnOnKeychainUnlock(keychainOf(desktop.api));
  lockNow();
  window.desktop = desktop?.api;
}

function openGate() {
  render(
    <MantineProvider>
      <ProtectionGate firstRun={false}>
        <h1>The app</h1>
      </ProtectionGate>
    </MantineProvider>,
  );
}

const lockedHeading = () => screen.findByRole('heading', { name: 'Delegation Desk is locked' });
const keychainButton = (system = 'Linux') =>
  screen.queryByRole('button', { name: `Unlock with my ${system} account` });

/** Whether the lock screen offers the one-click unlock, once it has looked (a vault read, bridge calls). */
async function offered(): Promise<boolean> {
  const { result, unmount } = renderHook(useKeychainUnlock);
  await waitFor(() => expect(result.current.checked).toBe(true));
  unmount();
  return result.current.offered;
}

describe('the lock screen with "unlock with this computer\'s user account"', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  beforeEach(resetDb);
  afterEach(() => {
    cleanup();
    window.desktop = undefined;
  });

  it('unlocks with one click when the option is on and the keychain works', async () => {
    const desktop = fakeKeychainDesktop({ available: true, platform: 'win32' });
    await lockedDatabase(desktop, true);
    openGate();
    const button = await screen.findByRole('button', { name: 'Unlock with my Windows account' });
    fireEvent.click(button);
    expect(await screen.findByRole('heading', { name: 'The app' })).toBeTruthy();
    expect(protectionMode()).toBe('unlocked');
  });

  it('tells a deleted key and a key of an earlier protection apart; nothing changes, the passphrase still works', async () => {
    const desktop = fakeKeychainDesktop({ available: true });
    await lockedDatabase(desktop, true);
    const vaultBefore = await db.settings.get(VAULT_SETTING);
    const kept = desktop.kept();
    desktop.replaceKept(null);
    openGate();
    fireEvent.click(await screen.findByRole('button', { name: 'Unlock with my Linux account' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /no longer keeps the key for unlocking with your account\. Nothing was unlocked/,
    );

    desktop.replaceKept(btoa(String.fromCharCode(...new Uint8Array(32).fill(7))));
    fireEvent.click(keychainButton()!);
    expect(
      await screen.findByText(/does not open this data \(it belongs to an earlier protection\)/),
    ).toBeTruthy();
    expect(protectionMode()).toBe('locked');
    expect(await db.settings.get(VAULT_SETTING)).toEqual(vaultBefore);
    expect(desktop.kept()).not.toBe(kept);

    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { name: 'The app' })).toBeTruthy();
  });

  it('offers nothing when the keychain is not available, when the option is off, or in a browser', async () => {
    await lockedDatabase(fakeKeychainDesktop({ available: true }), true);
    window.desktop = fakeKeychainDesktop({ available: false }).api;
    expect(await offered()).toBe(false);
    window.desktop = undefined;
    expect(await offered()).toBe(false);
    openGate();
    await lockedHeading();
    expect(keychainButton()).toBeNull();
    // Control: the same database on a computer whose keychain works.
    window.desktop = fakeKeychainDesktop({ available: true }).api;
    expect(await offered()).toBe(true);

    await resetDb();
    await lockedDatabase(fakeKeychainDesktop({ available: true }), false);
    expect(await offered()).toBe(false);
  });

  it('tells once that one-click unlock stopped working, then offers the passphrase only', async () => {
    const desktop = fakeKeychainDesktop({ available: true });
    await lockedDatabase(desktop, true);
    desktop.replaceKept(null);
    openGate();
    fireEvent.click(await screen.findByRole('button', { name: 'Unlock with my Linux account' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Settings then offers to set up one-click unlock again or to turn it off/,
    );
    cleanup();
    // The next lock screen: no button that cannot work, no message again.
    await waitFor(async () => expect(await offered()).toBe(false));
    openGate();
    await lockedHeading();
    expect(keychainButton()).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says at once when the keychain is not available any more, once, and offers the button when it works again', async () => {
    await lockedDatabase(fakeKeychainDesktop({ available: true }), true);
    const desktop = fakeKeychainDesktop({ available: false });
    window.desktop = desktop.api;
    openGate();
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /One-click unlock no longer works on this laptop: this computer's keychain is not available now/,
    );
    expect(keychainButton()).toBeNull();
    cleanup();
    openGate();
    await lockedHeading();
    await waitFor(async () => expect(await offered()).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
    window.desktop = fakeKeychainDesktop({ available: true }).api;
    expect(await offered()).toBe(true);
  });
});
