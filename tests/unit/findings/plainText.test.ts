import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../renderer/domain/findings';

describe('plain text with paragraphs and bullets', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside a paragraph', () => {
    expect(textBlocks('First line\nsame paragraph\n\nSecond')).toEqual([
      { type: 'paragraph', text: 'First line\nsame paragraph' },
      { type: 'paragraph', text: 'Second' },
    ]);
  });

  it('turns "- " lines into one list, ended by a paragraph line', () => {
    expect(textBlocks('Intro:\n- one\n- two\n  continued\nAfter')).toEqual([
      { type: 'paragraph', text: 'Intro:' },
      { type: 'list', items: ['one', 'two continued'] },
      { type: 'paragraph', text: 'After' },
    ]);
  });

  it('treats Windows line ends and empty text', () => {
    expect(textBlocks('a\r\n\r\n- b')).toEqual([
      { type: 'paragraph', text: 'a' },
      { type: 'list', items: ['b'] },
    ]);
    expect(textBlocks('  \n\n')).toEqual([]);
  });

  it('does not take a hyphenated word or a dash without a space for a bullet', () => {
    expect(textBlocks('-5 degrees\nwell-known')).toEqual([
      { type: 'paragraph', text: '-5 degrees\nwell-known' },
    ]);
  });
});
