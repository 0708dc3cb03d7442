import { describe, expect, it } from 'vitest';
import { cyrillicToHungarian } from '../../../renderer/domain/names';

/**
 * Hungarian spelling of Russian and Belarusian names (AkH. 12th ed., 219–220), one rule at a time,
 * then the delegation's own names as Hungarian writes them.
 */
describe('Cyrillic → Hungarian transcription', () => {
  it('writes the delegation as Hungarian does', () => {
    expect(cyrillicToHungarian('Андрей Ковалёв')).toBe('Andrej Kovaljov');
    expect(cyrillicToHungarian('Виктор Жук')).toBe('Viktor Zsuk');
    expect(cyrillicToHungarian('Дмитрий Кравченко')).toBe('Dmitrij Kravcsenko');
  });

  it('ж → zs', () => expect(cyrillicToHungarian('Жанна')).toBe('Zsanna'));
  it('ш → s', () => expect(cyrillicToHungarian('Шолохов')).toBe('Solohov'));
  it('ч → cs', () => expect(cyrillicToHungarian('Чехов')).toBe('Csehov'));
  it('щ → scs', () => expect(cyrillicToHungarian('Щукин')).toBe('Scsukin'));
  it('с → sz', () => expect(cyrillicToHungarian('Александр Сергеевич')).toBe('Alekszandr Szergejevics'));
  it('ц → c', () => expect(cyrillicToHungarian('Цветаева')).toBe('Cvetajeva'));
  it('х → h', () => expect(cyrillicToHungarian('Михаил')).toBe('Mihail'));
  it('й → j', () => expect(cyrillicToHungarian('Сергей Толстой')).toBe('Szergej Tolsztoj'));
  it('ы → i, and -ий / -ый → -ij', () => {
    expect(cyrillicToHungarian('Рыбаков')).toBe('Ribakov');
    expect(cyrillicToHungarian('Белый')).toBe('Belij');
  });

  it('е is je at the start of a word and after a vowel, e after a consonant', () => {
    expect(cyrillicToHungarian('Елена')).toBe('Jelena');
    expect(cyrillicToHungarian('Андреев')).toBe('Andrejev');
    expect(cyrillicToHungarian('Петров')).toBe('Petrov');
  });

  it('ё, ю, я keep their j after a consonant', () => {
    expect(cyrillicToHungarian('Пётр')).toBe('Pjotr');
    expect(cyrillicToHungarian('Юрий Любимов')).toBe('Jurij Ljubimov');
    expect(cyrillicToHungarian('Яков Вячеслав')).toBe('Jakov Vjacseszlav');
  });

  it('ё and ю after ж, ч, ш, щ are o and u', () => {
    expect(cyrillicToHungarian('Горбачёв')).toBe('Gorbacsov');
    expect(cyrillicToHungarian('Хрущёв')).toBe('Hruscsov');
    expect(cyrillicToHungarian('Жюли')).toBe('Zsuli');
  });

  it('ь and ъ are not written, except as j before и and о', () => {
    expect(cyrillicToHungarian('Игорь')).toBe('Igor');
    expect(cyrillicToHungarian('Ильич')).toBe('Iljics');
    expect(cyrillicToHungarian('Ильин')).toBe('Iljin');
    expect(cyrillicToHungarian('Дарья')).toBe('Darja');
    expect(cyrillicToHungarian('Подъячев')).toBe('Podjacsev');
  });

  it('reads the Belarusian letters і, ў, э and the apostrophe', () => {
    expect(cyrillicToHungarian('Мікалай Лукашэнка')).toBe('Mikalaj Lukasenka');
    expect(cyrillicToHungarian('Ўладзіслаў')).toBe('Uladziszlau');
    expect(cyrillicToHungarian('Мар’я')).toBe('Marja');
    expect(cyrillicToHungarian('Аляксей')).toBe('Aljakszej');
  });

  it('keeps capitals, all-caps words, hyphens and anything not Cyrillic', () => {
    expect(cyrillicToHungarian('КОВАЛЁВ')).toBe('KOVALJOV');
    expect(cyrillicToHungarian('Римский-Корсаков')).toBe('Rimszkij-Korszakov');
    expect(cyrillicToHungarian('Kiss Gábor')).toBe('Kiss Gábor');
  });
});
