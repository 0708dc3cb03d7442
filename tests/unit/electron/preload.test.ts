import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS, type DesktopApi } from '../../../electron/contract';

// The real 'electron' module only works inside Electron; the preload needs just these two objects.
// vi.hoisted because vi.mock factories run before the module's own top-level code.
type IpcListener = (event: unknown, payload?: unknown) => void;
const { exposed, invoke, listeners } = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
  listeners: new Map<string, Set<(event: unknown, payload?: unknown) => void>>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: IpcListener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: IpcListener) => listeners.get(channel)?.delete(listener),
  },
}));

/** Delivers a main-process message as Electron would: an event object carrying `sender`, then the payload. */
function emit(channel: string, payload?: unknown): void {
  for (const listener of listeners.get(channel) ?? [])
    listener({ sender: { secret: 'ipcRenderer' } }, payload);
}

beforeAll(async () => {
  await import('../../../electron/preload');
});

function desktop(): DesktopApi {
  return exposed.get('desktop') as DesktopApi;
}

describe('preload', () => {
  it('exposes only window.desktop, with exactly the DesktopApi methods', () => {
    expect([...exposed.keys()]).toEqual(['desktop']);
    expect(Object.keys(desktop()).sort()).toEqual([
      'appInfo',
      'deleteBackup',
      'keychainForget',
      'keychainRetrieve',
      'keychainStatus',
      'keychainStore',
      'listBackups',
      'onFilesOpened',
      'onMenuCommand',
      'openFile',
      'readBackup',
      'reportError',
      'saveFile',
      'setInterfaceLanguage',
      'showFolder',
      'takeOpenedFiles',
      'writeBackup',
    ]);
  });

  it('invokes the contract channels', async () => {
    invoke.mockClear();
    await desktop().appInfo();
    const bytes = new Uint8Array([1, 2]);
    await desktop().saveFile({ suggestedName: 'a.docx', bytes });
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.docx', bytes }],
    ]);
  });

  it('sends only the documented saveFile fields', async () => {
    invoke.mockClear();
    const filters = [{ name: 'Word', extensions: ['docx'] }];
    const sneaky = { suggestedName: 'a.docx', bytes: new Uint8Array(), filters, path: '/etc/passwd' };
    await desktop().saveFile(sneaky);
    expect(invoke.mock.calls[0]?.[1]).toEqual({ suggestedName: 'a.docx', bytes: sneaky.bytes, filters });
  });

  it('invokes the new channels with only the documented fields', async () => {
    invoke.mockClear();
    const bytes = new Uint8Array([3]);
    const filters = [{ name: 'Backup', extensions: ['ddbackup'] }];
    const sneaky = { filters, path: '/etc/passwd' };
    await desktop().openFile(sneaky);
    await desktop().takeOpenedFiles();
    await desktop().setInterfaceLanguage('be');
    await desktop().showFolder('logs');
    await desktop().writeBackup({ name: 'a.ddbackup', bytes, ...{ folder: '/tmp' } });
    await desktop().listBackups();
    await desktop().readBackup('a.ddbackup');
    await desktop().deleteBackup('a.ddbackup');
    await desktop().reportError({ message: 'boom', stack: 'at x' });
    await desktop().keychainStatus();
    await desktop().keychainStore('a2V5');
    await desktop().keychainRetrieve();
    await desktop().keychainForget();
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.openFile, { filters }],
      [IPC_CHANNELS.takeOpenedFiles],
      [IPC_CHANNELS.setInterfaceLanguage, 'be'],
      [IPC_CHANNELS.showFolder, 'logs'],
      [IPC_CHANNELS.writeBackup, { name: 'a.ddbackup', bytes }],
      [IPC_CHANNELS.listBackups],
      [IPC_CHANNELS.readBackup, 'a.ddbackup'],
      [IPC_CHANNELS.deleteBackup, 'a.ddbackup'],
      [IPC_CHANNELS.reportError, { message: 'boom', stack: 'at x' }],
      [IPC_CHANNELS.keychainStatus],
      [IPC_CHANNELS.keychainStore, 'a2V5'],
      [IPC_CHANNELS.keychainRetrieve],
      [IPC_CHANNELS.keychainForget],
    ]);
  });

  it('passes menu commands to the page without the Electron event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = desktop().onMenuCommand((...args: unknown[]) => received.push(args));
    emit(IPC_EVENTS.menuCommand, { kind: 'new-tour' });
    unsubscribe();
    emit(IPC_EVENTS.menuCommand, { kind: 'import' });
    expect(received).toEqual([[{ kind: 'new-tour' }]]);
  });

  it('signals opened files with no payload at all', () => {
    const received: unknown[][] = [];
    const unsubscribe = desktop().onFilesOpened((...args: unknown[]) => received.push(args));
    emit(IPC_EVENTS.filesOpened, { anything: true });
    unsubscribe();
    emit(IPC_EVENTS.filesOpened);
    expect(received).toEqual([[]]);
  });
});
