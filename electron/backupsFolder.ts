// The backups folder inside the app's data folder (issue "Data safety"): the page decides what a backup
// contains, when to write one and which old ones to delete; the main process only stores bytes under names it
// has checked. A name is a bare file name, so nothing can be written or deleted outside this one folder.
import * as path from 'path';
import { isInsideFolder } from './appProtocol';
import { writeFileAtomic, type AtomicWriteFs } from './atomicWrite';
import type {
  BackupErrorCode,
  BackupFileInfo,
  DeleteBackupResult,
  ListBackupsResult,
  ReadBackupResult,
  WriteBackupRequest,
  WriteBackupResult,
} from './contract';
import { MAX_READ_BYTES, readFileLimited, type ReadFs } from './readFileLimited';
import { saveErrorCodeFor } from './saveErrorCode';
import { isPlainObject } from './saveFileRequest';
import type { Log } from './logging';

export const MAX_BACKUP_BYTES = MAX_READ_BYTES;
export const MAX_BACKUP_NAME_LENGTH = 160;

/**
 * Letters, digits, space and . _ - ( ), starting with a letter or digit, ending in an app extension.
 * No separators, no drive colons, no leading dot (hidden files, "..").
 */
const BACKUP_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]*\.(ddbackup|zip)$/u;

/**
 * How the app names its automatic backups ("2026-11-25T14-32-10Z.ddbackup"; renderer/db/backup/
 * automaticBackupIndex.ts agrees). Only such files may be deleted: the page rotates its own backups and
 * nothing else, so a backup or zip the user put into the folder cannot be deleted through this door.
 */
export const AUTOMATIC_BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.ddbackup$/;

export class BackupRequestError extends Error {
  constructor(message: string) {
    super(`Invalid backups request: ${message}`);
    this.name = 'BackupRequestError';
  }
}

export function isValidBackupName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_BACKUP_NAME_LENGTH &&
    BACKUP_NAME.test(value) &&
    !value.includes('..')
  );
}

export function validateBackupName(value: unknown): string {
  if (!isValidBackupName(value)) {
    throw new BackupRequestError('name must be a bare file name ending in .ddbackup or .zip');
  }
  return value;
}

export function validateWriteBackupRequest(input: unknown): WriteBackupRequest {
  if (!isPlainObject(input)) throw new BackupRequestError('request must be an object');
  const unknown = Object.keys(input).find((key) => key !== 'name' && key !== 'bytes');
  if (unknown !== undefined) throw new BackupRequestError(`unexpected field "${unknown}"`);
  const name = validateBackupName(input.name);
  if (!(input.bytes instanceof Uint8Array)) throw new BackupRequestError('bytes must be a Uint8Array');
  if (input.bytes.byteLength > MAX_BACKUP_BYTES) throw new BackupRequestError('bytes too large');
  return { name, bytes: input.bytes };
}

/** node:fs/promises satisfies this. */
export interface BackupsFs extends AtomicWriteFs, ReadFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
}

export interface BackupsDeps {
  /** <userData>/backups */
  backupsDir: string;
  fs: BackupsFs;
  randomSuffix?: () => string;
  log?: Log;
}

/** The file for a checked name; re-checked to lie inside the folder whatever the name rules missed. */
function backupPath(deps: BackupsDeps, name: string): string {
  const filePath = path.join(deps.backupsDir, name);
  if (!isInsideFolder(filePath, deps.backupsDir)) throw new BackupRequestError('outside the backups folder');
  return filePath;
}

function errnoCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

async function infoFor(deps: BackupsDeps, name: string): Promise<BackupFileInfo | null> {
  const stats = await deps.fs.stat(backupPath(deps, name));
  if (!stats.isFile()) return null;
  return { name, size: stats.size, modifiedAt: stats.mtime.toISOString() };
}

export async function handleWriteBackup(deps: BackupsDeps, input: unknown): Promise<WriteBackupResult> {
  let request: WriteBackupRequest;
  let target: string;
  try {
    request = validateWriteBackupRequest(input);
    target = backupPath(deps, request.name);
  } catch (error) {
    deps.log?.('writeBackup refused', error);
    return { status: 'error', code: 'invalid-request' };
  }
  try {
    await deps.fs.mkdir(deps.backupsDir, { recursive: true });
    await writeFileAtomic(deps.fs, target, request.bytes, deps.randomSuffix?.());
    const info = await infoFor(deps, request.name);
    if (info === null) return { status: 'error', code: 'write-failed' };
    return { status: 'saved', backup: info };
  } catch (error) {
    deps.log?.(`could not write backup ${target}`, error);
    return { status: 'error', code: saveErrorCodeFor(error) };
  }
}

/** The backups, newest first. Other files in the folder (temp files, notes) are not listed. */
export async function handleListBackups(deps: BackupsDeps): Promise<ListBackupsResult> {
  let names: string[];
  try {
    names = await deps.fs.readdir(deps.backupsDir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { status: 'listed', backups: [] };
    deps.log?.('could not list backups', error);
    return { status: 'error', code: 'read-failed' };
  }
  const backups: BackupFileInfo[] = [];
  for (const name of names.filter(isValidBackupName)) {
    try {
      const info = await infoFor(deps, name);
      if (info !== null) backups.push(info);
    } catch {
      // Deleted between readdir and stat: simply not listed.
    }
  }
  backups.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
  return { status: 'listed', backups };
}

export async function handleReadBackup(deps: BackupsDeps, input: unknown): Promise<ReadBackupResult> {
  let filePath: string;
  try {
    filePath = backupPath(deps, validateBackupName(input));
  } catch (error) {
    deps.log?.('readBackup refused', error);
    return { status: 'error', code: 'invalid-request' };
  }
  const read = await readFileLimited(deps.fs, filePath, MAX_BACKUP_BYTES);
  if (!read.ok) return { status: 'error', code: backupCodeForRead(read.code) };
  return { status: 'opened', file: { name: path.basename(filePath), bytes: read.bytes } };
}

function backupCodeForRead(code: string): BackupErrorCode {
  return code === 'not-found' || code === 'too-large' ? code : 'read-failed';
}

export async function handleDeleteBackup(deps: BackupsDeps, input: unknown): Promise<DeleteBackupResult> {
  let filePath: string;
  try {
    const name = validateBackupName(input);
    if (!AUTOMATIC_BACKUP_NAME.test(name)) throw new BackupRequestError('only automatic backups are deleted');
    filePath = backupPath(deps, name);
  } catch (error) {
    deps.log?.('deleteBackup refused', error);
    return { status: 'error', code: 'invalid-request' };
  }
  try {
    await deps.fs.unlink(filePath);
    return { status: 'deleted' };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { status: 'error', code: 'not-found' };
    deps.log?.(`could not delete backup ${filePath}`, error);
    return { status: 'error', code: saveErrorCodeFor(error) };
  }
}
