import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from '../../../renderer/domain/translations';

const join = (parts: DiffPart[], side: 'old' | 'new') =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === (side === 'old' ? 'removed' : 'added'))
    .map((part) => part.text)
    .join('');

describe('word diff', () => {
  it('marks the words that changed, whole words only', () => {
    expect(wordDiff('Патруль на вокзале.', 'Пеший патруль на вокзале.')).toEqual([
      { kind: 'removed', text: 'Патруль' },
      { kind: 'added', text: 'Пеший патруль' },
      { kind: 'same', text: ' на вокзале.' },
    ]);
    expect(wordDiff('Участковый инспектор района', 'Участковый уполномоченный района')).toEqual([
      { kind: 'same', text: 'Участковый ' },
      { kind: 'removed', text: 'инспектор' },
      { kind: 'added', text: 'уполномоченный' },
      { kind: 'same', text: ' района' },
    ]);
  });

  it('identical and empty texts', () => {
    expect(wordDiff('Один.', 'Один.')).toEqual([{ kind: 'same', text: 'Один.' }]);
    expect(wordDiff('', 'Новый.')).toEqual([{ kind: 'added', text: 'Новый.' }]);
    expect(wordDiff('Старый.', '')).toEqual([{ kind: 'removed', text: 'Старый.' }]);
  });

  it('always gives back both versions exactly (random edits)', () => {
    const words = ['a', 'b', 'c', 'd', 'полиция', 'rendőrség', ' ', ' ', '\n', '.', ','];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = (length: number) => Array.from({ length }, () => words[random(words.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const a = text(random(40));
      const b = random(3) === 0 ? text(random(40)) : a.replace(/[a-d]/, 'x').replace(/\./g, '!');
      const parts = wordDiff(a, b);
      expect(join(parts, 'old')).toBe(a);
      expect(join(parts, 'new')).toBe(b);
    }
  });

  it('keeps a long text with a small edit quick and exact', () => {
    const long = Array.from({ length: 8000 }, (_, i) => `слово${i % 97}`).join(' ');
    const edited = long.replace('слово50 слово51', 'слово50 новое слово51');
    const parts = wordDiff(long, edited);
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([{ kind: 'added', text: 'новое ' }]);
  });
});
