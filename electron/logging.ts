// Main-process errors and renderer crashes go to <data folder>/logs/main.log (electron-log, rotated at
// 5 MB), so a delegate can send the file to whoever helps them. Help → Open Log Folder shows it.
import log from 'electron-log/main';
import * as path from 'path';

export type Log = (message: string, detail?: unknown) => void;

export const LOG_FILE_NAME = 'main.log';

export interface AppLogger {
  /** Warnings: refused requests, blocked navigation, recoverable failures. */
  warn: Log;
  error: Log;
}

function write(level: 'warn' | 'error', message: string, detail?: unknown): void {
  if (detail === undefined) log[level](`[desktop] ${message}`);
  else log[level](`[desktop] ${message}`, detail);
}

/**
 * Sets up the log file under logsDir. No preload is injected (electron-log's initialize() would add one to
 * every session); the page reports its errors through window.desktop.reportError instead.
 */
export function setUpLogging(logsDir: string): AppLogger {
  log.transports.file.resolvePathFn = () => path.join(logsDir, LOG_FILE_NAME);
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.file.level = 'info';
  // Uncaught exceptions and unhandled rejections in main: logged, no dialog (start-up failures show their own).
  log.errorHandler.startCatching({ showDialog: false });
  // Renderer crashes, hangs, failed loads and preload errors, from Electron's app and webContents events.
  log.eventLogger.startLogging({ level: 'error' });
  return {
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail),
  };
}
