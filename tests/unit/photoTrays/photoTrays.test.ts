import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, TourEvent } from '../../../renderer/domain/entities';
import { sortIntoTrays } from '../../../renderer/domain/findings';
import { captureInstant } from '../../../renderer/domain/images/captureTime';
import { readCaptureTime } from '../../../renderer/features/findings/images/readCaptureTime';
import { exifOnlyJpeg, type ExifTimes } from './exifJpeg';

const VENUE = 'Europe/Budapest';

function event(id: string, kind: TourEvent['kind'], start: string, end: string): TourEvent {
  return {
    id,
    tourId: 'tour',
    createdAt: '2010-09-01T00:00:00Z',
    updatedAt: '2010-09-01T00:00:00Z',
    deviceId: 'laptop',
    revision: 1,
    deletedAt: null,
    kind,
    title: { en: id },
    start,
    end,
    timeZone: VENUE,
    place: '',
    address: '',
    organisationId: null,
    hostContactIds: [],
    delegateIds: [],
    interpreterContactId: null,
    themeIds: [],
    notes: {},
  };
}

/** Two days of the programme, on the venue's clock (Budapest summer time, UTC+2). */
const EVENTS = [
  event('police-hq', 'visit', '2010-09-20T09:00', '2010-09-20T11:00'),
  event('ministry', 'meeting', '2010-09-20T11:30', '2010-09-20T13:00'),
  event('lunch', 'free-time', '2010-09-20T13:00', '2010-09-20T14:00'),
  event('district-v', 'visit', '2010-09-20T14:00', '2010-09-20T16:30'),
  event('szentendre', 'visit', '2010-09-21T09:30', '2010-09-21T12:00'),
  event('debrief', 'briefing', '2010-09-21T13:00', '2010-09-21T15:00'),
  event('college', 'visit', '2010-09-21T15:30', '2010-09-21T17:00'),
];

/** 20 photos as a phone wrote them: its wall clock, mostly without an offset. */
const PHOTOS: [name: string, times: ExifTimes, tray: string][] = [
  ['p01.jpg', { dateTimeOriginal: '2010:09:20 09:05:12' }, 'police-hq'],
  ['p02.jpg', { dateTimeOriginal: '2010:09:20 10:59:59' }, 'police-hq'],
  // The visit ended at 11:00 and the next starts at 11:30.
  ['p03.jpg', { dateTimeOriginal: '2010:09:20 11:00:00' }, 'unsorted'],
  ['p04.jpg', { dateTimeOriginal: '2010:09:20 11:30:00' }, 'ministry'],
  ['p05.jpg', { dateTimeOriginal: '2010:09:20 12:45:30' }, 'ministry'],
  // Lunch is free time, not a visit.
  ['p06.jpg', { dateTimeOriginal: '2010:09:20 13:20:00' }, 'unsorted'],
  ['p07.jpg', { dateTimeOriginal: '2010:09:20 14:00:00' }, 'district-v'],
  ['p08.jpg', { dateTimeOriginal: '2010:09:20 15:15:00' }, 'district-v'],
  ['p09.jpg', { dateTimeOriginal: '2010:09:20 16:29:59' }, 'district-v'],
  ['p10.jpg', { dateTimeOriginal: '2010:09:21 09:30:00' }, 'szentendre'],
  ['p11.jpg', { dateTimeOriginal: '2010:09:21 10:00:00' }, 'szentendre'],
  // A phone that writes its offset: 08:00 UTC is 10:00 in Budapest.
  ['p12.jpg', { dateTimeOriginal: '2010:09:21 08:00:00', offsetTimeOriginal: '+00:00' }, 'szentendre'],
  ['p13.jpg', { dateTimeOriginal: '2010:09:21 11:45:00' }, 'szentendre'],
  ['p14.jpg', { dateTimeOriginal: '2010:09:21 13:01:00' }, 'debrief'],
  ['p15.jpg', { dateTimeOriginal: '2010:09:21 14:59:00' }, 'debrief'],
  ['p16.jpg', { dateTimeOriginal: '2010:09:21 15:31:00' }, 'college'],
  ['p17.jpg', { dateTimeOriginal: '2010:09:21 16:00:00', offsetTimeOriginal: '+02:00' }, 'college'],
  ['p18.jpg', { dateTimeOriginal: '2010:09:21 17:00:00' }, 'unsorted'],
  // No capture time at all, and a camera whose clock was never set.
  ['p19.jpg', {}, 'unsorted'],
  ['p20.jpg', { dateTimeOriginal: '0000:00:00 00:00:00' }, 'unsorted'],
];

