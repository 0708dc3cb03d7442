import { describe, expect, it } from 'vitest';
import {
  hungarianToRussian,
  latinToRussian,
  russianToBelarusian,
  suggestCyrillicName,
} from '../../../renderer/domain/names';

/**
 * Hungarian names (family name first, as Hungarians write them) against the Russian form the
 * practical transcription rules give. Established spellings are noted where they agree with the rules.
 */
const RUSSIAN_TABLE: [string, string][] = [
  // the people of the sample tour
  ['Kiss Gábor', 'Киш Габор'],
  ['Szőke Ödön', 'Сёке Эдён'],
  ['Nagy Zsuzsanna', 'Надь Жужанна'],
  ['Tóth Gyula', 'Тот Дьюла'],
  ['Horváth Eszter', 'Хорват Эстер'],
  ['Varga Bálint', 'Варга Балинт'],
  ['Molnár Ágnes', 'Мольнар Агнеш'],
  ['Farkas Péter', 'Фаркаш Петер'],
  ['Balogh Ferenc', 'Балог Ференц'],
  ['Lakatos Judit', 'Лакатош Юдит'],
  ['Fekete Erzsébet', 'Фекете Эржебет'],
  // well-known names with established Russian forms
  ['Petőfi Sándor', 'Петёфи Шандор'],
  ['Eötvös Loránd', 'Этвёш Лоранд'],
  ['Kodály Zoltán', 'Кодай Золтан'],
  ['Széchenyi István', 'Сечени Иштван'],
  ['Bartók Béla', 'Барток Бела'],
  ['Liszt Ferenc', 'Лист Ференц'],
  ['Arany János', 'Арань Янош'],
  ['Ady Endre', 'Ади Эндре'],
  ['Jókai Mór', 'Йокаи Мор'],
  ['Horn Gyula', 'Хорн Дьюла'],
  ['Puskás Ferenc', 'Пушкаш Ференц'],
  ['Örkény István', 'Эркень Иштван'],
  ['Kertész Imre', 'Кертес Имре'],
  ['Rákosi Mátyás', 'Ракоши Матьяш'],
  ['Szent-Györgyi Albert', 'Сент-Дьёрдьи Альберт'],
  ['Hunyadi János', 'Хуньяди Янош'],
  ['Sólyom László', 'Шойом Ласло'],
  ['Erdős Pál', 'Эрдёш Паль'],
  ['Rubik Ernő', 'Рубик Эрнё'],
  ['Görgey Artúr', 'Гёргей Артур'],
  ['Lukács György', 'Лукач Дьёрдь'],
  ['Antall József', 'Анталл Йожеф'],
  ['Göncz Árpád', 'Гёнц Арпад'],
  ['Hegedűs András', 'Хегедюш Андраш'],
  ['Kovács Noémi', 'Ковач Ноэми'],
  ['Szabó Tímea', 'Сабо Тимеа'],
  ['Semjén Zsolt', 'Шемьен Жолт'],
  ['Martonyi János', 'Мартони Янош'],
  ['Matolcsy György', 'Матольчи Дьёрдь'],
  ['Szűcs Judit', 'Сюч Юдит'],
  ['Bolyai János', 'Бойяи Янош'],
  ['Mesterházy Attila', 'Мештерхази Аттила'],
  ['Pintér Sándor', 'Пинтер Шандор'],
  ['Kövér László', 'Кёвер Ласло'],
  ['Gyöngyösi Márton', 'Дьёндьёши Мартон'],
  ['Üllői Jenő', 'Юллёи Енё'],
  ['Fejér Lipót', 'Фейер Липот'],
  ['Munkácsy Mihály', 'Мункачи Михай'],
  ['Deák Ferenc', 'Деак Ференц'],
  ['Bethlen Gábor', 'Бетлен Габор'],
  ['Vörös Ildikó', 'Вёрёш Ильдико'],
  ['Gergely Csaba', 'Гергей Чаба'],
  ['Papp László', 'Папп Ласло'],
  ['Szabó Mária', 'Сабо Мария'],
  ['Kiss Zsófia', 'Киш Жофия'],
  // Issue 15: a final ss is written once, gy before ű loses its soft sign, an old final ty is ти.
  ['Gyűrűs Ferenc', 'Дюрюш Ференц'],
  ['Vörösmarty Mihály', 'Вёрёшмарти Михай'],
];

