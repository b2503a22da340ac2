// After the administrator set a temporary password: the person chooses their own before anything else.
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../common/contract';
import { ScreenCard } from '../app/screens/Screen';
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
    <ScreenCard testId="screen-change-password" titleId="chpw-title" title={t('changePassword.title')} narrow>
      <p>{t('changePassword.text', { name: user.displayName })}</p>
      <ChangePasswordForm onChanged={onChanged} currentLabel={t('changePassword.temporary')}>
        <button type="button" className="button button-quiet" onClick={onSignOut}>
          {t('lockScreen.signOut')}
        </button>
      </ChangePasswordForm>
    </ScreenCard>
  );
}