async function importedTrays() {
  const photos: Pick<Attachment, 'id' | 'ownerType' | 'deletedAt' | 'order' | 'capturedAt'>[] = [];
  for (const [order, [name, times]] of PHOTOS.entries()) {
    const file = new Blob([exifOnlyJpeg(times).slice().buffer], { type: 'image/jpeg' });
    const capturedAt = await readCaptureTime(file, VENUE);
    photos.push({ id: name, ownerType: 'tour', deletedAt: null, order, capturedAt });
  }
  const trays = sortIntoTrays(photos, EVENTS);
  const byTray: Record<string, string[]> = {
    unsorted: trays.unsorted.map((photo) => photo.id),
  };
  for (const tray of trays.visits) byTray[tray.event.id] = tray.photos.map((photo) => photo.id);
  return { byTray, trays };
}

function expectedTrays(): Record<string, string[]> {
  const expected: Record<string, string[]> = {};
  for (const [name, , tray] of PHOTOS) expected[tray] = [...(expected[tray] ?? []), name];
  return expected;
}

describe('20 photos with EXIF capture times over two days land in the visits during which they were taken', () => {
  const laptopZone = process.env.TZ;
  afterAll(() => {
    process.env.TZ = laptopZone;
  });

  for (const zone of ['UTC', 'Asia/Tokyo']) {
    describe(`on a laptop whose clock is set to ${zone}`, () => {
      beforeAll(() => {
        process.env.TZ = zone;
        // The laptop really is in that zone: the app must not read the camera's clock in it.
        expect(new Date(2010, 8, 20, 12).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : -540);
      });

      it('sorts each photo into the right tray, the rest unsorted', async () => {
        const { byTray, trays } = await importedTrays();
        const expected = expectedTrays();
        // Unsorted in the order taken, those without a time last.
        expect(byTray.unsorted).toEqual(['p03.jpg', 'p06.jpg', 'p18.jpg', 'p19.jpg', 'p20.jpg']);
        expect(byTray).toEqual({ ...expected, unsorted: byTray.unsorted });
        expect(new Set(byTray.unsorted)).toEqual(new Set(expected.unsorted));
        // Trays in programme order, photos in each in the order taken (p11 and p12 were taken at the
        // same moment, 10:00 in Budapest: they keep the order they came in).
        expect(trays.visits.map((tray) => tray.event.id)).toEqual([
          'police-hq',
          'ministry',
          'district-v',
          'szentendre',
          'debrief',
          'college',
        ]);
        expect(Object.values(byTray).flat()).toHaveLength(20);
      });

      it('keeps the capture time with the venue’s offset', async () => {
        const file = new Blob([exifOnlyJpeg({ dateTimeOriginal: '2010:09:20 09:05:12' }).slice().buffer]);
        expect(await readCaptureTime(file, VENUE)).toBe('2010-09-20T09:05:12+02:00');
      });
    });
  }
});

describe('capture times', () => {
  it('are read in the venue’s zone, winter time too', () => {
    expect(captureInstant({ DateTimeOriginal: '2010:12:01 10:00:00' }, VENUE)).toBe(
      '2010-12-01T10:00:00+01:00',
    );
  });

  it('take the camera’s own offset when it wrote one, shown on the venue’s clock', () => {
    expect(
      captureInstant({ DateTimeOriginal: '2010:09:20 11:00:00', OffsetTimeOriginal: '+03:00' }, VENUE),
    ).toBe('2010-09-20T10:00:00+02:00');
  });

  it('fall back to the digitised time when the original is missing', () => {
    expect(captureInstant({ CreateDate: '2010:09:20 10:00:00' }, VENUE)).toBe('2010-09-20T10:00:00+02:00');
  });

  it('are nothing when the photo says nothing usable', () => {
    expect(captureInstant({}, VENUE)).toBeNull();
    expect(captureInstant({ DateTimeOriginal: '0000:00:00 00:00:00' }, VENUE)).toBeNull();
    expect(captureInstant({ DateTimeOriginal: '2010:02:30 10:00:00' }, VENUE)).toBeNull();
    expect(captureInstant({ DateTimeOriginal: 'yesterday' }, VENUE)).toBeNull();
    expect(captureInstant({ DateTimeOriginal: '2010:09:20 10:00:00' }, 'Not/AZone')).toBeNull();
  });

  it('are nothing for a file the EXIF reader does not know', async () => {
    expect(
      await readCaptureTime(new Blob([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]), VENUE),
    ).toBeNull();
  });
});