describe('Hungarian → Russian practical transcription', () => {
  it('has a table of at least 30 names', () => {
    expect(RUSSIAN_TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RUSSIAN_TABLE)('%s → %s', (hungarian, russian) => {
    expect(hungarianToRussian(hungarian)).toBe(russian);
  });

  it('applies the letter rules one by one', () => {
    expect(hungarianToRussian('cs s sz zs gy ny ty')).toBe('ч ш с ж дь нь ть');
    expect(hungarianToRussian('Mihály')).toBe('Михай'); // ly after a vowel → й
    expect(hungarianToRussian('Éva Ödön Üllő')).toBe('Эва Эдён Юллё'); // initial e → э, ö → э, ü → ю
    expect(hungarianToRussian('Tóth Ónodi')).toBe('Тот Оноди'); // long vowels shortened
    expect(hungarianToRussian('Magyar')).toBe('Мадьяр'); // a → я after gy
  });

  it('keeps case, hyphens, dots and text that is already Cyrillic', () => {
    expect(hungarianToRussian('dr. KISS')).toBe('др. КИШ');
    expect(hungarianToRussian('Ковалёв')).toBe('Ковалёв');
    expect(hungarianToRussian('Szent-Györgyi')).toBe('Сент-Дьёрдьи');
  });
});

describe('Belarusian form', () => {
  it.each([
    ['Nagy Zsuzsanna', 'Надзь Жужанна'],
    ['Balogh Ferenc', 'Балаг Ферэнц'],
    ['Kiss Gábor', 'Кіш Габар'],
    ['Kiss Zsófia', 'Кіш Жофія'],
    ['Lakatos Judit', 'Лакаташ Юдзіт'],
    ['Fekete Erzsébet', 'Фекетэ Эржэбет'],
    ['Petőfi Sándor', 'Пецёфі Шандар'],
    ['Antall József', 'Анталл Ёжэф'],
    ['Varga Bálint', 'Варга Балінт'],
  ])('%s → %s', (hungarian, belarusian) => {
    expect(russianToBelarusian(hungarianToRussian(hungarian))).toBe(belarusian);
  });
});

describe('suggested Cyrillic names', () => {
  it('uses the Hungarian rules for family-first names and a plain reading for others', () => {
    const hungarian = {
      prefix: 'dr.',
      familyName: 'Szőke',
      givenName: 'Ödön',
      nameOrder: 'family-first' as const,
    };
    expect(suggestCyrillicName(hungarian, 'ru')).toEqual({
      familyName: 'Сёке',
      givenName: 'Эдён',
      checked: false,
    });
    expect(suggestCyrillicName(hungarian, 'be')).toEqual({
      familyName: 'Сёке',
      givenName: 'Эдзён',
      checked: false,
    });
    const swede = {
      prefix: '',
      familyName: 'Lindqvist',
      givenName: 'Martin',
      nameOrder: 'given-first' as const,
    };
    expect(suggestCyrillicName(swede, 'ru')).toEqual({
      familyName: 'Линдквист',
      givenName: 'Мартин',
      checked: false,
    });
    expect(latinToRussian('Schmidt')).toBe('Шмидт');
    const westernOrder = {
      prefix: '',
      familyName: 'Kiss',
      givenName: 'Gábor',
      nameOrder: 'given-first' as const,
    };
    expect(suggestCyrillicName(westernOrder, 'ru')).toEqual({
      familyName: 'Киш',
      givenName: 'Габор',
      checked: false,
    });
  });
});
