import { useLiveQuery } from 'dexie-react-hooks';
import { readSetting, writeSetting } from '../settings';
import { isLanguage, type Language } from '../../domain/entities';

// The key keeps the name it had when only the overview used it, so a choice made there carries over.
const DOCUMENT_LANGUAGE = 'overview.documentLanguage';
/** The ministry's report is in Russian unless the user picks another language. */
const DEFAULT_DOCUMENT_LANGUAGE: Language = 'ru';

/**
 * The language documents are written in, remembered on this computer and shared by the overview's
 * readiness check and the Documents screen; independent of the interface language. Undefined while
 * loading.
 */
export function useDocumentLanguage(): [Language | undefined, (language: Language) => void] {
  const stored = useLiveQuery(async () => {
    const value = await readSetting<unknown>(DOCUMENT_LANGUAGE);
    return isLanguage(value) ? value : DEFAULT_DOCUMENT_LANGUAGE;
  }, []);
  const choose = (language: Language) => {
    writeSetting(DOCUMENT_LANGUAGE, language).catch((cause: unknown) => console.error(cause));
  };
  return [stored, choose];
}
