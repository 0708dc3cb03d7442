// The only bridge between the page and the desktop: exactly the DesktopApi, nothing else.
// A sandboxed preload may require 'electron' but no local files, so the contract is imported for types only
// and the channel names are repeated here; the IpcChannels/IpcEvents annotations make any drift a compile error.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi, IpcChannels, IpcEvents, MenuCommand } from './contract';

const CHANNELS: IpcChannels = {
  appInfo: 'desktop:app-info',
  saveFile: 'desktop:save-file',
  openFile: 'desktop:open-file',
  takeOpenedFiles: 'desktop:take-opened-files',
  setInterfaceLanguage: 'desktop:set-interface-language',
  showFolder: 'desktop:show-folder',
  writeBackup: 'desktop:backup-write',
  listBackups: 'desktop:backup-list',
  readBackup: 'desktop:backup-read',
  deleteBackup: 'desktop:backup-delete',
  reportError: 'desktop:report-error',
  keychainStatus: 'desktop:keychain-status',
  keychainStore: 'desktop:keychain-store',
  keychainRetrieve: 'desktop:keychain-retrieve',
  keychainForget: 'desktop:keychain-forget',
};

const EVENTS: IpcEvents = {
  menuCommand: 'desktop:menu-command',
  filesOpened: 'desktop:files-opened',
};

/**
 * Subscribes the page to one main-process event. The page's listener gets the payload only: the Electron
 * event object carries `sender` (ipcRenderer itself) and must never reach page code.
 */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

// Only the documented fields cross the bridge, so extra properties on the caller's objects are not sent.
const api: DesktopApi = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  saveFile: (req) =>
    ipcRenderer.invoke(CHANNELS.saveFile, {
      suggestedName: req.suggestedName,
      bytes: req.bytes,
      ...(req.filters === undefined ? {} : { filters: req.filters }),
    }),
  openFile: (req) =>
    ipcRenderer.invoke(CHANNELS.openFile, req.filters === undefined ? {} : { filters: req.filters }),
  takeOpenedFiles: () => ipcRenderer.invoke(CHANNELS.takeOpenedFiles),
  setInterfaceLanguage: (language) => ipcRenderer.invoke(CHANNELS.setInterfaceLanguage, language),
  showFolder: (folder) => ipcRenderer.invoke(CHANNELS.showFolder, folder),
  writeBackup: (req) => ipcRenderer.invoke(CHANNELS.writeBackup, { name: req.name, bytes: req.bytes }),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, name),
  deleteBackup: (name) => ipcRenderer.invoke(CHANNELS.deleteBackup, name),
  reportError: (report) =>
    ipcRenderer.invoke(CHANNELS.reportError, {
      message: report.message,
      ...(report.stack === undefined ? {} : { stack: report.stack }),
    }),
  keychainStatus: () => ipcRenderer.invoke(CHANNELS.keychainStatus),
  keychainStore: (key) => ipcRenderer.invoke(CHANNELS.keychainStore, key),
  keychainRetrieve: () => ipcRenderer.invoke(CHANNELS.keychainRetrieve),
  keychainForget: () => ipcRenderer.invoke(CHANNELS.keychainForget),
  onMenuCommand: (listener) => subscribe<MenuCommand>(EVENTS.menuCommand, listener),
  onFilesOpened: (listener) => subscribe<unknown>(EVENTS.filesOpened, () => listener()),
};

contextBridge.exposeInMainWorld('desktop', api);
