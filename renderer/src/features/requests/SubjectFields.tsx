// The subject's details as a form group: opening a request and correcting it (SubjectCard's
// dialog) ask for the same fields with the same checks.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextArea, TextInput } from '../../ui/fields';
import { useFieldProps } from './bind';

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
  const field = useFieldProps(
    register as unknown as UseFormRegister<{ subject: SubjectValues }>,
    { subject: errors } as FieldErrors<{ subject: SubjectValues }>,
  );
  return (
    <>
      <TextInput
        {...field('subject.name', 'request.fields.subjectName', 'mr-span-7')}
        required
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
      />
      <TextInput
        {...field('subject.iin', 'request.fields.iin', 'mr-span-5 rq-iin')}
        inputMode="numeric"
        {...iin}
      />
      <TextInput
        {...field('subject.phone', 'request.fields.phone', 'mr-span-4')}
        inputMode="tel"
        autoComplete="off"
      />
      <TextInput
        {...field('subject.email', 'request.fields.email', 'mr-span-4')}
        inputMode="email"
        autoComplete="off"
      />
      <TextInput
        {...field('subject.accountId', 'request.fields.accountId', 'mr-span-4')}
        hint={accountIdHint ? t('request.fields.accountIdHint') : undefined}
        autoComplete="off"
      />
      <TextArea {...field('subject.address', 'request.fields.address', 'mr-span-12')} rows={2} />
    </>
  );
}
