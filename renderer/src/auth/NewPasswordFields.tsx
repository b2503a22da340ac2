// A new password typed twice, with the length rule as its hint: first-run setup and changing
// one's own password ask for it the same way; and the username input of sign-in and new accounts.
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextInput } from '../ui/form';
import { MIN_PASSWORD_LENGTH } from './schemas';

export function NewPasswordFields({
  label,
  password,
  confirm,
  passwordInvalid,
  confirmInvalid,
}: {
  label: string;
  password: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
  passwordInvalid: boolean;
  confirmInvalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={label}
        hint={t('account.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        error={passwordInvalid ? t('account.errors.password', { min: MIN_PASSWORD_LENGTH }) : undefined}
        type="password"
        autoComplete="new-password"
        registration={password}
      />
      <TextInput
        label={t('account.confirmPassword')}
        error={confirmInvalid ? t('account.errors.confirmPassword') : undefined}
        type="password"
        autoComplete="new-password"
        registration={confirm}
      />
    </>
  );
}

/** The name a person signs in with: typed as is, never capitalised. */
export function UsernameInput(props: Omit<Parameters<typeof TextInput>[0], 'label' | 'autoCapitalize'>) {
  const { t } = useTranslation();
  return <TextInput label={t('account.username')} autoCapitalize="none" {...props} />;
}
