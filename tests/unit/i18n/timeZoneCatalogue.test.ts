import { describe, expect, it } from 'vitest';
import be from '../../../locales/cldr/be.json';
import en from '../../../locales/cldr/en.json';
import hu from '../../../locales/cldr/hu.json';
import ru from '../../../locales/cldr/ru.json';
import { matchesFolded } from '../../../renderer/domain/names';
import {
  catalogueZone,
  defaultHomeZone,
  proposedZoneFor,
  timeZoneOptions,
} from '../../../renderer/i18n/timeZoneCatalogue';

const ALL_NAMES = { ru, be, en, hu };

/** What the picker finds for a typed query, as its filter does. */
const found = (options: ReturnType<typeof timeZoneOptions>, query: string) =>
  options.filter((option) => matchesFolded(query, option.haystack)).map((option) => option.value);

describe('the time zone catalogue', () => {
  it('proposes the host country’s zone, and none where a country spans zones with no primary one', () => {
    expect(proposedZoneFor('HU')).toBe('Europe/Budapest');
    expect(proposedZoneFor('BY')).toBe('Europe/Minsk');
    expect(proposedZoneFor('AT')).toBe('Europe/Vienna');
    expect(proposedZoneFor('RU')).toBeUndefined();
    expect(proposedZoneFor('US')).toBeUndefined();
  });

  it('takes the computer’s zone as the home zone, but never plain UTC or an Etc/ offset', () => {
    expect(defaultHomeZone('Europe/Minsk')).toBe('Europe/Minsk');
    expect(defaultHomeZone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(defaultHomeZone('UTC')).toBe('');
    expect(defaultHomeZone('Etc/UTC')).toBe('');
    expect(defaultHomeZone('Etc/GMT+3')).toBe('');
    expect(catalogueZone('Asia/Calcutta')).toBe('Asia/Kolkata');
  });

  it('names zones by city and country in the interface language', () => {
    const label = (language: 'ru' | 'be' | 'en' | 'hu', zone: string) =>
      timeZoneOptions(language, ALL_NAMES).find((option) => option.value === zone)?.label;
    expect(label('ru', 'Europe/Budapest')).toBe('Будапешт (Венгрия)');
    expect(label('be', 'Europe/Minsk')).toBe('Мінск (Беларусь)');
    expect(label('hu', 'Europe/Budapest')).toBe('Budapest (Magyarország)');
    expect(label('en', 'Europe/Minsk')).toBe('Minsk (Belarus)');
  });

  it('finds a zone typed in any loaded language, without accents, and lists the host country first', () => {
    const options = timeZoneOptions('ru', ALL_NAMES, 'HU');
    expect(options[0]?.value).toBe('Europe/Budapest');
    expect(found(options, 'Будапешт')).toEqual(['Europe/Budapest']);
    expect(found(options, 'Мінск')).toEqual(['Europe/Minsk']);
    expect(found(options, 'magyarorszag')).toEqual(['Europe/Budapest']);
    expect(found(options, 'Budapest')).toEqual(['Europe/Budapest']);
  });
});
