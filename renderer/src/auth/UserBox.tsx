// The sidebar's bottom: who is signed in (name and role), lock now, sign out.
import { useTranslation } from 'react-i18next';
import { useAuth } from './context';

export function UserBox() {
  const { t } = useTranslation();
  const { user, lock, signOut } = useAuth();
  if (!user) return null;
  return (
    <div className="user-box" data-testid="signed-in-user">
      <p className="user-box-who">
        <span className="user-box-name">{user.displayName}</span>
        <span className="user-box-role">
          {t(`roles.${user.role}`)} · {user.username}
        </span>
      </p>
      <div className="user-box-actions">
        <button type="button" className="button button-quiet" onClick={lock}>
          {t('lockScreen.lockNow')}
        </button>
        <button type="button" className="button button-quiet" onClick={signOut}>
          {t('lockScreen.signOut')}
        </button>
      </div>
    </div>
  );
}
