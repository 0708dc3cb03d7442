import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { writeContactBatch } from '../../../renderer/db/contacts';
import { contacts, organisations } from '../../../renderer/db/repositories';
import { listByTour } from '../../../renderer/db/repository';
import type { Contact, Organisation } from '../../../renderer/domain/entities';
import { parseVCardFile } from '../../../renderer/domain/vcard/parseVcard';
import { toVCardContact, writeVCardFile } from '../../../renderer/export/vcard';
import { planVCardImport } from '../../../renderer/domain/vcard/importPlan';
import { importBatch } from '../../../renderer/features/contacts/vcardImportPlan';
import { resetDb } from '../db/resetDb';

const TOUR = 'tour-1';

async function seed(): Promise<{ kiss: Contact; orfk: Organisation }> {
  const orfk = await organisations.save({
    tourId: TOUR,
    kind: 'police',
    name: { hu: 'Országos Rendőr-főkapitányság (ORFK)', en: 'National Police Headquarters' },
    city: 'Budapest',
    address: '',
    website: '',
    notes: '',
  });
  const kiss = await contacts.save({
    tourId: TOUR,
    prefix: 'dr.',
    familyName: 'Kiss',
    givenName: 'Gábor',
    nameOrder: 'family-first',
    cyrillic: {},
    rank: { hu: 'r. ezredes' },
    position: {},
    organisationId: orfk.id,
    phones: ['+36 1 443 5000'],
    emails: ['kiss.gabor@example.hu'],
    languages: ['hu'],
    gender: 'male',
    role: 'host',
    notes: '',
  });
  return { kiss, orfk };
}

const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('vCard import preview and write', () => {
  beforeEach(resetDb);

  it('finds duplicates by e-mail and by name + organisation, and skips them by default', async () => {
    const { kiss, orfk } = await seed();
    const file = [
      card(['N:Kiss;Gábor;;;', 'FN:Kiss Gábor', 'EMAIL:KISS.GABOR@example.hu']),
      card(['N:Kiss;Gábor;;;', 'FN:Gábor Kiss', 'ORG:National Police Headquarters']),
      card(['N:Kiss;Gábor;;;', 'FN:Gábor Kiss', 'ORG:Another Body']),
      card(['N:Molnár;Ágnes;;;', 'FN:Molnár Ágnes', 'EMAIL:molnar.agnes@example.hu']),
    ].join('\r\n');
    const plan = planVCardImport(parseVCardFile(file), [kiss], [orfk]);
    expect(plan.map((entry) => [entry.duplicateReason, entry.decision])).toEqual([
      ['email', 'skip'],
      ['nameAndOrganisation', 'skip'],
      [null, 'add'],
      [null, 'add'],
    ]);
    expect(plan[1]!.organisationId).toBe(orfk.id);
    expect(plan[2]!.newOrganisationName).toEqual({ en: 'Another Body' });
  });

  it('writes nothing for skipped entries, adds new ones and merges in one transaction', async () => {
    const { kiss, orfk } = await seed();
    const file = [
      card([
        'N:Kiss;Gábor;;;',
        'EMAIL:kiss.gabor@example.hu',
        'TEL:+36 30 111 2222',
        'TITLE:főosztályvezető',
      ]),
      card(['N:Molnár;Ágnes;;;', 'ORG:Tolmácsiroda Kft.', 'EMAIL:molnar.agnes@example.hu']),
    ].join('\r\n');
    const plan = planVCardImport(parseVCardFile(file), [kiss], [orfk]);
    plan[0]!.decision = 'merge';
    const { batch, summary } = importBatch(TOUR, plan);
    expect(summary).toEqual({ added: 1, merged: 1, skipped: 0, organisationsCreated: 1 });
    await writeContactBatch(batch);
    const stored = await listByTour(db.contacts, TOUR);
    expect(stored).toHaveLength(2);
    const merged = stored.find((contact) => contact.id === kiss.id)!;
    expect(merged.phones).toEqual(['+36 1 443 5000', '+36 30 111 2222']);
    expect(merged.position).toEqual({ hu: 'főosztályvezető' });
    expect(merged.revision).toBe(2);
    const molnar = stored.find((contact) => contact.familyName === 'Molnár')!;
    const newOrganisation = await organisations.get(molnar.organisationId!);
    expect(newOrganisation?.name).toEqual({ hu: 'Tolmácsiroda Kft.' });
  });

  it('rolls the whole batch back when one record is invalid', async () => {
    await seed();
    const file = card(['N:Molnár;Ágnes;;;', 'ORG:Tolmácsiroda Kft.']);
    const { batch } = importBatch(TOUR, planVCardImport(parseVCardFile(file), [], []));
    batch.contacts.push({ draft: { ...batch.contacts[0]!.draft, familyName: '' }, newOrganisationRef: null });
    await expect(writeContactBatch(batch)).rejects.toThrow();
    expect(await listByTour(db.contacts, TOUR)).toHaveLength(1);
    expect(await listByTour(db.organisations, TOUR)).toHaveLength(1);
  });

  it('an exported contact comes back as a duplicate of itself', async () => {
    const { kiss, orfk } = await seed();
    const bytes = writeVCardFile([toVCardContact(kiss, orfk)], 'ru');
    const [entry] = planVCardImport(parseVCardFile(bytes), [kiss], [orfk]);
    expect(entry?.duplicateOf?.id).toBe(kiss.id);
    expect(entry?.organisationId).toBe(orfk.id);
  });
});
