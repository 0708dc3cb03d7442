import { BackupError } from '../../../db/backup/errors';
import { FileEnvelopeError } from '../../../lib/crypto/fileEnvelope';
import { FileReadError } from '../readChosenFile';
import type { WireError } from './decodeMessages';

/** The worker's side: what to send for an error, keeping what the translated message needs. */
export function toWire(error: unknown): WireError {
  if (error instanceof BackupError) return { kind: 'backup', code: error.code, details: error.details };
  if (error instanceof FileEnvelopeError) return { kind: 'envelope', code: error.code };
  if (error instanceof FileReadError) return { kind: 'read' };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The window's side: the same error class again, so backupErrorMessage translates it as before. */
export function fromWire(error: WireError): Error {
  if (error.kind === 'backup') return new BackupError(error.code, error.details);
  if (error.kind === 'envelope') return new FileEnvelopeError(error.code);
  if (error.kind === 'read') return new FileReadError(null);
  return new Error(error.message);
}
