import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type DesktopApi } from '../../../electron/contract';

// The real 'electron' module only works inside Electron; the preload needs just these two objects.
// vi.hoisted because vi.mock factories run before the module's own top-level code.
const { exposed, invoke } = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

beforeAll(async () => {
  await import('../../../electron/preload');
});

function desktop(): DesktopApi {
  return exposed.get('desktop') as DesktopApi;
}

describe('preload', () => {
  it('exposes only window.desktop, with exactly the DesktopApi methods', () => {
    expect([...exposed.keys()]).toEqual(['desktop']);
    expect(Object.keys(desktop()).sort()).toEqual(['appInfo', 'saveFile']);
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
});
