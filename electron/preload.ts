// The only bridge between the page and the desktop: exactly the DesktopApi, nothing else.
// A sandboxed preload may require 'electron' but no local files, so the contract is imported for types only
// and the channel names are repeated here; the IpcChannels annotation makes any drift a compile error.
import { contextBridge, ipcRenderer } from 'electron';
import type { AppInfo, DesktopApi, IpcChannels, SaveFileRequest, SaveFileResult } from './contract';

const CHANNELS: IpcChannels = {
  appInfo: 'desktop:app-info',
  saveFile: 'desktop:save-file',
};

const api: DesktopApi = {
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(CHANNELS.appInfo),
  // Only the documented fields cross the bridge, so extra properties on the caller's object are not sent.
  saveFile: (req: SaveFileRequest): Promise<SaveFileResult> =>
    ipcRenderer.invoke(CHANNELS.saveFile, {
      suggestedName: req.suggestedName,
      bytes: req.bytes,
      ...(req.filters === undefined ? {} : { filters: req.filters }),
    }),
};

contextBridge.exposeInMainWorld('desktop', api);
