// The subject's details as a form group: opening a request and correcting it (SubjectCard's
// dialog) ask for the same fields with the same checks.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextArea, TextInput } from '../../ui/fields';
import { fieldErrorText } from './form';

export interface SubjectValues {
  name: string;
  iin: string;
  phone: string;
  email: string;
  address: string;
  accountId: string;
}

export const EMPTY_SUBJECT: SubjectValues = {
  name: '',
  iin: '',
  phone: '',
  email: '',
  address: '',
  accountId: '',
};

type IinProps = Partial<Pick<Parameters<typeof TextInput>[0], 'registration' | 'onFocus' | 'extra'>>;

export function SubjectFields<T extends { subject: SubjectValues }>({
  register,
  errors,
  iin,
  autoFocus,
  accountIdHint,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>['subject'];
  /** The IIN field's own handlers (the open form shows what the IIN says while it is typed). */
  iin?: IinProps;
  /** The name field takes the focus when the group opens (in a dialog). */
  autoFocus?: boolean;
  /** Say under the account id where to find it (opening a request). */
  accountIdHint?: boolean;
}) {
  const { t } = useTranslation();
  const reg = register as unknown as UseFormRegister<{ subject: SubjectValues }>;
  const e = errors as FieldErrors<SubjectValues> | undefined;
  return (
    <>
      <TextInput
        className="mr-span-7"
        label={t('request.fields.subjectName')}
        required
        registration={reg('subject.name')}
        error={fieldErrorText(t, e?.name)}
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
      />
      <TextInput
        className="mr-span-5 rq-iin"
        label={t('request.fields.iin')}
        registration={reg('subject.iin')}
        inputMode="numeric"
        error={fieldErrorText(t, e?.iin, 'iin')}
        {...iin}
      />
      <TextInput
        className="mr-span-4"
        label={t('request.fields.phone')}
        registration={reg('subject.phone')}
        error={fieldErrorText(t, e?.phone, 'phone')}
        inputMode="tel"
        autoComplete="off"
      />
      <TextInput
        className="mr-span-4"
        label={t('request.fields.email')}
        registration={reg('subject.email')}
        error={fieldErrorText(t, e?.email, 'email')}
        inputMode="email"
        autoComplete="off"
      />
      <TextInput
        className="mr-span-4"
        label={t('request.fields.accountId')}
        hint={accountIdHint ? t('request.fields.accountIdHint') : undefined}
        registration={reg('subject.accountId')}
        error={fieldErrorText(t, e?.accountId, 'accountId')}
        autoComplete="off"
      />
      <TextArea
        className="mr-span-12"
        label={t('request.fields.address')}
        registration={reg('subject.address')}
        error={fieldErrorText(t, e?.address)}
        rows={2}
      />
    </>
  );
}
