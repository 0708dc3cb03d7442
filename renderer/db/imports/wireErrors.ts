import { BackupError } from '../backup/errors';
import { FileEnvelopeError } from '../../lib/crypto/fileEnvelope';
import { TextTooLongError } from '../../domain/imports/textTooLong';
import { VCardParseError } from '../../domain/vcard/parseVcard';
import { FileReadError } from './readChosenFile';
import { ImportFormatError } from '../tourFile';
import type { WireError } from './importMessages';

/** The worker's side: what to send for an error, keeping what the translated message needs. */
export function toWire(error: unknown): WireError {
  if (error instanceof BackupError) return { kind: 'backup', code: error.code, details: error.details };
  if (error instanceof FileEnvelopeError) return { kind: 'envelope', code: error.code };
  if (error instanceof VCardParseError) {
    const { code, detail, cardNumber, values } = error;
    return { kind: 'vcard', code, detail, cardNumber, values };
  }
  if (error instanceof ImportFormatError) return { kind: 'tourFormat', detail: error.detail };
  if (error instanceof TextTooLongError) return { kind: 'textTooLong', detail: error.detail };
  if (error instanceof FileReadError) return { kind: 'read' };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The window's side: the same error class again, so the screens translate it as before. */
export function fromWire(error: WireError): Error {
  if (error.kind === 'backup') return new BackupError(error.code, error.details);
  if (error.kind === 'envelope') return new FileEnvelopeError(error.code);
  if (error.kind === 'vcard')
    return new VCardParseError(error.code, error.detail, error.cardNumber, error.values);
  if (error.kind === 'tourFormat') return new ImportFormatError(error.detail);
  if (error.kind === 'textTooLong') return new TextTooLongError(error.detail);
  if (error.kind === 'read') return new FileReadError(null);
  return new Error(error.message);
}
