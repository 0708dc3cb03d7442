/**
 * A whole address book as a vCard file: `cards` cards, none of them a contact of the sample tour.
 * The vCard import's e2e and its click profile (tests/bench/profileImportClick.ts) read the same.
 */
export function addressBookVcf(cards: number): string {
  const lines: string[] = [];
  for (let index = 1; index <= cards; index++)
    lines.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:Adressbuch${index};Person;;;`,
        `FN:Person Adressbuch${index}`,
        `ORG:Firma ${index % 500}`,
        `TEL;TYPE=CELL:+36 30 ${String(1_000_000 + index).slice(1)}`,
        `EMAIL:person${index}@example.org`,
        'END:VCARD',
      ].join('\r\n'),
    );
  return lines.join('\r\n') + '\r\n';
}
