// The administrator's dialogs on the staff accounts screen: create an account, reset a password,
// change a role; and the temporary password they hand over.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type FieldValues,
  type UseFormHandleSubmit,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES, type Role, type StaffAccount } from '../../../../common/contract';
import {
  passwordSchema,
  roleSchema,
  usernameSchema,
  displayNameSchema,
} from '../../../../common/contract/auth-schemas';
import { api } from '../../api/client';
import { UsernameInput } from '../../auth/NewPasswordFields';
import { MIN_PASSWORD_LENGTH } from '../../auth/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { SelectInput, TextInput } from '../../ui/form';
import { useAction } from '../../ui/useAction';

/** A temporary password to read out or hand over: no look-alike characters, in groups of four. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

function RoleSelect({ registration }: { registration: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  return (
    <SelectInput
      label={t('settings.users.role')}
      hint={t('settings.users.roleHint')}
      options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      registration={registration}
    />
  );
}

/** A dialog's busy state, error and submit for one form sent to the core by `send`. */
function useSubmit<V extends FieldValues>(
  handleSubmit: UseFormHandleSubmit<V>,
  send: (v: V) => Promise<unknown>,
) {
  const { busy, error, run } = useAction();
  const submit = handleSubmit((values) => run(() => send(values)));
  return { busy, error, onSubmit: () => void submit() };
}

/** A dialog about one account: done once the core accepted the change. */
interface AccountDialogProps {
  account: StaffAccount;
  onClose: () => void;
  onDone: () => void;
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
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<z.input<typeof createSchema>>({
    resolver: zodResolver(createSchema),
    defaultValues: { username: '', displayName: '', role: 'clerk', password: generatePassword() },
  });
  const dialog = useSubmit(handleSubmit, async (input) => onCreated(await api.call('users.create', input)));
  return (
    <FormDialog
      title={t('settings.users.createTitle')}
      onClose={onClose}
      submitLabel={t('settings.users.createSubmit')}
      {...dialog}
    >
      <UsernameInput
        hint={t('account.usernameHint')}
        error={errors.username && t('account.errors.username')}
        autoComplete="off"
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
    </FormDialog>
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

export function ResetPasswordDialog({ account, onClose, onDone }: AccountDialogProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<z.input<typeof resetSchema>>({
    resolver: zodResolver(resetSchema),
    defaultValues: { password: generatePassword() },
  });
  const dialog = useSubmit(handleSubmit, async ({ password }) => {
    await api.call('users.resetPassword', { username: account.username, password });
    onDone();
  });
  return (
    <FormDialog
      title={t('settings.users.resetTitle', { name: account.displayName })}
      onClose={onClose}
      submitLabel={t('settings.users.resetSubmit')}
      autoFocusSubmit
      {...dialog}
    >
      <p>{t('settings.users.resetText')}</p>
      <TemporaryPassword
        registration={register('password')}
        error={errors.password && t('account.errors.password', { min: MIN_PASSWORD_LENGTH })}
        onGenerate={() => setValue('password', generatePassword(), { shouldValidate: true })}
      />
    </FormDialog>
  );
}

export function RoleDialog({ account, onClose, onDone }: AccountDialogProps) {
  const { t } = useTranslation();
  const { register, handleSubmit } = useForm<{ role: Role }>({
    resolver: zodResolver(z.strictObject({ role: roleSchema })),
    defaultValues: { role: account.role },
  });
  const dialog = useSubmit(handleSubmit, async ({ role }) => {
    await api.call('users.setRole', { username: account.username, role });
    onDone();
  });
  return (
    <FormDialog
      title={t('settings.users.roleTitle', { name: account.displayName })}
      onClose={onClose}
      submitLabel={t('common.save')}
      autoFocusSubmit
      {...dialog}
    >
      <RoleSelect registration={register('role')} />
      <p className="muted">{t('settings.users.roleSignsOut')}</p>
    </FormDialog>
  );
}
