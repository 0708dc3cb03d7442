// Files handed to the app by the operating system: on the command line, by double-click (file association),
// through a second launch while the app runs, or by macOS's open-file event. The main process keeps their
// paths; the page takes their content once it is ready to put them into the import flow.
import * as path from 'path';
import { OPENABLE_FILE_EXTENSIONS, type OpenedFile } from './contract';
import { readFileLimited, type ReadFs } from './readFileLimited';
import type { Log } from './logging';

/** A double-click opens one file; a handful covers a multi-selection, and a flood of arguments is cut off. */
export const MAX_PENDING_FILES = 8;

/** True for a path whose extension is one of the app's own file types (case-insensitive). */
export function isOpenableFile(filePath: string): boolean {
  const extension = path.extname(filePath).slice(1).toLowerCase();
  return OPENABLE_FILE_EXTENSIONS.includes(extension);
}

/**
 * The app files named in a command line. Flags (-x, --x=y) and everything else are ignored: Electron's own
 * path, the app folder in development, and the switches Chromium adds. Relative paths resolve against the
 * folder the launch happened in, which a second instance reports along with its argv.
 */
export function openableFilesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => arg !== '' && !arg.startsWith('-') && isOpenableFile(arg))
    .map((arg) => path.resolve(workingDirectory, arg));
}

/** Paths waiting for the page; each is read and handed out once. */
export class OpenedFilesQueue {
  private readonly pending: string[] = [];

  constructor(
    private readonly fs: ReadFs,
    private readonly log?: Log,
    private readonly maxBytes?: number,
  ) {}

  /** Queues the openable paths among `paths`; returns how many were queued. */
  add(paths: readonly string[]): number {
    let added = 0;
    for (const filePath of paths) {
      if (!path.isAbsolute(filePath) || !isOpenableFile(filePath)) continue;
      if (this.pending.includes(filePath)) continue;
      if (this.pending.length >= MAX_PENDING_FILES) {
        this.log?.(`too many files opened at once; ignored ${filePath}`);
        continue;
      }
      this.pending.push(filePath);
      added += 1;
    }
    return added;
  }

  get size(): number {
    return this.pending.length;
  }

  /** Reads and removes every waiting file. Unreadable ones are logged and dropped. */
  async take(): Promise<OpenedFile[]> {
    const paths = this.pending.splice(0, this.pending.length);
    const files: OpenedFile[] = [];
    for (const filePath of paths) {
      const read = await readFileLimited(this.fs, filePath, this.maxBytes);
      if (read.ok) files.push({ name: path.basename(filePath), bytes: read.bytes });
      else this.log?.(`could not read opened file ${filePath}: ${read.code}`);
    }
    return files;
  }
}
