// After the administrator set a temporary password: the person chooses their own before anything else.
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../common/contract';
import { Screen } from '../app/screens/Screen';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordScreen({
  user,
  onChanged,
  onSignOut,
}: {
  user: SessionUser;
  onChanged: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Screen testId="screen-change-password">
      <section className="card screen-card signin-card" aria-labelledby="chpw-title">
        <h1 id="chpw-title">{t('changePassword.title')}</h1>
        <p>{t('changePassword.text', { name: user.displayName })}</p>
        <ChangePasswordForm onChanged={onChanged} currentLabel={t('changePassword.temporary')}>
          <button type="button" className="button button-quiet" onClick={onSignOut}>
            {t('lockScreen.signOut')}
          </button>
        </ChangePasswordForm>
      </section>
    </Screen>
  );
}
