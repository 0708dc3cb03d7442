import { describe, expect, it } from 'vitest';
import { excerpt, highlight, presentHit, queryTerms } from '../../../renderer/domain/search';
import { contactDocument, findingDocument } from '../../../renderer/domain/search';
import { contact, finding } from './records';

const marked = (segments: { text: string; match: boolean }[] | null) =>
  (segments ?? []).filter((segment) => segment.match).map((segment) => segment.text);

describe('highlighting the matched part', () => {
  it('marks the original characters of the matched prefix', () => {
    expect(marked(highlight('Szőke Ödön', queryTerms('szo')))).toEqual(['Sző']);
    expect(marked(highlight('Szőke Ödön', queryTerms('odon szoke')))).toEqual(['Szőke', 'Ödön']);
    expect(marked(highlight('Пётр Ковалёв', queryTerms('ковалев')))).toEqual(['Ковалёв']);
  });

  it('keeps positions right when folding changes the length', () => {
    expect(highlight('Straße frei', queryTerms('strass'))).toEqual([
      { text: 'Straß', match: true },
      { text: 'e frei', match: false },
    ]);
  });

  it('cuts a long text around the first match', () => {
    const text = `${'word '.repeat(40)}the patrol starts here ${'more '.repeat(40)}`;
    const segments = excerpt(text, queryTerms('patrol'));
    expect(segments?.[0]?.text).toBe('… ');
    expect(marked(segments)).toEqual(['patrol']);
    expect(segments?.at(-1)?.text).toBe(' …');
    expect(excerpt(text, queryTerms('absent'))).toBeNull();
  });
});

describe('presenting a hit', () => {
  it('shows the title in the interface language and the body text that matched', () => {
    const document = findingDocument(
      finding(
        'f1',
        { ru: 'Участковые', en: 'Neighbourhood officers' },
        { en: 'They hold weekly surgeries.' },
      ),
    );
    const shown = presentHit(document, 'surger', 'ru');
    expect(shown.title).toEqual([{ text: 'Участковые', match: false }]);
    expect(marked(shown.context)).toEqual(['surger']);
  });

  it('shows another language title when that is where the query matched', () => {
    const shown = presentHit(contactDocument(contact('c1', 'Szőke', 'Ödön')), 'секе', 'en');
    expect(shown.title.map((segment) => segment.text).join('')).toBe('Ödön Szőke');
    expect(marked(shown.context)).toEqual(['Сёке']);
  });
});
