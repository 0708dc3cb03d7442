import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../renderer/db/backup/format';
import { importWorkerHandler } from '../../../renderer/db/imports/importJob';
import type { FromImportWorker } from '../../../renderer/db/imports/importMessages';
import { HOLD_MS, holdWhileThePersonActs } from '../../../renderer/db/imports/holdForInput';
import { createImportPacer, SLICE_MS, type PacerClock } from '../../../renderer/db/imports/importPacer';
import { readVcardJob } from '../../../renderer/db/imports/vcardJob';
import { parseVCardFile, VCardParseError } from '../../../renderer/domain/vcard/parseVcard';

/** A clock that moves only when told (work) or when the pacer sleeps: no real waiting. */
function fakeClock() {
  let now = 0;
  const turns: number[] = [];
  const sleeps: number[] = [];
  const clock: PacerClock = {
    now: () => now,
    turn: async () => void turns.push(now),
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { clock, turns, sleeps, work: (ms: number) => (now += ms), at: () => now };
}

const card = (i: number, extra = '') =>
  `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Family${i};Given${i};;;\r\nFN:Given${i} Family${i}\r\nORG:Firm ${i % 7}\r\nEMAIL:p${i}@example.org${extra}\r\nEND:VCARD\r\n`;
const file = (count: number, extra: (i: number) => string = () => '') =>
  Array.from({ length: count }, (_, i) => card(i + 1, extra(i + 1))).join('');

describe('the import worker gives way to the window while the person acts', () => {
  it('works on without a pause while nobody acts, giving its event loop a turn every few milliseconds', async () => {
    const { clock, turns, sleeps, work } = fakeClock();
    const pacer = createImportPacer(clock);
    for (let step = 0; step < 10; step++) {
      work(3);
      await pacer.pace();
    }
    // 30 ms of work: a turn (to hear the window) about every SLICE_MS, never a sleep.
    expect(turns.length).toBeGreaterThanOrEqual(Math.floor(30 / (SLICE_MS + 3)));
    expect(turns.length).toBeLessThanOrEqual(Math.ceil(30 / SLICE_MS));
    expect(sleeps).toEqual([]);
  });

  it('a hold stops the work at its next step until the hold ends; a later hold extends it', async () => {
    const { clock, work, at } = fakeClock();
    const pacer = createImportPacer(clock);
    work(SLICE_MS);
    pacer.hold(300);
    pacer.hold(100);
    await pacer.pace();
    expect(at()).toBe(SLICE_MS + 300);
    // Over: the next steps go on at once.
    work(1);
    await pacer.pace();
    expect(at()).toBe(SLICE_MS + 301);
  });

  it('the worker hears the window’s hold while it reads', async () => {
    const holds: number[] = [];
    let paced = 0;
    const done = new Promise<FromImportWorker>((resolve) => {
      const handle = importWorkerHandler(
        (message) => {
          if (message.type === 'done' || message.type === 'failed') resolve(message);
        },
        DEFAULT_LIMITS,
        { hold: (ms) => void holds.push(ms), pace: async () => void paced++ },
      );
      handle({ type: 'hold', ms: HOLD_MS });
      handle({
        type: 'start',
        job: { kind: 'vcard', file: new TextEncoder().encode(file(600)), contacts: [], organisations: [] },
      });
    });
    expect((await done).type).toBe('done');
    expect(holds).toEqual([HOLD_MS]);
    expect(paced).toBeGreaterThan(2);
  });

  it('the window asks for a hold at a click, a key or a wheel, not at every event of a wheel', () => {
    const target = new EventTarget();
    let now = 0;
    const holds: number[] = [];
    const stop = holdWhileThePersonActs(
      target,
      (ms) => holds.push(ms),
      () => now,
    );
    target.dispatchEvent(new Event('pointerdown'));
    for (let i = 0; i < 20; i++) {
      now += 5;
      target.dispatchEvent(new Event('wheel'));
    }
    expect(holds).toEqual([HOLD_MS, HOLD_MS]);
    now += HOLD_MS;
    target.dispatchEvent(new Event('keydown'));
    expect(holds).toHaveLength(3);
    // Once the worker has ended, nothing is asked of it.
    stop();
    now += HOLD_MS;
    target.dispatchEvent(new Event('pointerdown'));
    expect(holds).toHaveLength(3);
  });
});

describe('a vCard file read in steps', () => {
  it('reads the same cards, in the file’s order, with or without pauses', async () => {
    const text = file(1_234);
    const once = parseVCardFile(text);
    expect(once).toHaveLength(1_234);
    expect(once.map((c) => c.familyName).slice(248, 252)).toEqual([
      'Family249',
      'Family250',
      'Family251',
      'Family252',
    ]);
    let pauses = 0;
    const paced = await readVcardJob(
      { kind: 'vcard', file: new TextEncoder().encode(text), contacts: [], organisations: [] },
      () => undefined,
      async () => void pauses++,
    );
    expect(paced.entries.map((entry) => entry.card)).toEqual(once);
    // Paused between steps of some hundreds of cards, in the reading and in the matching.
    expect(pauses).toBeGreaterThan(2 * Math.floor(1_234 / 500));
  });

  it('still names the card of a problem beyond the first steps, and refuses a bad line anywhere', () => {
    const longNote = file(700, (i) => (i === 651 ? `\r\nNOTE:${'x'.repeat(50_001)}` : ''));
    expect(() => parseVCardFile(longNote)).toThrow(
      expect.objectContaining({ code: 'tooLong', cardNumber: 651, detail: 'NOTE' }),
    );
    const badLine = file(700, (i) => (i === 600 ? '\r\nthis line has no colon' : ''));
    expect(() => parseVCardFile(badLine)).toThrow(VCardParseError);
    expect(() => parseVCardFile(badLine)).toThrow(expect.objectContaining({ code: 'malformed' }));
  });
});
