import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../../auth/ChangePasswordForm';

/** Settings → own password (every role). */
export function PasswordSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="settings-password">
      <h2 id="settings-password">{t('settings.password.title')}</h2>
      <ChangePasswordForm onChanged={() => {}} />
    </section>
  );
}
