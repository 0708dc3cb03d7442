import zoneTable from '../../locales/cldr/zones.json';
import { foldedHaystack } from '../domain/names';
import { isValidTimeZone } from '../domain/timeZones';
import type { CldrNames } from './cldr';
import { LANGUAGES, type Language } from './languages';

interface ZoneEntry {
  /** The id this engine knows (IANA's current one where it can, e.g. "Europe/Kyiv"). */
  id: string;
  /** Every id naming the same zone, e.g. the older "Europe/Kiev". */
  ids: string[];
  country: string;
  /** The key of the city in the CLDR tables. */
  cityKey: string;
}

interface ZoneTable {
  zones: { id: string; country: string; aliases?: string[] }[];
  primaryZones: Record<string, string>;
}

const TABLE: ZoneTable = zoneTable;

let entries: ZoneEntry[] | undefined;

/** Every zone with a city, as CLDR lists them, under an id this engine accepts. */
function zoneEntries(): ZoneEntry[] {
  entries ??= TABLE.zones.flatMap((zone) => {
    const ids = [zone.id, ...(zone.aliases ?? []).filter((alias) => alias !== zone.id)];
    const id = ids.find(isValidTimeZone);
    return id ? [{ id, ids, country: zone.country, cityKey: zone.id }] : [];
  });
  return entries;
}

function entryOf(zone: string): ZoneEntry | undefined {
  return zoneEntries().find((entry) => entry.ids.includes(zone));
}

/** The catalogue's id for a zone stored under another name of it ("Europe/Kiev" → "Europe/Kyiv"). */
export function catalogueZone(zone: string): string {
  return entryOf(zone)?.id ?? zone;
}

/**
 * The zone to propose for a host country: its only zone, or the one CLDR calls the country's
 * primary zone; none where a country spans several zones and CLDR names no primary one.
 */
export function proposedZoneFor(country: string): string | undefined {
  const zones = zoneEntries().filter((entry) => entry.country === country);
  if (zones.length === 1) return zones[0]?.id;
  const primary = TABLE.primaryZones[country];
  return primary ? entryOf(primary)?.id : undefined;
}

/**
 * A sensible home time zone: the computer's own when it is a city's zone. A computer set to UTC
 * (or an Etc/ offset) says nothing about where the delegation lives, so nothing is chosen and
 * the form asks for it.
 */
export function defaultHomeZone(systemZone: string): string {
  const entry = entryOf(systemZone);
  return entry ? entry.id : '';
}

export interface TimeZoneOption {
  value: string;
  /** "Будапешт (Венгрия)" */
  label: string;
  /** City, country and id in every language loaded, folded for accent-free search. */
  haystack: string;
  country: string;
}

/** The offset shown beside a zone: "UTC+02:00" on the given day (computed per shown option only). */
export { utcOffsetOn as zoneOffsetOn } from '../domain/timeZones';

const built = new Map<string, TimeZoneOption[]>();

/**
 * Zones by city and country in the interface language, searchable in every language whose
 * names are loaded. The host country's zones come first. Built once per language, loaded
 * languages and host country: every time zone field of a form shares the list.
 */
export function timeZoneOptions(
  language: Language,
  names: Partial<Record<Language, CldrNames>>,
  hostCountry?: string,
): TimeZoneOption[] {
  const key = `${language}|${Object.keys(names).sort().join(',')}|${hostCountry ?? ''}`;
  let options = built.get(key);
  if (!options) {
    options = buildOptions(language, names, hostCountry);
    built.set(key, options);
  }
  return options;
}

function buildOptions(
  language: Language,
  names: Partial<Record<Language, CldrNames>>,
  hostCountry?: string,
): TimeZoneOption[] {
  const own = names[language];
  const collator = new Intl.Collator(language);
  const options = zoneEntries().map((entry) => {
    const city = own?.cities[entry.cityKey] ?? entry.id.split('/').at(-1)?.replaceAll('_', ' ') ?? entry.id;
    const country = own?.territories[entry.country] ?? entry.country;
    const words = LANGUAGES.flatMap((other) => {
      const table = names[other];
      return table ? [table.cities[entry.cityKey] ?? '', table.territories[entry.country] ?? ''] : [];
    });
    return {
      value: entry.id,
      label: `${city} (${country})`,
      haystack: foldedHaystack([...words, ...entry.ids.map((id) => id.replaceAll('_', ' '))]),
      country: entry.country,
    };
  });
  return options.sort(
    (a, b) =>
      Number(b.country === hostCountry) - Number(a.country === hostCountry) ||
      collator.compare(a.label, b.label),
  );
}
