/**
 * A file handed to the Backup screen from outside its own file pickers: opened by the operating
 * system (double-click on a .ddbackup) or through the desktop menu's "Import…". `serial` makes
 * every hand-over a new one, even of the same file.
 */
export interface IncomingFile {
  serial: number;
  name: string;
  bytes: Uint8Array;
}
