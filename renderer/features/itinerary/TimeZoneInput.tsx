import { useMemo } from 'react';
import { Autocomplete } from '@mantine/core';
import { knownTimeZones } from '../../domain/timeZones';

interface TimeZoneInputProps {
  label: string;
  description?: string;
  value: string;
  onChange(value: string): void;
  error?: string;
}

/**
 * An IANA time zone, typed or picked. Free text on purpose: a typo is shown as an
 * "unknown time zone" message next to the field instead of being silently replaced.
 */
export function TimeZoneInput({ label, description, value, onChange, error }: TimeZoneInputProps) {
  const zones = useMemo(() => knownTimeZones(), []);
  return (
    <Autocomplete
      label={label}
      description={description}
      data={zones}
      value={value}
      onChange={onChange}
      error={error}
      limit={30}
      required
    />
  );
}
