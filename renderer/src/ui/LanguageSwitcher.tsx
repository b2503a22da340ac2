// The compact language switcher (sidebar). Settings has the full selector; both change the same
// i18next language, which is remembered in localStorage.
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage, setLanguage } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div
      className="lang-switch"
      role="group"
      aria-label={t('settings.language.title')}
      data-lang={i18n.language}
    >
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch-button"
          aria-pressed={active === lng}
          aria-label={LANGUAGE_NAMES[lng].name}
          title={LANGUAGE_NAMES[lng].name}
          onClick={() => void setLanguage(lng)}
        >
          {LANGUAGE_NAMES[lng].short}
        </button>
      ))}
    </div>
  );
}
