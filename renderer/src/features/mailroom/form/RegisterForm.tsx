// The frame both register forms share around their field groups: the number just registered (after
// "save and next"), the form with Enter / Ctrl+Enter, the save error and the action bar.
import type { BaseSyntheticEvent, ReactNode, RefObject } from 'react';
import type { ErrorPayload } from '../../../../../common/errors';
import { RegisteredBanner, SaveError, type Registered } from '../FormNotices';
import { FormActionBar } from './FormActionBar';
import { ctrlEnter } from './useRegisterForm';

interface Props {
  register: 'incoming' | 'outgoing';
  /** The form's test ids start with it: `${testIdPrefix}-form`, `-error`, `-save`… */
  testIdPrefix: string;
  label: string;
  formRef: RefObject<HTMLFormElement | null>;
  banner: Registered | null;
  onCloseBanner: () => void;
  /** Between the banner and the form (a draft waiting to be restored). */
  notice?: ReactNode;
  submitView: (e?: BaseSyntheticEvent) => Promise<void>;
  submitNext: () => Promise<void>;
  saving: boolean;
  apiError: ErrorPayload | undefined;
  /** After the save buttons. */
  actions?: ReactNode;
  children: ReactNode;
}

export function RegisterForm(p: Props) {
  return (
    <>
      {p.banner && <RegisteredBanner register={p.register} banner={p.banner} onClose={p.onCloseBanner} />}
      {p.notice}
      <form
        ref={p.formRef}
        className="mr-form"
        noValidate
        onSubmit={(e) => void p.submitView(e)}
        onKeyDown={ctrlEnter(p.submitNext)}
        aria-label={p.label}
        data-testid={`${p.testIdPrefix}-form`}
      >
        {p.children}
        {p.apiError && <SaveError error={p.apiError} testId={`${p.testIdPrefix}-error`} />}
        <FormActionBar saving={p.saving} onSaveNext={() => void p.submitNext()} testIdPrefix={p.testIdPrefix}>
          {p.actions}
        </FormActionBar>
      </form>
    </>
  );
}
