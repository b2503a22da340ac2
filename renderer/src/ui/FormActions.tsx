// The foot of a form on a page (not in a dialog): do it (submit, disabled while busy) and, when
// the form can be put away, a second button that does so.
import type { ReactNode } from 'react';

export function FormActions({
  submitLabel,
  busy,
  disabled,
  testId,
  cancelLabel,
  onCancel,
}: {
  submitLabel: ReactNode;
  busy?: boolean;
  /** Not allowed now for another reason than being busy. */
  disabled?: boolean;
  testId?: string;
  cancelLabel?: string;
  onCancel?: (() => void) | undefined;
}) {
  return (
    <div className="actions">
      <button
        type="submit"
        className="button button-primary"
        disabled={busy || disabled}
        data-testid={testId}
      >
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
