import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError, makeBackup, readBackupFile } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { planExchangeImport } from '../../../renderer/db/exchange';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { TextTooLongError } from '../../../renderer/domain/imports/textTooLong';
import { parseVCardFile, VCardParseError } from '../../../renderer/domain/vcard/parseVcard';
import { resetDb } from '../db/resetDb';
import { readJson, tamper, writeJson } from '../backup/tamper';
import { dumpDb, sampleTourWithPhoto } from '../backup/laptop';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const sample = JSON.parse(
  readFileSync(
    new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
    'utf8',
  ),
) as { contacts: { familyName: string; givenName: string; position: Record<string, string> }[] };

const TOO_LONG_TEXT = 'x'.repeat(50_001);

/** The thrown error, for a test that looks at what it says. */
async function refusal(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
}

describe('every import refuses a text above the length limits, naming the record, writing nothing', () => {
  beforeEach(resetDb);

  it('a backup or exchange file with a 50,001-character note', async () => {
    await sampleTourWithPhoto();
    const backup = await makeBackup('everything', '0.1.0');
    const hostile = tamper(backup.bytes, (files) => {
      const contacts = readJson(files, 'records/contacts.json') as { familyName: string; notes: string }[];
      contacts[0]!.notes = TOO_LONG_TEXT;
      writeJson(files, 'records/contacts.json', contacts);
    });
    const before = await dumpDb();
    const error = await refusal(() => readBackupFile(hostile));
    expect(error).toBeInstanceOf(BackupError);
    const refused = error as BackupError;
    expect(refused.code).toBe('text-too-long');
    expect(refused.details).toMatchObject({ kind: 'contacts', field: 'notes', limit: 50_000 });
    expect(String(refused.details.record)).not.toBe('');
    // Merging it as a colleague's exchange file is refused the same way.
    const asExchange = await refusal(() => planExchangeImport(hostile));
    expect(asExchange).toBeInstanceOf(BackupError);
    expect(await dumpDb()).toEqual(before);
  });

  it('a title of 301 characters names its record by the record itself, shortened', async () => {
    await sampleTourWithPhoto();
    const backup = await makeBackup('everything', '0.1.0');
    const hostile = tamper(backup.bytes, (files) => {
      const contacts = readJson(files, 'records/contacts.json') as { familyName: string }[];
      contacts[0]!.familyName = 'K'.repeat(301);
      writeJson(files, 'records/contacts.json', contacts);
    });
    const error = (await refusal(() => readBackupFile(hostile))) as BackupError;
    expect(error.details).toMatchObject({ field: 'familyName', limit: 300 });
    expect(String(error.details.record).length).toBeLessThanOrEqual(60);
  });

  it('a tour file with a 301-character position', async () => {
    const hostile = structuredClone(sample);
    hostile.contacts[0]!.position = { ru: 'П'.repeat(301) };
    const error = await refusal(() => importSampleFile(hostile));
    expect(error).toBeInstanceOf(TextTooLongError);
    expect((error as TextTooLongError).detail).toMatchObject({
      kind: 'contacts',
      record: `${sample.contacts[0]!.familyName} ${sample.contacts[0]!.givenName}`,
      field: 'position.ru',
      limit: 300,
    });
    expect(await db.tours.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('a vCard with a 50,001-character NOTE or a 301-character name', () => {
    const card = (lines: string) => `BEGIN:VCARD\r\nVERSION:4.0\r\n${lines}\r\nEND:VCARD\r\n`;
    const ok = card('N:Kiss;Gábor;;;\r\nFN:Gábor Kiss');
    const longNote = card(`N:Nagy;Éva;;;\r\nFN:Éva Nagy\r\nNOTE:${TOO_LONG_TEXT}`);
    try {
      parseVCardFile(ok + longNote);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(VCardParseError);
      const refused = error as VCardParseError;
      expect(refused.code).toBe('tooLong');
      expect(refused.cardNumber).toBe(2);
      expect(refused.detail).toBe('NOTE');
      expect(refused.values).toEqual({ name: 'Nagy Éva', limit: 50_000 });
    }
    expect(() => parseVCardFile(card(`N:${'K'.repeat(301)};Gábor;;;\r\nFN:x`))).toThrow(VCardParseError);
  });
});
