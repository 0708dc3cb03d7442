import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lengthProps, type LengthLimit } from './lengthLimit';

/** The keys of a form's values that hold plain text. */
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

/**
 * The one way a form binds its fields: `set(field, value)` changes one field of the values
 * (drafted as the user types, see db/drafts), and `textProps(field, limit)` gives a Mantine text
 * input or textarea its value, its change handler and its length limit with the counter near it.
 */
export function useFormFields<V extends object>(values: V, setValues: (update: (current: V) => V) => void) {
  const { t } = useTranslation();
  const set = <K extends keyof V>(field: K, value: V[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const textProps = (field: TextKey<V>, limit: LengthLimit = 'title', description?: string) => {
    const value = values[field] as string;
    return {
      value,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(field, event.currentTarget.value as V[typeof field]),
      ...lengthProps(t, value, limit, description),
    };
  };
  return { set, textProps };
}
