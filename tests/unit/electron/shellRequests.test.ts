import { describe, expect, it } from 'vitest';
import {
  handleReportError,
  handleSetInterfaceLanguage,
  handleShowFolder,
  IpcArgumentError,
  MAX_ERROR_MESSAGE_LENGTH,
  type ShowFolderDeps,
} from '../../../electron/shellRequests';

function folderDeps(openResult = '') {
  const calls: string[][] = [];
  const deps: ShowFolderDeps = {
    folders: { data: '/u', backups: '/u/backups', logs: '/u/logs' },
    ensureFolder: async (folder) => calls.push(['ensure', folder]),
    openPath: async (folder) => {
      calls.push(['open', folder]);
      return openResult;
    },
    log: () => undefined,
  };
  return { deps, calls };
}

describe('handleShowFolder', () => {
  it('opens the folder of a known kind, creating it first', async () => {
    const { deps, calls } = folderDeps();
    await expect(handleShowFolder(deps, 'logs')).resolves.toEqual({ status: 'opened' });
    expect(calls).toEqual([
      ['ensure', '/u/logs'],
      ['open', '/u/logs'],
    ]);
  });

  it.each(['/etc', 'C:\\Windows', '../data', 'Data', '', null, 3, { folder: 'data' }, ['data']])(
    'refuses %j without opening anything',
    async (input) => {
      const { deps, calls } = folderDeps();
      await expect(handleShowFolder(deps, input)).resolves.toEqual({
        status: 'error',
        code: 'invalid-request',
      });
      expect(calls).toEqual([]);
    },
  );

  it('reports a folder the system could not open', async () => {
    const { deps } = folderDeps('No application is registered');
    await expect(handleShowFolder(deps, 'data')).resolves.toEqual({ status: 'error', code: 'open-failed' });
  });

  it('reports a folder that could not be created', async () => {
    const { deps } = folderDeps();
    deps.ensureFolder = () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' }));
    await expect(handleShowFolder(deps, 'backups')).resolves.toEqual({
      status: 'error',
      code: 'open-failed',
    });
  });
});

describe('handleSetInterfaceLanguage', () => {
  it('applies each interface language', () => {
    const applied: string[] = [];
    for (const language of ['ru', 'be', 'en', 'hu'])
      handleSetInterfaceLanguage((l) => applied.push(l), language);
    expect(applied).toEqual(['ru', 'be', 'en', 'hu']);
  });

  it.each(['de', 'RU', 'ru-RU', '', null, undefined, { language: 'ru' }])('rejects %j', (input) => {
    const applied: string[] = [];
    expect(() => handleSetInterfaceLanguage((l) => applied.push(l), input)).toThrow(IpcArgumentError);
    expect(applied).toEqual([]);
  });
});

describe('handleReportError', () => {
  it('logs the message and stack', () => {
    const logged: unknown[][] = [];
    handleReportError((...args) => logged.push(args), { message: 'boom', stack: 'at App' });
    expect(logged).toEqual([['renderer error: boom', 'at App']]);
  });

  it('cuts an overlong message instead of logging without bound', () => {
    const logged: unknown[][] = [];
    handleReportError((...args) => logged.push(args), { message: 'x'.repeat(100_000) });
    expect(String(logged[0]?.[0]).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH + 20);
  });

  it.each([null, 'boom', { message: 3 }, { message: 'a', stack: 4 }, { message: 'a', extra: true }])(
    'rejects %j',
    (input) => {
      expect(() => handleReportError(() => undefined, input)).toThrow(IpcArgumentError);
    },
  );
});
