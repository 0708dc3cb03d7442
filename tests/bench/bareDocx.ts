import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The baseline for the exporter's overhead: the same content as the report (a programme table,
 * each finding's title, paragraphs and photos, a table of recommendations, a contacts table) built
 * with `docx` alone from the backup's raw JSON — no validation, no model, no styles or presets.
 */
type Text = { ru?: string; en?: string; hu?: string };
interface RawRecord {
  id: string;
  deletedAt: string | null;
}

const cell = (text: string) =>
  new TableCell({ children: [new Paragraph(text)], width: { size: 25, type: WidthType.PERCENTAGE } });
const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });

export async function buildBareDocx(backup: Uint8Array): Promise<Uint8Array> {
  const files = unzipSync(backup);
  const records = <T>(kind: string): T[] =>
    (JSON.parse(strFromU8(files[`records/${kind}.json`]!)) as (T & RawRecord)[]).filter(
      (record) => record.deletedAt === null,
    );
  const events = records<{ title: Text; start: string; place: string }>('events');
  const findings = records<{ id: string; title: Text; text: Text; includeInReport: boolean }>('findings');
  const recommendations = records<{ text: Text; priority: string }>('recommendations');
  const contacts = records<{ familyName: string; givenName: string; position: Text }>('contacts');
  const photos = records<{ ownerId: string; blob: { file: string }; width: number; height: number }>(
    'attachments',
  );
  const photosOf = new Map<string, typeof photos>();
  for (const photo of photos) photosOf.set(photo.ownerId, [...(photosOf.get(photo.ownerId) ?? []), photo]);

  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: 'Отчёт', heading: HeadingLevel.TITLE }),
    new Table({ rows: events.map((e) => row([e.start, e.title.ru ?? '', e.place])) }),
  ];
  for (const finding of findings.filter((f) => f.includeInReport)) {
    children.push(new Paragraph({ text: finding.title.ru ?? '', heading: HeadingLevel.HEADING_2 }));
    for (const text of (finding.text.ru ?? '').split('\n\n')) children.push(new Paragraph(text));
    for (const photo of photosOf.get(finding.id) ?? []) {
      const data = files[photo.blob.file]!;
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'jpg',
              data,
              transformation: { width: 450, height: Math.round((450 * photo.height) / photo.width) },
            }),
          ],
        }),
      );
    }
  }
  children.push(
    new Table({ rows: recommendations.map((r, i) => row([String(i + 1), r.text.ru ?? '', r.priority])) }),
  );
  children.push(
    new Table({
      rows: contacts.map((c) => row([`${c.familyName} ${c.givenName}`, c.position.ru ?? ''])),
    }),
  );
  children.push(new Paragraph({ children: [new TextRun('—')] }));
  const document = new Document({ sections: [{ children }] });
  return Packer.pack(document, 'uint8array');
}
