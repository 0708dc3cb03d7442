import { suggestCyrillicName } from '../../../renderer/domain/names';
import type {
  Attachment,
  Contact,
  Delegate,
  Finding,
  Material,
  Organisation,
  Recommendation,
  KeyPoint,
  Tour,
  TourEvent,
} from '../../../renderer/domain/entities';
import { FINDING_KINDS, ORGANISATION_KINDS } from '../../../renderer/domain/entities';
import type { TourBundle } from '../../../renderer/domain/tourBundle';
import { distinctCopy, makePhoto, type GeneratedPhoto } from './jpeg';
import { SeededRandom } from './random';
import {
  CITIES,
  EVENT_TITLES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  ORGANISATION_STEMS,
  RECOMMENDATION_OPENINGS,
  SENTENCES,
  THEMES,
} from './vocabulary';

/** How big a tour to make. `LARGE_TOUR` is the benchmark's; tests use a small one. */
export interface TourScale {
  days: number;
  events: number;
  organisations: number;
  contacts: number;
  findings: number;
  recommendations: number;
  photos: number;
  materials: number;
  /** Distinct pictures encoded; the photos are distinct copies of these (see distinctCopy). */
  photoPool: number;
  photoWidth: number;
  photoHeight: number;
}

export const LARGE_TOUR: TourScale = {
  days: 12,
  events: 60,
  organisations: 120,
  contacts: 400,
  findings: 2000,
  recommendations: 200,
  photos: 300,
  materials: 50,
  photoPool: 12,
  photoWidth: 800,
  photoHeight: 600,
};

export const SMALL_TOUR: TourScale = {
  days: 2,
  events: 4,
  organisations: 3,
  contacts: 6,
  findings: 10,
  recommendations: 3,
  photos: 3,
  materials: 2,
  photoPool: 1,
  photoWidth: 64,
  photoHeight: 48,
};

const START = Date.UTC(2026, 2, 2); // 2 March 2026, a Monday
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => iso(ms).slice(0, 10);

/** Makes the stamps of a record; all records start at revision 1 on one "device". */
function stamper(random: SeededRandom) {
  let clock = START - 30 * DAY;
  return (tourId: string) => {
    clock += 1000;
    const at = iso(clock);
    return {
      id: random.uuid(),
      tourId,
      createdAt: at,
      updatedAt: at,
      deviceId: 'bench-generator',
      revision: 1,
      deletedAt: null,
    };
  };
}

