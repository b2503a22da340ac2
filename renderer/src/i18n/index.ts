// i18next setup: Kazakh, Russian and English, bundled (the app is offline), switchable at runtime,
// remembered in localStorage, and mirrored to <html lang> and the window title.
//
// Key conventions (see also tests/unit/i18n.test.ts, which enforces them):
// - one flat-ish tree per area: common.*, nav.*, app.*, setup.*, recovery.*, errorScreen.*,
//   layout.*, status.*, shortcuts.*, pages.<pageId>.*, settings.*, about.*, dates.*, errors.<CODE>;
// - every key exists in kk, ru and en, none empty;
// - errors.<CODE> for every error code that can reach the renderer;
// - plurals use i18next suffixes (_one, _few, _many, _other) as each language needs them.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ru';
export const LANGUAGE_STORAGE_KEY = 'privacy-desk.lang';

/** Each language's own name (endonym) and a short tag: shown as is in every interface language. */
export const LANGUAGE_NAMES: Record<Language, { name: string; short: string }> = {
  kk: { name: 'Қазақша', short: 'ҚАЗ' },
  ru: { name: 'Русский', short: 'РУС' },
  en: { name: 'English', short: 'ENG' },
};

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

function storedLanguage(): Language {
  try {
    const v = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(v) ? v : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function reflect(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.title');
}

export function initI18n(): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  i18n.on('languageChanged', (lng) => {
    reflect(lng);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
      if (signedIn) window.localStorage.setItem(userLanguageKey(signedIn), lng);
    } catch {
      // private mode or storage disabled: the choice lasts for this session only
    }
  });
  reflect(i18n.language);
  return i18n;
}

// The interface language is each staff member's own on a shared office PC: the computer's last
// choice shows the sign-in screen; once someone signs in, their own choice comes back, and what they
// pick is remembered for them.
let signedIn: string | null = null;
const userLanguageKey = (username: string) => `${LANGUAGE_STORAGE_KEY}.user.${username}`;

/** Called on sign-in (a username) and sign-out (null). */
export function languageForUser(username: string | null): void {
  signedIn = username;
  if (!username) return;
  try {
    const own = window.localStorage.getItem(userLanguageKey(username));
    if (isLanguage(own) && own !== i18n.language) void i18n.changeLanguage(own);
    else if (!isLanguage(own)) window.localStorage.setItem(userLanguageKey(username), currentLanguage());
  } catch {
    // storage disabled: the language stays the computer's
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export function setLanguage(lng: Language): Promise<unknown> {
  return i18n.changeLanguage(lng);
}

export { i18n };
