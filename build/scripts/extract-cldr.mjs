// Extracts the few CLDR tables the app needs (country, language and city names, Belarusian
// calendar words and patterns, time zones by country) from the cldr-json packages into
// locales/cldr/. Run by `npm run cldr`; a unit test checks the committed tables match the packages,
// so they never drift and the app ships kilobytes, not the packages' megabytes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const LANGUAGES = ['ru', 'be', 'en', 'hu'];
// The output folder may be given (the test writes to a temporary one and compares).
const OUT = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales', 'cldr');

const json = (module) => JSON.parse(readFileSync(require.resolve(module), 'utf8'));
const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));

/** Real countries and territories: two letters, none of CLDR's groupings or private-use codes. */
const isCountry = (code) =>
  /^[A-Z]{2}$/.test(code) && !['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB'].includes(code);

function territories(language) {
  const all = json(`cldr-localenames-full/main/${language}/territories.json`).main[language]
    .localeDisplayNames.territories;
  return sorted(Object.fromEntries(Object.entries(all).filter(([code]) => isCountry(code))));
}

/** ISO 639-1 languages (two letters), the ones a contact or a material can be tagged with. */
function languages(language) {
  const all = json(`cldr-localenames-full/main/${language}/languages.json`).main[language].localeDisplayNames
    .languages;
  return sorted(Object.fromEntries(Object.entries(all).filter(([code]) => /^[a-z]{2}$/.test(code))));
}

/** Time zones with a city: IANA id, the ids that mean the same zone, and the zone's country. */
function zones() {
  const tz = json('cldr-bcp47/bcp47/timezone.json').keyword.u.tz;
  const english = territories('en');
  const byEnglishName = new Map(Object.entries(english).map(([code, name]) => [name, code]));
  const list = [];
  for (const [key, entry] of Object.entries(tz)) {
    if (key.startsWith('_') || !entry._alias || entry._deprecated) continue;
    const aliases = entry._alias.split(' ');
    const id = entry._iana ?? aliases[0];
    if (!id.includes('/') || id.startsWith('Etc/')) continue;
    // CLDR names the region of a few zones; for the others the description ("Budapest, Hungary")
    // names the country, and the key's first letters (UN/LOCODE) do for five-letter keys.
    const described = byEnglishName.get(entry._description.split(', ').at(-1));
    const locode = key.length === 5 ? key.slice(0, 2).toUpperCase() : undefined;
    const country = entry._region ?? described ?? (locode && english[locode] ? locode : undefined);
    if (!country) continue;
    list.push({ id, country, ...(aliases.length > 1 || aliases[0] !== id ? { aliases } : {}) });
  }
  list.sort((a, b) => a.id.localeCompare(b.id));
  const primary = json('cldr-core/supplemental/primaryZones.json').supplemental.primaryZones;
  return { zones: list, primaryZones: primary };
}

/** A zone's city in one language; CLDR leaves out the names that are the id's own last part. */
function cities(language, zoneList) {
  const names = json(`cldr-dates-full/main/${language}/timeZoneNames.json`).main[language].dates.timeZoneNames
    .zone;
  const lookup = (id) => {
    let node = names;
    for (const part of id.split('/')) node = node?.[part];
    return node?.exemplarCity;
  };
  const result = {};
  for (const zone of zoneList) {
    const candidates = [zone.id, ...(zone.aliases ?? [])];
    const found = candidates.map(lookup).find(Boolean);
    result[zone.id] = found ?? zone.id.split('/').at(-1).replaceAll('_', ' ');
  }
  return result;
}

/** Month and weekday names and date patterns, for engines without the language's data. */
function calendar(language) {
  const g = json(`cldr-dates-full/main/${language}/ca-gregorian.json`).main[language].dates.calendars
    .gregorian;
  const list = (object, keys) => keys.map((key) => object[key]);
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const intervals = g.dateTimeFormats.intervalFormats;
  const long =
    intervals.yMMMMd ??
    Object.fromEntries(
      Object.entries(intervals.yMMMd).map(([k, v]) => [k, v.replace(/(?<!M)MMM(?!M)/g, 'MMMM')]),
    );
  return {
    monthsWide: list(g.months.format.wide, months),
    monthsAbbreviated: list(g.months.format.abbreviated, months),
    monthsStandalone: list(g.months['stand-alone'].wide, months),
    weekdaysWide: list(g.days.format.wide, ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']),
    dateFormats: g.dateFormats,
    timeShort: g.timeFormats.short,
    dateTimeMedium: g.dateTimeFormats.medium,
    longInterval: { d: long.d, M: long.M, y: long.y },
  };
}

mkdirSync(OUT, { recursive: true });
const zoneTable = zones();
writeFileSync(join(OUT, 'zones.json'), `${JSON.stringify(zoneTable, null, 1)}\n`);
// Calendar words are small and formatters need them at once; names load with their language.
const calendars = Object.fromEntries(LANGUAGES.map((language) => [language, calendar(language)]));
writeFileSync(join(OUT, 'calendar.json'), `${JSON.stringify(calendars, null, 1)}\n`);
for (const language of LANGUAGES) {
  const table = {
    territories: territories(language),
    languages: languages(language),
    cities: cities(language, zoneTable.zones),
  };
  writeFileSync(join(OUT, `${language}.json`), `${JSON.stringify(table, null, 1)}\n`);
}
console.log(`CLDR tables written to ${OUT}: ${zoneTable.zones.length} zones`);
