import { describe, expect, it } from 'vitest';
import { mergeableTexts, mergedPatch } from '../../../renderer/ui/mergeableTexts';

const base = {
  id: 'f1',
  revision: 2,
  deviceId: 'a',
  themeId: 'k1',
  title: { ru: 'Приёмная', en: 'Reception' },
  notes: 'Open at night',
  tags: ['x'],
};

describe('texts that may be merged by hand in a save conflict', () => {
  it('are the differing free texts: each differing language of a multilingual field, and plain text fields', () => {
    const mine = {
      ...base,
      title: { ru: 'Приёмная', en: 'Reception, open 24 h' },
      notes: 'Open at night, always',
    };
    const stored = { ...base, title: { ru: 'Приёмная участка', en: 'Reception' }, revision: 3 };
    expect(mergeableTexts(mine, stored)).toEqual([
      { key: 'title.ru', field: 'title', language: 'ru', mine: 'Приёмная', stored: 'Приёмная участка' },
      { key: 'title.en', field: 'title', language: 'en', mine: 'Reception, open 24 h', stored: 'Reception' },
      {
        key: 'notes',
        field: 'notes',
        language: null,
        mine: 'Open at night, always',
        stored: 'Open at night',
      },
    ]);
  });

  it('never ids, choices from a list or lists', () => {
    const stored = { ...base, themeId: 'k2', tags: ['y'] };
    expect(mergeableTexts(base, stored)).toEqual([]);
  });

  it('are written over my version field by field, keeping the languages not merged', () => {
    const mine = { ...base, title: { ru: 'Приёмная', en: 'Reception, open 24 h' } };
    const stored = { ...base, title: { ru: 'Приёмная участка', en: 'Reception' } };
    const texts = mergeableTexts(mine, stored);
    expect(mergedPatch(mine, texts, { 'title.en': 'Reception, open day and night ' })).toEqual({
      title: { ru: 'Приёмная', en: 'Reception, open day and night' },
    });
    // An emptied language is no translation any more.
    expect(mergedPatch(mine, texts, { 'title.ru': ' ', 'title.en': 'Reception' })).toEqual({
      title: { en: 'Reception' },
    });
  });
});
