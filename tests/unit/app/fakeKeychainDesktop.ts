import type { DesktopApi, KeychainRetrieveResult } from '../../../electron/contract';

/**
 * window.desktop of a desktop app whose keychain is `available` or not, on `platform`: the key the page
 * hands over is kept as the main process would (its base64), and can be replaced or lost. Nothing else
 * of the desktop app is used by these tests.
 */
export function fakeKeychainDesktop(options: { available: boolean; platform?: string }) {
  let kept: string | null = null;
  const notUsed = () => Promise.reject(new Error('not used in this test'));
  const retrieve = async (): Promise<KeychainRetrieveResult> => {
    if (!options.available) return { status: 'error', code: 'unavailable' };
    if (kept === null) return { status: 'error', code: 'missing' };
    return { status: 'retrieved', key: kept };
  };
  const api: DesktopApi = {
    appInfo: async () => ({
      name: 'Delegation Desk',
      version: '0.1.0',
      platform: options.platform ?? 'linux',
      electron: '41.7.1',
      chrome: '146.0.0.0',
      dataPath: '/home/delegate/.config/Delegation Desk',
    }),
    saveFile: notUsed,
    openFile: notUsed,
    takeOpenedFiles: async () => [],
    setInterfaceLanguage: async () => undefined,
    showFolder: notUsed,
    writeBackup: notUsed,
    listBackups: notUsed,
    readBackup: notUsed,
    deleteBackup: notUsed,
    reportError: async () => undefined,
    keychainStatus: async () => ({ available: options.available, stored: kept !== null }),
    keychainStore: async (key) => {
      if (!options.available) return { status: 'error', code: 'unavailable' };
      kept = key;
      return { status: 'stored' };
    },
    keychainRetrieve: retrieve,
    keychainForget: async () => {
      kept = null;
      return { status: 'forgotten' };
    },
    onMenuCommand: () => () => undefined,
    onFilesOpened: () => () => undefined,
  };
  return {
    api,
    kept: () => kept,
    /** Another key (an earlier protection's) or none (the file was deleted). */
    replaceKept(key: string | null) {
      kept = key;
    },
  };
}
