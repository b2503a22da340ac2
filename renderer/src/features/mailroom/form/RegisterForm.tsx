// The frame both register forms share around their field groups: the number just registered (after
// "save and next"), the form with Enter / Ctrl+Enter, the save error and the action bar.
import { useTranslation } from 'react-i18next';
import type { BaseSyntheticEvent, ReactNode, RefObject } from 'react';
import type { ErrorPayload } from '../../../../../common/errors';
import { RegisteredBanner, SaveError, type Registered } from '../FormNotices';
import { FormActionBar } from './FormActionBar';
import { ctrlEnter } from './useRegisterForm';

interface Props {
  register: 'incoming' | 'outgoing';
  formRef: RefObject<HTMLFormElement | null>;
  /** The number just registered (after "save and next"), and how to dismiss it. */
  banner: { value: Registered | null; close: () => void };
  /** Between the banner and the form (a draft waiting to be restored). */
  notice?: ReactNode;
  /** Save and open the record (Enter), save and start the next letter (Ctrl+Enter). */
  submit: { view: (e?: BaseSyntheticEvent) => Promise<void>; next: () => Promise<void> };
  save: { saving: boolean; apiError: ErrorPayload | undefined };
  /** After the save buttons. */
  actions?: ReactNode;
  children: ReactNode;
}

/** Each form's name for screen readers, and the prefix its test ids start with (`intake-form`…). */
const FORMS = {
  incoming: { testIdPrefix: 'intake', label: 'mailroom.intake.formLabel' },
  outgoing: { testIdPrefix: 'outgoing', label: 'mailroom.outgoing.formLabel' },
} as const;

export function RegisterForm(p: Props) {
  const { t } = useTranslation();
  const { testIdPrefix, label } = FORMS[p.register];
  return (
    <>
      {p.banner.value && (
        <RegisteredBanner register={p.register} banner={p.banner.value} onClose={p.banner.close} />
      )}
      {p.notice}
      <form
        ref={p.formRef}
        className="mr-form"
        noValidate
        onSubmit={(e) => void p.submit.view(e)}
        onKeyDown={ctrlEnter(p.submit.next)}
        aria-label={t(label)}
        data-testid={`${testIdPrefix}-form`}
      >
        {p.children}
        {p.save.apiError && <SaveError error={p.save.apiError} testId={`${testIdPrefix}-error`} />}
        <FormActionBar
          saving={p.save.saving}
          onSaveNext={() => void p.submit.next()}
          testIdPrefix={testIdPrefix}
        >
          {p.actions}
        </FormActionBar>
      </form>
    </>
  );
}
