import { useLiveQuery } from 'dexie-react-hooks';
import { readSetting, writeSetting } from '../../db/settings';
import type { Language } from '../../domain/entities';
import { isLanguage } from '../../i18n/languages';

const DOCUMENT_LANGUAGE = 'overview.documentLanguage';
/** The ministry's report is in Russian unless the user picks another language. */
const DEFAULT_DOCUMENT_LANGUAGE: Language = 'ru';

/** The document language the readiness check is made for, remembered on this computer; undefined while loading. */
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