function paragraphs(random: SeededRandom, count: number): { ru: string; en: string } {
  const ru: string[] = [];
  const en: string[] = [];
  for (let p = 0; p < count; p += 1) {
    const chosen = Array.from({ length: random.int(2, 4) }, () => random.pick(SENTENCES));
    ru.push(chosen.map(([r]) => r).join(' '));
    en.push(chosen.map(([, e]) => e).join(' '));
  }
  return { ru: ru.join('\n\n'), en: en.join('\n\n') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A large, realistic tour, the same for the same seed: a delegation of eight, 60 events over
 * 12 days, Hungarian hosts with ő/ű in their names and their Russian and Belarusian forms,
 * findings of several Russian paragraphs (every second one translated into English), photos.
 */
export function generateTour(scale: TourScale = LARGE_TOUR, seed = 20260302): TourBundle {
  const random = new SeededRandom(seed);
  const stamp = stamper(random);
  const tourMeta = stamp('');
  const { tourId: _unused, ...tourStamps } = tourMeta;
  void _unused;
  const tourId = tourStamps.id;
  const tour: Tour = {
    ...tourStamps,
    title: {
      ru: 'Изучение опыта Венгерской Республики в сфере охраны правопорядка',
      en: 'Study of Hungarian experience in law enforcement',
    },
    purpose: { ru: 'Изучение опыта профилактики правонарушений', en: 'Learning crime prevention practice' },
    hostCountry: 'HU',
    startDate: isoDate(START),
    endDate: isoDate(START + (scale.days - 1) * DAY),
    timeZone: 'Europe/Budapest',
    homeTimeZone: 'Europe/Minsk',
    supportedBy: { ru: 'Программа сотрудничества', en: 'Cooperation programme' },
    followUp: {},
    conclusions: { ru: paragraphs(random, 3).ru },
  };

  const themes: KeyPoint[] = THEMES.map((title, order) => ({ ...stamp(tourId), title, order }));

  const delegates: Delegate[] = [
    ['Иванов', 'Сергей', 'Петрович', 'head'],
    ['Петрова', 'Анна', 'Викторовна', 'member'],
    ['Сидоренко', 'Алексей', 'Иванович', 'member'],
    ['Ковалёв', 'Дмитрий', 'Олегович', 'member'],
    ['Лукашевич', 'Ольга', 'Николаевна', 'member'],
    ['Жук', 'Андрей', 'Сергеевич', 'member'],
    ['Мельник', 'Ирина', 'Павловна', 'coordinator'],
    ['Орлова', 'Елена', 'Игоревна', 'interpreter'],
  ].map(([familyName, givenName, patronymic, role], order) => ({
    ...stamp(tourId),
    familyName: familyName!,
    givenName: givenName!,
    patronymic: patronymic!,
    rank: { ru: 'полковник милиции' },
    position: { ru: 'начальник отдела' },
    organisation: { ru: 'Министерство внутренних дел Республики Беларусь' },
    gender: familyName!.endsWith('а') ? 'female' : 'male',
    role: role as Delegate['role'],
    order,
  }));

  const organisations: Organisation[] = Array.from({ length: scale.organisations }, (_, i) => {
    const stem = random.pick(ORGANISATION_STEMS);
    const city = random.pick(CITIES);
    return {
      ...stamp(tourId),
      kind: random.pick(ORGANISATION_KINDS),
      name: {
        hu: `${city} ${stem.hu} ${i + 1}`,
        ru: `${stem.ru} (${city}) № ${i + 1}`,
        en: `${city} ${stem.en} ${i + 1}`,
      },
      city,
      address: `${city}, Fő utca ${random.int(1, 120)}.`,
      website: `https://example.hu/org-${i + 1}`,
      notes: '',
    };
  });

  const contacts: Contact[] = Array.from({ length: scale.contacts }, (_, i) => {
    const familyName = random.pick(FAMILY_NAMES);
    const givenName = random.pick(GIVEN_NAMES);
    const parts = { prefix: 'dr.', familyName, givenName, nameOrder: 'family-first' as const };
    return {
      ...stamp(tourId),
      ...parts,
      prefix: i % 5 === 0 ? 'dr.' : '',
      cyrillic: { ru: suggestCyrillicName(parts, 'ru'), be: suggestCyrillicName(parts, 'be') },
      rank: { ru: 'майор полиции', hu: 'r. őrnagy' },
      position: { ru: 'руководитель отдела', hu: 'osztályvezető' },
      organisationId: organisations[i % organisations.length]?.id ?? null,
      phones: [`+36 30 ${random.int(100, 999)} ${random.int(1000, 9999)}`],
      emails: [`contact${i + 1}@example.hu`],
      languages: ['hu', 'en'],
      gender: 'unspecified',
      role: random.pick(['host', 'official', 'interpreter', 'ngo'] as const),
      notes: '',
    };
  });

  const events: TourEvent[] = Array.from({ length: scale.events }, (_, i) => {
    const perDay = Math.ceil(scale.events / scale.days);
    const day = Math.floor(i / perDay);
    const slot = i % perDay;
    const date = isoDate(START + day * DAY);
    const organisation = organisations[i % organisations.length]!;
    const opening = EVENT_TITLES[i % EVENT_TITLES.length]!;
    const startHour = 9 + slot * 2;
    return {
      ...stamp(tourId),
      kind: (['visit', 'meeting', 'briefing'] as const)[i % 3]!,
      title: { ru: `${opening.ru} ${organisation.name.ru}`, en: `${opening.en} ${organisation.name.en}` },
      start: `${date}T${pad(startHour)}:00`,
      end: `${date}T${pad(startHour + 1)}:30`,
      timeZone: 'Europe/Budapest',
      place: organisation.city,
      address: organisation.address,
      organisationId: organisation.id,
      hostContactIds: random.sample(contacts, 2).map((c) => c.id),
      delegateIds: random.sample(delegates, 4).map((d) => d.id),
      interpreterContactId: null,
      themeIds: random.sample(themes, 2).map((t) => t.id),
      notes: {},
    };
  });

  const findings: Finding[] = Array.from({ length: scale.findings }, (_, i) => {
    const text = paragraphs(random, random.int(2, 4));
    const event = events[i % events.length]!;
    const [titleRu, titleEn] = random.pick(SENTENCES);
    const translated = i % 2 === 0;
    return {
      ...stamp(tourId),
      themeId: themes[i % themes.length]!.id,
      eventId: event.id,
      kind: random.pick(FINDING_KINDS),
      title: translated
        ? { ru: `${i + 1}. ${titleRu.split(',')[0]}`, en: `${i + 1}. ${titleEn.split(',')[0]}` }
        : { ru: `${i + 1}. ${titleRu.split(',')[0]}` },
      text: translated ? text : { ru: text.ru },
      sourceContactIds: event.hostContactIds.slice(0, 1),
      authorDelegateId: delegates[i % delegates.length]!.id,
      date: event.start.slice(0, 10),
      tags: [`тема-${(i % 8) + 1}`],
      applicability: random.pick(['direct', 'adapt', 'not-applicable'] as const),
      applicabilityNote: {},
      includeInReport: true,
    };
  });

  const recommendations: Recommendation[] = Array.from({ length: scale.recommendations }, (_, i) => ({
    ...stamp(tourId),
    text: { ru: `${random.pick(RECOMMENDATION_OPENINGS)} ${random.pick(SENTENCES)[0].toLowerCase()}` },
    findingIds: random.sample(findings, 2).map((f) => f.id),
    priority: random.pick(['high', 'medium', 'low'] as const),
    horizon: random.pick(['short', 'medium', 'long'] as const),
    responsible: { ru: 'Главное управление охраны правопорядка' },
    status: 'draft',
    order: i,
  }));

  const pool: GeneratedPhoto[] = Array.from({ length: scale.photoPool }, (_, i) =>
    makePhoto(seed + i, scale.photoWidth, scale.photoHeight),
  );
  const attachments: Attachment[] = Array.from({ length: scale.photos }, (_, i) => {
    const photo = distinctCopy(pool[i % pool.length]!, `bench photo ${i + 1}`);
    // Spread over the findings so that many findings in the report carry one.
    const owner = findings[Math.floor((i * findings.length) / scale.photos)]!;
    return {
      ...stamp(tourId),
      ownerType: 'finding',
      ownerId: owner.id,
      kind: 'photo',
      fileName: `IMG_${String(i + 1).padStart(4, '0')}.jpg`,
      mimeType: 'image/jpeg',
      size: photo.bytes.length,
      width: photo.width,
      height: photo.height,
      caption: { ru: `Фото ${i + 1}`, en: `Photo ${i + 1}` },
      order: 0,
      blob: new Blob([photo.bytes.slice().buffer], { type: 'image/jpeg' }),
      thumbnail: null,
    };
  });

  const materials: Material[] = Array.from({ length: scale.materials }, (_, i) => ({
    ...stamp(tourId),
    title: { ru: `Материал ${i + 1}: ${random.pick(THEMES).ru}`, hu: `Anyag ${i + 1}` },
    kind: random.pick(['law', 'strategy', 'brochure', 'presentation', 'other'] as const),
    language: 'hu',
    receivedFromContactId: contacts[i % contacts.length]?.id ?? null,
    eventId: events[i % events.length]?.id ?? null,
    attachmentId: null,
  }));

  return {
    tour,
    delegates,
    organisations,
    contacts,
    events,
    themes,
    findings,
    recommendations,
    materials,
    attachments,
  };
}
