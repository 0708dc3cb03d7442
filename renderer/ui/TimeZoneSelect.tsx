import { useMemo } from 'react';
import { Group, Select, Text, type ComboboxItem } from '@mantine/core';
import { matchesFolded } from '../domain/names';
import { isValidTimeZone } from '../domain/timeZones';
import { catalogueZone, timeZoneOptions, zoneOffsetOn } from '../i18n/timeZoneCatalogue';
import { useAllCldrNames } from '../i18n/useCldrNames';
import { useUiLanguage } from '../i18n/useUiLanguage';

interface TimeZoneSelectProps {
  label: string;
  description?: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  /** The day whose UTC offsets are shown (the tour's first day); today when not known yet. */
  atDate?: string;
  /** Its zones are listed first. */
  hostCountry?: string;
  required?: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A time zone chosen by city and country in the interface language ("Будапешт (Венгрия)"), with
 * its UTC offset on the tour's dates, found by typing a city or country in any of the four
 * languages, with or without accents, or the IANA id itself.
 */
export function TimeZoneSelect(props: TimeZoneSelectProps) {
  const { label, description, value, onChange, error, atDate, hostCountry, required = true } = props;
  const language = useUiLanguage();
  const names = useAllCldrNames();
  const day = atDate && /^\d{4}-\d{2}-\d{2}$/.test(atDate) ? atDate : today();
  const options = useMemo(
    () => timeZoneOptions(language, names, hostCountry),
    [language, names, hostCountry],
  );
  const selected = value ? catalogueZone(value) : '';
  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);
  const data = useMemo(() => {
    const items = options.map((option) => ({ value: option.value, label: option.label }));
    // A stored zone the catalogue lacks (say "UTC") is still shown, not silently blanked.
    if (selected && !byValue.has(selected) && isValidTimeZone(selected)) {
      items.unshift({ value: selected, label: selected });
    }
    return items;
  }, [options, byValue, selected]);

  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={selected || null}
      onChange={(zone) => onChange(zone ?? '')}
      error={error}
      required={required}
      searchable
      // Picking the zone already chosen must keep it: a time zone is never cleared by a click.
      allowDeselect={false}
      limit={60}
      maxDropdownHeight={320}
      filter={({ options: items, search }) =>
        (items as ComboboxItem[]).filter((item) => {
          const haystack = byValue.get(item.value)?.haystack ?? item.value.toLowerCase();
          return matchesFolded(search, haystack);
        })
      }
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {zoneOffsetOn(option.value, day)}
          </Text>
        </Group>
      )}
    />
  );
}
