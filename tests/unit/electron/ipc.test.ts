import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type AppInfo } from '../../../electron/contract';
import {
  handleAppInfo,
  isTrustedSender,
  registerIpcHandlers,
  UntrustedSenderError,
  type InvokeEventLike,
  type IpcDeps,
  type IpcMainLike,
} from '../../../electron/ipc';
import { IpcArgumentError } from '../../../electron/shellRequests';

const info: AppInfo = {
  name: 'Delegation Desk',
  version: '0.1.0',
  platform: 'linux',
  electron: '41.7.1',
  chrome: '146.0.0.0',
  dataPath: '/home/delegate/.config/Delegation Desk',
};

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

/** A stand-in for ipcMain that records the handlers, so tests can invoke them as Electron would. */
function fakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: (channel, listener) => {
      listeners.set(channel, listener);
    },
  };
}

function eventFrom(url: string | null): InvokeEventLike {
  return { senderFrame: url === null ? null : { url } };
}

const notUsed = () => Promise.reject(new Error('not used'));

function setUp() {
  const dialogCalls: unknown[] = [];
  const effects: unknown[] = [];
  const deps: IpcDeps = {
    appInfo: () => info,
    saveFile: {
      documentsDir: '/docs',
      fs: {
        open: () => Promise.reject(new Error('not used')),
        rename: () => Promise.reject(new Error('not used')),
        unlink: () => Promise.reject(new Error('not used')),
      },
      showSaveDialog: async (options) => {
        dialogCalls.push(options);
        return { canceled: true, filePath: '' };
      },
    },
    openFile: {
      documentsDir: '/docs',
      fs: { stat: notUsed, readFile: notUsed },
      showOpenDialog: async (options) => {
        dialogCalls.push(options);
        return { canceled: true, filePaths: [] };
      },
    },
    openedFiles: {
      take: async () => {
        effects.push('take');
        return [{ name: 'a.ddbackup', bytes: new Uint8Array([1]) }];
      },
    },
    setInterfaceLanguage: (language) => effects.push(['language', language]),
    showFolder: {
      folders: { data: '/data', backups: '/data/backups', logs: '/data/logs' },
      ensureFolder: async (folder) => effects.push(['ensure', folder]),
      openPath: async (folder) => {
        effects.push(['open', folder]);
        return '';
      },
    },
    backups: {
      backupsDir: '/data/backups',
      fs: {
        open: notUsed,
        rename: notUsed,
        unlink: notUsed,
        stat: notUsed,
        readFile: notUsed,
        mkdir: notUsed,
        readdir: async () => {
          effects.push('readdir');
          return [];
        },
      },
    },
    keychain: {
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
        encryptString: () => {
          effects.push('encrypt');
          return Buffer.from('sealed');
        },
        decryptString: () => {
          effects.push('decrypt');
          return '';
        },
      },
      platform: 'linux',
      filePath: '/data/keychain-unlock.bin',
      fs: {
        open: notUsed,
        rename: notUsed,
        unlink: async () => {
          effects.push('unlink');
        },
        readFile: async () => {
          effects.push('readKeyFile');
          throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        },
      },
    },
    logError: (message) => effects.push(['logError', message]),
  };
  const ipcMain = fakeIpcMain();
  registerIpcHandlers(ipcMain, deps);
  return { ipcMain, dialogCalls, effects };
}

