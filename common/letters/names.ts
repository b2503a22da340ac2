// Personal names in letters: the salutation («Уважаемая Мария Петровна!», «Құрметті Айгерім
// Серікқызы!») and the addressee block, which names the person in the dative («Ивановой М. П.»,
// «М. П. Ивановаға»). Names are written surname, first name, patronymic — the order of the
// identity card and of the registers.
//
// The declension covers the endings of most surnames in Kazakhstan (-ов/-ева/-ин/-ский, Kazakh
// -ұлы/-қызы, indeclinable -о/-ко/-их/-и, consonant endings). For anything else (a male surname in
// -а or -я, a name in Latin letters, a two-word name whose surname cannot be told) it returns null
// and the letter asks the officer for the dative form instead of printing a wrong one: a misdeclined
// name in the address is worse than a question.

export type Gender = 'M' | 'F';

export interface NameParts {
  surname: string;
  first: string;
  patronymic: string;
}

const words = (full: string) => full.trim().split(/\s+/).filter(Boolean);

/** Surname, first name and patronymic, when the name has exactly these three words. */
export function splitName(full: string): NameParts | null {
  const w = words(full);
  if (w.length !== 3) return null;
  return { surname: w[0]!, first: w[1]!, patronymic: w[2]! };
}

/** The sex a patronymic shows: -вич/-ич, -ұлы/-улы are a man's; -вна/-чна, -қызы/-кызы a woman's. */
export function genderFromPatronymic(full: string): Gender | undefined {
  const p = splitName(full)?.patronymic.toLowerCase();
  if (!p) return undefined;
  if (/(вич|ич|ұлы|улы|оглы|уулу)$/.test(p)) return 'M';
  if (/(вна|чна|шна|қызы|кызы|гызы)$/.test(p)) return 'F';
  return undefined;
}

/** How the salutation names a person: first name and patronymic, else the name as written. */
export function salutationName(full: string): string {
  const n = splitName(full);
  return n ? `${n.first} ${n.patronymic}` : words(full).join(' ');
}

/** «М. П.» */
export function initials(n: NameParts): string {
  return `${n.first.charAt(0)}. ${n.patronymic.charAt(0)}.`;
}

const RU_INDECLINABLE = /(о|е|ё|и|ы|у|ю|э|ых|их|ұлы|улы|қызы|кызы|уулу)$/;
const RU_CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;

/** A Russian-form surname in the dative, or null when the ending is not one handled safely. */
export function ruSurnameDative(surname: string, gender: Gender): string | null {
  const s = surname;
  const low = s.toLowerCase();
  if (!/^[\p{Script=Cyrillic}-]+$/u.test(s)) return null;
  if (RU_INDECLINABLE.test(low)) return s;
  if (gender === 'M') {
    if (/(ов|ев|ёв|ин|ын)$/.test(low)) return `${s}у`;
    if (/(ский|цкий|ой|ый)$/.test(low)) return `${s.slice(0, -2)}ому`;
    if (/[аеёиоуыэюя]й$/.test(low) && !/ий$/.test(low)) return `${s.slice(0, -1)}ю`;
    if (/ь$/.test(low)) return `${s.slice(0, -1)}ю`;
    if (RU_CONSONANT.test(low)) return `${s}у`;
    return null;
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(low)) return `${s.slice(0, -1)}ой`;
  if (/(ская|цкая|ая)$/.test(low)) return `${s.slice(0, -2)}ой`;
  // A woman's surname ending in a consonant (Ким, Абдрахман) does not decline.
  if (RU_CONSONANT.test(low) || /[ьй]$/.test(low)) return s;
  return null;
}

const KK_VOWELS = 'аәеиоөұүыіэюяё';
const KK_BACK = 'аоұыяюёу';
const KK_VOICELESS = 'бвгдкқпстфхһцчшщ';

/**
 * The Kazakh dative ending of a word: -ға/-ге after a vowel or a voiced consonant, -қа/-ке after a
 * voiceless one (final б, в, г, д are pronounced voiceless: Қасымовқа), -на/-не after the
 * possessive -ұлы/-қызы (Серікұлына). Back or front by the last vowel; «и» follows the vowel before it.
 */
export function kkDative(word: string): string | null {
  const low = word.toLowerCase();
  if (!/^[\p{Script=Cyrillic}-]+$/u.test(word)) return null;
  if (/(ұлы|улы|қызы|кызы)$/.test(low)) return `${word}на`;
  const vowels = [...low].filter((c) => KK_VOWELS.includes(c) && c !== 'и');
  const harmonyVowel = vowels.at(-1) ?? 'и';
  const back = KK_BACK.includes(harmonyVowel);
  const last = [...low.replace(/[ьъ]+$/, '')].at(-1);
  if (!last) return null;
  const voiceless = KK_VOICELESS.includes(last);
  return `${word}${voiceless ? (back ? 'қа' : 'ке') : back ? 'ға' : 'ге'}`;
}

/**
 * The addressee's name as the address block prints it: Russian «Ивановой М. П.», Kazakh
 * «М. П. Ивановаға», English as written. Null when it cannot be declined safely (ask instead).
 */
export function addresseeDative(
  full: string,
  lang: 'kk' | 'ru' | 'en',
  gender: Gender | undefined,
): string | null {
  const n = splitName(full);
  if (lang === 'en') return words(full).join(' ');
  if (lang === 'kk') {
    if (n) {
      const d = kkDative(n.surname);
      return d ? `${initials(n)} ${d}` : null;
    }
    const w = words(full);
    const d = kkDative(w.at(-1) ?? '');
    return d ? [...w.slice(0, -1), d].join(' ') : null;
  }
  if (!n || !gender) return null;
  const d = ruSurnameDative(n.surname, gender);
  return d ? `${d} ${initials(n)}` : null;
}
