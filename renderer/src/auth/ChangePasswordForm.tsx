// Changing one's own password: the current one, the new one twice. Used in Settings and, for a
// temporary password set by the administrator, before anything else after signing in.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../common/errors';
import { api, toPayload } from '../api/client';
import { ErrorMessage } from '../ui/ErrorMessage';
import { TextInput } from '../ui/form';
import { SubmitRow } from '../ui/SubmitButton';
import { NewPasswordFields } from './NewPasswordFields';
import { changePasswordFormSchema, type ChangePasswordForm as Values } from './schemas';

export function ChangePasswordForm({
  onChanged,
  currentLabel,
  children,
}: {
  onChanged: () => void;
  /** "Temporary password" on the forced screen. */
  currentLabel?: string;
  /** Extra buttons beside the submit button. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ErrorPayload>();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(changePasswordFormSchema),
    defaultValues: { current: '', password: '', confirmPassword: '' },
  });

  const submit = handleSubmit(async ({ current, password }) => {
    setFailure(undefined);
    setDone(false);
    try {
      await api.call('auth.changePassword', { current, next: password });
      reset();
      setDone(true);
      onChanged();
    } catch (e) {
      const p = toPayload(e);
      // A wrong current password is a form error here, not a sign-in failure.
      setFailure(
        p.code === 'AUTH_FAILED' ? { code: p.code, messageKey: 'settings.password.wrongCurrent' } : p,
      );
    }
  });

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <TextInput
        label={currentLabel ?? t('settings.password.current')}
        error={errors.current && t('account.errors.current')}
        type="password"
        autoComplete="current-password"
        registration={register('current')}
      />
      <NewPasswordFields
        label={t('settings.password.next')}
        password={register('password')}
        confirm={register('confirmPassword')}
        passwordInvalid={Boolean(errors.password)}
        confirmInvalid={Boolean(errors.confirmPassword)}
      />
      {done && (
        <p className="alert alert-ok" role="status">
          {t('settings.password.changed')}
        </p>
      )}
      <SubmitRow
        failure={failure && <ErrorMessage error={failure} />}
        busy={isSubmitting}
        label={t('settings.password.submit')}
      >
        {children}
      </SubmitRow>
    </form>
  );
}
