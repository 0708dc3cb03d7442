import { FileEnvelopeError } from '../../../renderer/lib/crypto/fileEnvelope';

/** Why an encrypted file was not opened (its FileEnvelopeError code), or 'opened'. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileEnvelopeError) return error.code;
    throw error;
  }
  return 'opened';
}
