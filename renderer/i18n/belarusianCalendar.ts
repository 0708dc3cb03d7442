/**
 * Belarusian date formats for engines that ship without Belarusian locale data: Chromium and
 * therefore Electron format `be` dates in English ("Monday, September 20, 2010"). The patterns
 * and names follow CLDR's Belarusian data, which Node's full ICU uses, so both agree.
 */
const MONTHS_GENITIVE = [
  'студзеня',
  'лютага',
  'сакавіка',
  'красавіка',
  'мая',
  'чэрвеня',
  'ліпеня',
  'жніўня',
  'верасня',
  'кастрычніка',
  'лістапада',
  'снежня',
] as const;

const MONTHS_SHORT = [
  'сту',
  'лют',
  'сак',
  'кра',
  'мая',
  'чэр',
  'ліп',
  'жні',
  'вер',
  'кас',
  'ліс',
  'сне',
] as const;

const WEEKDAYS = ['нядзеля', 'панядзелак', 'аўторак', 'серада', 'чацвер', 'пятніца', 'субота'] as const;

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

/** True when this engine has Belarusian date data of its own. */
export const ENGINE_HAS_BELARUSIAN_DATES = Intl.DateTimeFormat.supportedLocalesOf(['be']).length > 0;

const two = (value: number) => String(value).padStart(2, '0');

/** Formats the UTC calendar day of `date` (the formatters pass noon UTC). */
export function formatBelarusianDate(date: Date, style: DateStyle): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  switch (style) {
    case 'full':
      return `${WEEKDAYS[date.getUTCDay()]}, ${day} ${MONTHS_GENITIVE[month]} ${year} г.`;
    case 'long':
      return `${day} ${MONTHS_GENITIVE[month]} ${year} г.`;
    case 'medium':
      return `${day} ${MONTHS_SHORT[month]} ${year} г.`;
    case 'short':
      return `${day}.${two(month + 1)}.${String(year).slice(-2)}`;
  }
}

/** As ICU writes Belarusian ranges: "19–24 верасня 2010", "30 верасня – 2 кастрычніка 2010". */
export function formatBelarusianDateRange(start: Date, end: Date): string {
  const [sy, sm, sd] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  const [ey, em, ed] = [end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()];
  if (sy !== ey) return `${sd} ${MONTHS_GENITIVE[sm]} ${sy} – ${ed} ${MONTHS_GENITIVE[em]} ${ey}`;
  if (sm !== em) return `${sd} ${MONTHS_GENITIVE[sm]} – ${ed} ${MONTHS_GENITIVE[em]} ${ey}`;
  if (sd !== ed) return `${sd}–${ed} ${MONTHS_GENITIVE[sm]} ${sy}`;
  return formatBelarusianDate(start, 'long');
}

/** A moment in the computer's own time zone: "20 вер 2010 г., 14:05". */
export function formatBelarusianMoment(moment: Date): string {
  const date = `${moment.getDate()} ${MONTHS_SHORT[moment.getMonth()]} ${moment.getFullYear()} г.`;
  return `${date}, ${two(moment.getHours())}:${two(moment.getMinutes())}`;
}
