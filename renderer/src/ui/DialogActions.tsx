// The two buttons at the foot of a dialog with a form: go back (type=button) and do it (submit,
// disabled while busy).
import type { ReactNode } from 'react';

export function DialogActions({
  backLabel,
  onBack,
  submitLabel,
  busy,
  danger,
  testId,
  autoFocus,
}: {
  backLabel: string;
  onBack: () => void;
  submitLabel: ReactNode;
  busy?: boolean;
  /** A step that cannot be undone (cancelling an entry): the red button. */
  danger?: boolean;
  testId?: string;
  /** Focus the submit button on opening (a dialog whose one choice is preset). */
  autoFocus?: boolean;
}) {
  return (
    <>
      <button type="button" className="button" onClick={onBack}>
        {backLabel}
      </button>
      <button
        type="submit"
        className={danger ? 'button mr-button-danger' : 'button button-primary'}
        disabled={busy}
        data-testid={testId}
        data-autofocus={autoFocus || undefined}
      >
        {submitLabel}
      </button>
    </>
  );
}
