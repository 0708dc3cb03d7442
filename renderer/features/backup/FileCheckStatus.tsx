import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DecodeProgress } from './DecodeProgress';
import { PassphrasePrompt } from './PassphrasePrompt';
import type { FileImportFlow } from './useFileImportFlow';
import type { PassphrasePromptState } from './usePassphrasePrompt';

/**
 * What a file import shows before its preview, the same for a backup and an exchange file: the check's
 * progress with Cancel, the passphrase prompt of an encrypted file, or why the file was refused.
 */
export function FileCheckStatus<Plan, Result>({
  flow,
  prompt,
}: {
  flow: Pick<FileImportFlow<Plan, Result>, 'state' | 'cancel'>;
  prompt: PassphrasePromptState;
}) {
  const { t } = useTranslation();
  const { state } = flow;
  return (
    <>
      {/* While the file waits for its passphrase, the prompt (with its own Cancel) stands alone. */}
      {state.step === 'checking' && !prompt.pending && (
        <DecodeProgress progress={state.progress} onCancel={flow.cancel} />
      )}
      {state.step === 'checking' && <PassphrasePrompt prompt={prompt} />}
      {state.step === 'error' && (
        <Alert color="red" role="alert">
          {state.message} {t('backup.nothingChanged')}
        </Alert>
      )}
    </>
  );
}
