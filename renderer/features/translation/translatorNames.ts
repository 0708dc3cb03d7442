import type { Delegate, Language, Translator } from '../../domain/entities';
import { delegateName } from '../../domain/names/recordLabels';

/** How a translator is named on the screen: the delegate's name, else the name the file gave. */
export function translatorNamer(delegates: readonly Delegate[] | undefined, language: Language) {
  const byId = new Map((delegates ?? []).map((delegate) => [delegate.id, delegate]));
  return (who: Translator): string => {
    const delegate = who.delegateId === undefined ? undefined : byId.get(who.delegateId);
    if (delegate) return delegateName(delegate, language);
    return who.name?.trim() ?? '';
  };
}
