// Names in letters: salutation by first name and patronymic, the sex a patronymic shows, and the
// dative of the address block in Russian («Ивановой М. П.») and Kazakh («М. П. Ивановаға»);
// what cannot be declined safely is null (the letter asks), never a guess.
import { describe, expect, it } from 'vitest';
import {
  addresseeDative,
  genderFromPatronymic,
  kkDative,
  ruSurnameDative,
  salutationName,
} from '../../common/letters/names';
import { formatLongCalendarDate } from '../../common/dates/long-date';

describe('names in letters', () => {
  it('greets by first name and patronymic', () => {
    expect(salutationName('Иванова Мария Петровна')).toBe('Мария Петровна');
    expect(salutationName('Қасымов Асхат Болатұлы')).toBe('Асхат Болатұлы');
    expect(salutationName('Ли Саша')).toBe('Ли Саша');
  });

  it('reads the sex from a patronymic', () => {
    expect(genderFromPatronymic('Иванов Иван Сергеевич')).toBe('M');
    expect(genderFromPatronymic('Иванова Мария Петровна')).toBe('F');
    expect(genderFromPatronymic('Ахметов Нұрлан Серікұлы')).toBe('M');
    expect(genderFromPatronymic('Сейтқали Айгерім Болатқызы')).toBe('F');
    expect(genderFromPatronymic('Фомина Ирина Ильинична')).toBe('F');
    expect(genderFromPatronymic('Ли Саша')).toBeUndefined();
  });

  it.each([
    ['Иванов', 'M', 'Иванову'],
    ['Касымов', 'M', 'Касымову'],
    ['Пушкин', 'M', 'Пушкину'],
    ['Достоевский', 'M', 'Достоевскому'],
    ['Толстой', 'M', 'Толстому'],
    ['Гоголь', 'M', 'Гоголю'],
    ['Ким', 'M', 'Киму'],
    ['Шевченко', 'M', 'Шевченко'],
    ['Черных', 'M', 'Черных'],
    ['Нұрланұлы', 'M', 'Нұрланұлы'],
    ['Сейткали', 'M', 'Сейткали'],
    ['Иванова', 'F', 'Ивановой'],
    ['Пушкина', 'F', 'Пушкиной'],
    ['Достоевская', 'F', 'Достоевской'],
    ['Ким', 'F', 'Ким'],
    ['Шевченко', 'F', 'Шевченко'],
  ] as const)('Russian dative of %s (%s): %s', (surname, g, expected) => {
    expect(ruSurnameDative(surname, g)).toBe(expected);
  });

  it('asks rather than guesses', () => {
    expect(ruSurnameDative('Окуджава', 'M')).toBeNull();
    expect(ruSurnameDative('Smith', 'F')).toBeNull();
    expect(addresseeDative('Ли Саша', 'ru', 'F')).toBeNull();
    expect(addresseeDative('Иванова Мария Петровна', 'ru', undefined)).toBeNull();
  });

  it.each([
    ['Қасымов', 'Қасымовқа'],
    ['Иванова', 'Ивановаға'],
    ['Ахметов', 'Ахметовқа'],
    ['Сейтқали', 'Сейтқалиға'],
    ['Жолдасбек', 'Жолдасбекке'],
    ['Әлімжан', 'Әлімжанға'],
    ['Серікұлы', 'Серікұлына'],
    ['Нұрбекқызы', 'Нұрбекқызына'],
    ['Кемел', 'Кемелге'],
  ])('Kazakh dative of %s: %s', (word, expected) => {
    expect(kkDative(word)).toBe(expected);
  });

  it('prints the address block name in each language', () => {
    expect(addresseeDative('Иванова Мария Петровна', 'ru', 'F')).toBe('Ивановой М. П.');
    expect(addresseeDative('Иванова Мария Петровна', 'kk', undefined)).toBe('М. П. Ивановаға');
    expect(addresseeDative('Касымов Асхат Болатович', 'ru', 'M')).toBe('Касымову А. Б.');
    expect(addresseeDative('Қасымов Асхат Болатұлы', 'kk', 'M')).toBe('А. Б. Қасымовқа');
    expect(addresseeDative('Nurlan Akhmetov', 'en', 'M')).toBe('Nurlan Akhmetov');
  });

  it('writes the Kazakh date in the form its sentence needs', () => {
    expect(formatLongCalendarDate('2026-03-20', 'kk', 'loc')).toBe('2026 жылғы 20 наурызда');
    expect(formatLongCalendarDate('2026-03-24', 'kk')).toBe('2026 жылғы 24 наурыз');
    expect(formatLongCalendarDate('2026-11-18', 'kk', 'attr')).toBe('2026 жылғы 18 қарашадағы');
    expect(formatLongCalendarDate('2026-09-30', 'kk', 'loc')).toBe('2026 жылғы 30 қыркүйекте');
    expect(formatLongCalendarDate('2026-04-01', 'kk', 'dat')).toBe('2026 жылғы 1 сәуірге');
    expect(formatLongCalendarDate('2026-12-01', 'kk', 'abl')).toBe('2026 жылғы 1 желтоқсаннан');
    expect(formatLongCalendarDate('2026-03-20', 'ru', 'loc')).toBe('20 марта 2026 г.');
  });
});
