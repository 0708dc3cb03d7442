import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { differingFields, formatValue, recordLabel } from '../../../renderer/ui/conflictFields';

const t = ((key: string) => `[${key}]`) as unknown as TFunction;

const mine = {
  id: 'f1',
  tourId: 't',
  revision: 3,
  updatedAt: '2026-11-25T10:00:00.000Z',
  deviceId: 'a',
  deletedAt: null,
  title: { ru: 'Вывод', en: 'Finding A' },
  tags: ['x'],
  includeInReport: true,
};
const theirs = {
  ...mine,
  revision: 4,
  deviceId: 'b',
  title: { ru: 'Вывод', en: 'Finding B' },
  deletedAt: null,
};

describe('the side-by-side view of a conflict', () => {
  it('lists only the fields that differ, never the stamps', () => {
    expect(differingFields(mine, theirs)).toEqual(['title']);
    expect(differingFields(mine, { ...theirs, deletedAt: '2026-11-25T11:00:00.000Z' })).toEqual([
      'deletedAt',
      'title',
    ]);
  });

  it('names the record in the interface language', () => {
    expect(recordLabel(mine, 'en')).toBe('Finding A');
    expect(recordLabel(mine, 'hu')).toBe('Finding A');
    expect(recordLabel({ id: 'c', familyName: 'Szőke', givenName: 'Ödön' }, 'ru')).toBe('Szőke Ödön');
  });

  it('writes values readably', () => {
    expect(formatValue({ ru: 'Вывод', en: 'Finding' }, 'en', t)).toBe('RU: Вывод\nEN: Finding');
    expect(formatValue(true, 'en', t)).toBe('[backup.conflict.yes]');
    expect(formatValue([], 'en', t)).toBe('[backup.conflict.empty]');
    expect(formatValue(['a', 'b'], 'en', t)).toBe('a, b');
  });
});
