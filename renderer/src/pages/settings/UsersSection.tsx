// Settings → staff accounts. Administrators create accounts (with a temporary password the person
// changes at first sign-in), reset passwords, disable and enable, change roles. Auditors see the
// list only. The core refuses what a role may not do; the buttons follow the same rule.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES, type Role, type StaffAccount } from '../../../../common/contract';
import {
  passwordSchema,
  roleSchema,
  usernameSchema,
  displayNameSchema,
} from '../../../../common/contract/auth-schemas';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { TextInput } from '../../ui/fields';
import { MIN_PASSWORD_LENGTH } from '../../auth/schemas';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime, formatTime } from '../../format/dates';

type DialogState =
  { kind: 'create' } | { kind: 'reset'; account: StaffAccount } | { kind: 'role'; account: StaffAccount };

/** A temporary password to read out or hand over: no look-alike characters, in groups of four. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

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
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { can, user: me } = useAuth();
  const list = useCall('users.list', {});
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [failure, setFailure] = useState<ErrorPayload>();
  const [notice, setNotice] = useState<string>();
  const mayCreate = can('users.create');
  const mayReset = can('users.resetPassword');
  const mayDisable = can('users.setDisabled');
  const mayRole = can('users.setRole');
  const anyAction = mayReset || mayDisable || mayRole;

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
        {mayCreate && (
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
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="settings-users">
            <thead>
              <tr>
                <th scope="col">{t('settings.users.col.name')}</th>
                <th scope="col">{t('settings.users.col.role')}</th>
                <th scope="col">{t('settings.users.col.status')}</th>
                <th scope="col">{t('settings.users.col.lastLogin')}</th>
                {anyAction && <th scope="col">{t('settings.users.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.map((a) => {
                const status = accountStatus(a, lng, t);
                const self = a.username.toLowerCase() === me?.username.toLowerCase();
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
                        {mayReset && (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('settings.users.resetFor', { name: a.displayName })}
                            onClick={() => setDialog({ kind: 'reset', account: a })}
                          >
                            {t('settings.users.reset')}
                          </button>
                        )}
                        {mayRole && (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('settings.users.roleFor', { name: a.displayName })}
                            onClick={() => setDialog({ kind: 'role', account: a })}
                          >
                            {t('settings.users.changeRole')}
                          </button>
                        )}
                        {mayDisable && (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t(
                              a.disabled ? 'settings.users.enableFor' : 'settings.users.disableFor',
                              {
                                name: a.displayName,
                              },
                            )}
                            onClick={() => void setDisabled(a, !a.disabled)}
                          >
                            {t(a.disabled ? 'settings.users.enable' : 'settings.users.disable')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'create' && (
        <CreateUserDialog
          onClose={() => setDialog(null)}
          onCreated={(a) =>
            done(t('settings.users.createdNotice', { name: a.displayName, username: a.username }))
          }
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          account={dialog.account}
          onClose={() => setDialog(null)}
          onDone={() => done(t('settings.users.resetNotice', { name: dialog.account.displayName }))}
        />
      )}
      {dialog?.kind === 'role' && (
        <RoleDialog
          account={dialog.account}
          onClose={() => setDialog(null)}
          onDone={() => done(t('settings.users.roleNotice', { name: dialog.account.displayName }))}
        />
      )}
    </section>
  );
}

function RoleSelect({
  registration,
  error,
}: {
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.users.role')}</label>
      <select id={id} aria-describedby={hintId} aria-invalid={Boolean(error)} {...registration}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <p className="field-hint" id={hintId}>
        {t('settings.users.roleHint')}
      </p>
    </div>
  );
}

const createSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  password: passwordSchema,
});

function CreateUserDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (a: StaffAccount) => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ErrorPayload>();
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof createSchema>>({
    resolver: zodResolver(createSchema),
    defaultValues: { username: '', displayName: '', role: 'clerk', password: generatePassword() },
  });
  const submit = handleSubmit(async (input) => {
    setFailure(undefined);
    try {
      onCreated(await api.call('users.create', input));
    } catch (e) {
      setFailure(toPayload(e));
    }
  });
  return (
    <Dialog
      open
      title={t('settings.users.createTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('settings.users.createSubmit')}
          </button>
        </>
      }
    >
      <TextInput
        label={t('account.username')}
        hint={t('account.usernameHint')}
        error={errors.username && t('account.errors.username')}
        autoComplete="off"
        autoCapitalize="none"
        data-autofocus
        registration={register('username')}
      />
      <TextInput
        label={t('account.displayName')}
        error={errors.displayName && t('account.errors.displayName')}
        autoComplete="off"
        registration={register('displayName')}
      />
      <RoleSelect registration={register('role')} />
      <TemporaryPassword
        registration={register('password')}
        error={errors.password && t('account.errors.password', { min: MIN_PASSWORD_LENGTH })}
        onGenerate={() => setValue('password', generatePassword(), { shouldValidate: true })}
      />
      {failure && <ErrorMessage error={failure} />}
    </Dialog>
  );
}

function TemporaryPassword({
  registration,
  error,
  onGenerate,
}: {
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  onGenerate: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-with-button">
      <TextInput
        label={t('settings.users.tempPassword')}
        hint={t('settings.users.tempPasswordHint', { min: MIN_PASSWORD_LENGTH })}
        error={error}
        className="input-mono-field"
        autoComplete="off"
        registration={registration}
      />
      <button type="button" className="button" onClick={onGenerate}>
        {t('settings.users.generate')}
      </button>
    </div>
  );
}

const resetSchema = z.strictObject({ password: passwordSchema });

function ResetPasswordDialog({
  account,
  onClose,
  onDone,
}: {
  account: StaffAccount;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ErrorPayload>();
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof resetSchema>>({
    resolver: zodResolver(resetSchema),
    defaultValues: { password: generatePassword() },
  });
  const submit = handleSubmit(async ({ password }) => {
    setFailure(undefined);
    try {
      await api.call('users.resetPassword', { username: account.username, password });
      onDone();
    } catch (e) {
      setFailure(toPayload(e));
    }
  });
  return (
    <Dialog
      open
      title={t('settings.users.resetTitle', { name: account.displayName })}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting} data-autofocus>
            {t('settings.users.resetSubmit')}
          </button>
        </>
      }
    >
      <p>{t('settings.users.resetText')}</p>
      <TemporaryPassword
        registration={register('password')}
        error={errors.password && t('account.errors.password', { min: MIN_PASSWORD_LENGTH })}
        onGenerate={() => setValue('password', generatePassword(), { shouldValidate: true })}
      />
      {failure && <ErrorMessage error={failure} />}
    </Dialog>
  );
}

function RoleDialog({
  account,
  onClose,
  onDone,
}: {
  account: StaffAccount;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ErrorPayload>();
  const { register, handleSubmit, formState } = useForm<{ role: Role }>({
    resolver: zodResolver(z.strictObject({ role: roleSchema })),
    defaultValues: { role: account.role },
  });
  const submit = handleSubmit(async ({ role }) => {
    setFailure(undefined);
    try {
      await api.call('users.setRole', { username: account.username, role });
      onDone();
    } catch (e) {
      setFailure(toPayload(e));
    }
  });
  return (
    <Dialog
      open
      title={t('settings.users.roleTitle', { name: account.displayName })}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={formState.isSubmitting}
            data-autofocus
          >
            {t('common.save')}
          </button>
        </>
      }
    >
      <RoleSelect registration={register('role')} />
      <p className="muted">{t('settings.users.roleSignsOut')}</p>
      {failure && <ErrorMessage error={failure} />}
    </Dialog>
  );
}
