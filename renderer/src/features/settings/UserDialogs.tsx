// The administrator's dialogs on the staff accounts screen: create an account, reset a password,
// change a role; and the temporary password they hand over.
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
import { TextInput } from '../../ui/fields';
import { MIN_PASSWORD_LENGTH } from '../../auth/schemas';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** A temporary password to read out or hand over: no look-alike characters, in groups of four. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
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

export function CreateUserDialog({
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

export function ResetPasswordDialog({
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

export function RoleDialog({
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