function listener(ipcMain: { listeners: Map<string, Listener> }, channel: string): Listener {
  const found = ipcMain.listeners.get(channel);
  if (found === undefined) throw new Error(`no handler for ${channel}`);
  return found;
}

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers appInfo for the app origin', async () => {
    const { ipcMain } = setUp();
    await expect(listener(ipcMain, IPC_CHANNELS.appInfo)(eventFrom('app://renderer/index.html'))).toEqual(
      info,
    );
  });

  it('passes the saveFile payload to the handler for the app origin', async () => {
    const { ipcMain, dialogCalls } = setUp();
    const result = await listener(ipcMain, IPC_CHANNELS.saveFile)(eventFrom('app://renderer/report'), {
      suggestedName: 'a.docx',
      bytes: new Uint8Array([1]),
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(dialogCalls).toHaveLength(1);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///home/delegate/dist-renderer/index.html',
    'app://other/index.html',
    'app://renderer.evil.example/index.html',
    'app://user@renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'not a url',
  ])('refuses every channel to a sender at %s', (url) => {
    const { ipcMain, dialogCalls, effects } = setUp();
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(() =>
        listener(ipcMain, channel)(eventFrom(url), { suggestedName: 'a.docx', bytes: new Uint8Array() }),
      ).toThrow(UntrustedSenderError);
    }
    expect(dialogCalls).toEqual([]);
    expect(effects).toEqual([]);
  });

  it('routes each new channel to its handler for the app origin', async () => {
    const { ipcMain, dialogCalls, effects } = setUp();
    const app = eventFrom('app://renderer/index.html');
    await expect(listener(ipcMain, IPC_CHANNELS.openFile)(app, {})).resolves.toEqual({ status: 'cancelled' });
    await expect(listener(ipcMain, IPC_CHANNELS.takeOpenedFiles)(app)).resolves.toEqual([
      { name: 'a.ddbackup', bytes: new Uint8Array([1]) },
    ]);
    listener(ipcMain, IPC_CHANNELS.setInterfaceLanguage)(app, 'hu');
    await expect(listener(ipcMain, IPC_CHANNELS.showFolder)(app, 'backups')).resolves.toEqual({
      status: 'opened',
    });
    await expect(listener(ipcMain, IPC_CHANNELS.listBackups)(app)).resolves.toEqual({
      status: 'listed',
      backups: [],
    });
    listener(ipcMain, IPC_CHANNELS.reportError)(app, { message: 'boom' });
    await expect(listener(ipcMain, IPC_CHANNELS.keychainStatus)(app)).resolves.toEqual({
      available: true,
      stored: false,
    });
    await expect(listener(ipcMain, IPC_CHANNELS.keychainRetrieve)(app)).resolves.toEqual({
      status: 'error',
      code: 'missing',
    });
    await expect(listener(ipcMain, IPC_CHANNELS.keychainForget)(app)).resolves.toEqual({
      status: 'forgotten',
    });
    expect(dialogCalls).toHaveLength(1);
    expect(effects).toEqual([
      'take',
      ['language', 'hu'],
      ['ensure', '/data/backups'],
      ['open', '/data/backups'],
      'readdir',
      ['logError', 'renderer error: boom'],
      'readKeyFile',
      'readKeyFile',
      'unlink',
    ]);
  });

  it('rejects bad arguments before anything happens', async () => {
    const { ipcMain, effects } = setUp();
    const app = eventFrom('app://renderer/index.html');
    expect(() => listener(ipcMain, IPC_CHANNELS.setInterfaceLanguage)(app, 'de')).toThrow(IpcArgumentError);
    expect(() => listener(ipcMain, IPC_CHANNELS.takeOpenedFiles)(app, '/etc/passwd')).toThrow(
      IpcArgumentError,
    );
    expect(() => listener(ipcMain, IPC_CHANNELS.listBackups)(app, '..')).toThrow(IpcArgumentError);
    expect(() => listener(ipcMain, IPC_CHANNELS.reportError)(app, 'just a string')).toThrow(IpcArgumentError);
    expect(() => listener(ipcMain, IPC_CHANNELS.keychainStatus)(app, 'x')).toThrow(IpcArgumentError);
    expect(() => listener(ipcMain, IPC_CHANNELS.keychainRetrieve)(app, 'x')).toThrow(IpcArgumentError);
    expect(() => listener(ipcMain, IPC_CHANNELS.keychainForget)(app, '/etc/passwd')).toThrow(
      IpcArgumentError,
    );
    expect(() => listener(ipcMain, IPC_CHANNELS.keychainStore)(app)).toThrow(IpcArgumentError);
    await expect(listener(ipcMain, IPC_CHANNELS.keychainStore)(app, 'not a key')).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    await expect(listener(ipcMain, IPC_CHANNELS.showFolder)(app, '/etc')).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    await expect(listener(ipcMain, IPC_CHANNELS.readBackup)(app, '../secret.zip')).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    await expect(listener(ipcMain, IPC_CHANNELS.openFile)(app, { path: '/etc/passwd' })).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    expect(effects).toEqual([]);
  });

  it('refuses a sender whose frame is gone', () => {
    const { ipcMain } = setUp();
    expect(() => listener(ipcMain, IPC_CHANNELS.appInfo)(eventFrom(null))).toThrow(UntrustedSenderError);
  });
});

describe('isTrustedSender', () => {
  it('trusts only app://renderer', () => {
    expect(isTrustedSender(eventFrom('app://renderer/'))).toBe(true);
    expect(isTrustedSender(eventFrom('app://renderer/contacts?id=3#top'))).toBe(true);
    expect(isTrustedSender(eventFrom('app://renderer:8080/'))).toBe(false);
    expect(isTrustedSender(eventFrom('https://renderer/'))).toBe(false);
  });
});

describe('handleAppInfo', () => {
  it('returns a fresh copy of the facts', () => {
    const result = handleAppInfo(info);
    expect(result).toEqual(info);
    expect(result).not.toBe(info);
  });
});
