// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockNow, protectionMode, turnOnProtection } from '../../../renderer/db/protection';
import {
  hasKeychainSlot,
  turnOnKeychainUnlock,
  unlockWithKeychain,
} from '../../../renderer/db/protection/keychainUnlock';
import { KeychainOption } from '../../../renderer/features/settings/KeychainOption';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { keychainOf } from '../../../renderer/platform/keychain';
import { resetDb } from '../db/resetDb';
import { stubMissingBrowserApis } from '../windowVirtualLists';
import { fakeKeychainDesktop } from './fakeKeychainDesktop';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const OPTION = "Unlock with this computer's user account";

function openOption() {
  render(
    <MantineProvider>
      <KeychainOption />
    </MantineProvider>,
  );
}

describe("Settings: unlock with this computer's user account", () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  beforeEach(async () => {
    await resetDb();
    await turnOnProtection('Балатон осенью 2010', QUICK);
  });
  afterEach(() => {
    cleanup();
    window.desktop = undefined;
  });

  it('is off by default; turning it on keeps a key that unlocks, turning it off forgets it', async () => {
    const desktop = fakeKeychainDesktop({ available: true });
    window.desktop = desktop.api;
    openOption();
    const option = await screen.findByRole('switch', { name: OPTION });
    expect(screen.getByText(/can then open the data without the passphrase/)).toBeTruthy();
    expect((option as HTMLInputElement).checked).toBe(false);

    fireEvent.click(option);
    await waitFor(() => expect((option as HTMLInputElement).checked).toBe(true));
    expect(await hasKeychainSlot()).toBe(true);
    expect(desktop.kept()).not.toBeNull();
    lockNow();
    await unlockWithKeychain(keychainOf(desktop.api));

    fireEvent.click(option);
    await waitFor(() => expect((option as HTMLInputElement).checked).toBe(false));
    expect(await hasKeychainSlot()).toBe(false);
    expect(desktop.kept()).toBeNull();
  });

  it('is not offered in a browser, nor where the keychain protects nothing', async () => {
    openOption();
    expect(screen.queryByRole('switch', { name: OPTION })).toBeNull();
    cleanup();

    const status = vi.fn(fakeKeychainDesktop({ available: false }).api.keychainStatus);
    window.desktop = { ...fakeKeychainDesktop({ available: false }).api, keychainStatus: status };
    openOption();
    await waitFor(() => expect(status).toHaveBeenCalled());
    // Let the answer arrive (a zero-delay turn runs every promise already settled).
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('switch', { name: OPTION })).toBeNull();
  });

  const BROKEN = 'One-click unlock no longer works on this laptop';
  const SET_UP_AGAIN = 'Set up one-click unlock again';
  const TURN_OFF = 'Turn one-click unlock off';

  it('says when the kept key is gone instead of showing the option on, and sets it up again', async () => {
    const desktop = fakeKeychainDesktop({ available: true });
    window.desktop = desktop.api;
    await turnOnKeychainUnlock(keychainOf(desktop.api));
    desktop.replaceKept(null);
    openOption();
    expect(await screen.findByText(BROKEN)).toBeTruthy();
    expect(screen.getByText(/The key kept by this computer is gone/)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: OPTION })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: SET_UP_AGAIN }));
    const option = await screen.findByRole('switch', { name: OPTION });
    expect((option as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(BROKEN)).toBeNull();
    lockNow();
    await unlockWithKeychain(keychainOf(desktop.api));
    expect(protectionMode()).toBe('unlocked');
  });

  it("says so for a key of an earlier protection or another account's, and turns it off", async () => {
    const desktop = fakeKeychainDesktop({ available: true });
    window.desktop = desktop.api;
    await turnOnKeychainUnlock(keychainOf(desktop.api));
    desktop.replaceKept(btoa(String.fromCharCode(...new Uint8Array(32).fill(7))));
    openOption();
    expect(
      await screen.findByText(/belongs to an earlier protection and does not open this data/),
    ).toBeTruthy();
    cleanup();

    window.desktop = {
      ...desktop.api,
      keychainRetrieve: async () => ({ status: 'error', code: 'unreadable' }),
    };
    openOption();
    expect(
      await screen.findByText(/This user account cannot open the key kept on this computer/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: TURN_OFF }));
    const option = await screen.findByRole('switch', { name: OPTION });
    expect((option as HTMLInputElement).checked).toBe(false);
    expect(await hasKeychainSlot()).toBe(false);
    expect(desktop.kept()).toBeNull();
  });

  it('where the keychain stopped working, offers only to turn it off', async () => {
    const desktop = fakeKeychainDesktop({ available: true });
    await turnOnKeychainUnlock(keychainOf(desktop.api));
    window.desktop = fakeKeychainDesktop({ available: false }).api;
    openOption();
    expect(await screen.findByText(/keychain is not available now/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: SET_UP_AGAIN })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: TURN_OFF }));
    await waitFor(() => expect(screen.queryByText(BROKEN)).toBeNull());
    expect(await hasKeychainSlot()).toBe(false);
    // Nothing left to offer on a computer whose keychain protects nothing.
    expect(screen.queryByRole('switch', { name: OPTION })).toBeNull();
  });
});
