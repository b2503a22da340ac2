// Settings → staff accounts. Administrators create accounts (with a temporary password the person
// changes at first sign-in), reset passwords, disable and enable, change roles. Auditors see the
// list only. The core refuses what a role may not do; the buttons follow the same rule.
import { HeadTable } from '../../app/HeadTable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SmallButton } from '../../ui/SmallButton';
import { formatDateTime, formatTime } from '../../format/dates';
import { CreateUserDialog, ResetPasswordDialog, RoleDialog } from './UserDialogs';

type DialogState =
  { kind: 'create' } | { kind: 'reset'; account: StaffAccount } | { kind: 'role'; account: StaffAccount };

function accountStatus(a: StaffAccount, lng: string, t: (k: string, o?: Record<string, unknown>) => string) {
  if (a.disabled) return { tone: 'bad', text: t('settings.users.status.disabled') };
  if (a.lockedUntil && new Date(a.lockedUntil) > new Date())
    return {
      tone: 'warn',
      text: t('settings.users.status.lockedUntil', { time: formatTime(a.lockedUntil, lng) }),
    };
  if (a.mustChangePassword) return { tone: 'idle', text: t('settings.users.status.mustChange') };
  return { tone: 'ok', text: t('settings.users.status.active') };
}

export function UsersSection() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useCall('users.list', {});
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [failure, setFailure] = useState<ErrorPayload>();
  const [notice, setNotice] = useState<string>();

  const done = (text: string) => {
    setDialog(null);
    setFailure(undefined);
    setNotice(text);
    list.reload();
  };

  const setDisabled = async (a: StaffAccount, disabled: boolean) => {
    setFailure(undefined);
    setNotice(undefined);
    try {
      await api.call('users.setDisabled', { username: a.username, disabled });
      done(
        t(disabled ? 'settings.users.disabledNotice' : 'settings.users.enabledNotice', {
          name: a.displayName,
        }),
      );
    } catch (e) {
      setFailure(toPayload(e));
    }
  };

  return (
    <section className="card" aria-labelledby="settings-users" data-testid="users-section">
      <div className="card-title-row">
        <h2 id="settings-users">{t('settings.users.title')}</h2>
        {can('users.create') && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(undefined);
              setDialog({ kind: 'create' });
            }}
          >
            {t('settings.users.create')}
          </button>
        )}
      </div>
      <p className="muted">{t('settings.users.lead')}</p>
      {list.error && <ErrorMessage error={list.error} />}
      {failure && <ErrorMessage error={failure} />}
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      {list.data && (
        <UsersTable
          accounts={list.data}
          onDialog={setDialog}
          onSetDisabled={(a, d) => void setDisabled(a, d)}
        />
      )}
      {dialog && <UserDialog dialog={dialog} onClose={() => setDialog(null)} done={done} />}
    </section>
  );
}

function UsersTable({
  accounts,
  onDialog,
  onSetDisabled,
}: {
  accounts: readonly StaffAccount[];
  onDialog: (d: DialogState) => void;
  onSetDisabled: (a: StaffAccount, disabled: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { can, user: me } = useAuth();
  const may = {
    reset: can('users.resetPassword'),
    role: can('users.setRole'),
    disable: can('users.setDisabled'),
  };
  const anyAction = may.reset || may.disable || may.role;
  const cols = ['name', 'role', 'status', 'lastLogin', ...(anyAction ? ['actions'] : [])];
  return (
    <HeadTable
      className="data-table"
      aria-labelledby="settings-users"
      head={cols.map((c) => t(`settings.users.col.${c}`))}
    >
      {accounts.map((a) => {
        const status = accountStatus(a, lng, t);
        const self = a.username.toLowerCase() === me?.username.toLowerCase();
        const name = { name: a.displayName };
        return (
          <tr key={a.username} data-username={a.username}>
            <td>
              <span className="cell-main">{a.displayName}</span>
              <span className="cell-sub">
                {a.username}
                {self && ` · ${t('settings.users.you')}`}
              </span>
            </td>
            <td>{t(`roles.${a.role}`)}</td>
            <td>
              <span className={`pill pill-${status.tone}`}>{status.text}</span>
            </td>
            <td>{a.lastLoginAt ? formatDateTime(a.lastLoginAt, lng) : t('settings.users.never')}</td>
            {anyAction && (
              <td className="cell-actions">
                {may.reset && (
                  <SmallButton
                    label={t('settings.users.reset')}
                    ariaLabel={t('settings.users.resetFor', name)}
                    onClick={() => onDialog({ kind: 'reset', account: a })}
                  />
                )}
                {may.role && (
                  <SmallButton
                    label={t('settings.users.changeRole')}
                    ariaLabel={t('settings.users.roleFor', name)}
                    onClick={() => onDialog({ kind: 'role', account: a })}
                  />
                )}
                {may.disable && (
                  <SmallButton
                    label={t(a.disabled ? 'settings.users.enable' : 'settings.users.disable')}
                    ariaLabel={t(a.disabled ? 'settings.users.enableFor' : 'settings.users.disableFor', name)}
                    onClick={() => onSetDisabled(a, !a.disabled)}
                  />
                )}
              </td>
            )}
          </tr>
        );
      })}
    </HeadTable>
  );
}

function UserDialog({
  dialog,
  onClose,
  done,
}: {
  dialog: DialogState;
  onClose: () => void;
  done: (notice: string) => void;
}) {
  const { t } = useTranslation();
  if (dialog.kind === 'create')
    return (
      <CreateUserDialog
        onClose={onClose}
        onCreated={(a) =>
          done(t('settings.users.createdNotice', { name: a.displayName, username: a.username }))
        }
      />
    );
  const name = { name: dialog.account.displayName };
  if (dialog.kind === 'reset')
    return (
      <ResetPasswordDialog
        account={dialog.account}
        onClose={onClose}
        onDone={() => done(t('settings.users.resetNotice', name))}
      />
    );
  return (
    <RoleDialog
      account={dialog.account}
      onClose={onClose}
      onDone={() => done(t('settings.users.roleNotice', name))}
    />
  );
}
