// A dialog that is one small form: its fields, the error the core gave (under them), and the two
// buttons at the foot (go back, do it). Enter in a field submits.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../common/errors';
import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';
import { ErrorMessage } from './ErrorMessage';

export function FormDialog({
  open = true,
  title,
  onClose,
  onSubmit,
  submitLabel,
  backLabel,
  busy,
  danger,
  testId,
  autoFocusSubmit,
  error,
  errorText,
  className,
  children,
}: {
  open?: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: ReactNode;
  /** Defaults to Cancel. */
  backLabel?: string;
  busy?: boolean;
  danger?: boolean;
  /** The submit button's test id. */
  testId?: string;
  /** Focus the submit button on opening instead of a field. */
  autoFocusSubmit?: boolean;
  error?: ErrorPayload | undefined;
  /** The error in a feature's own words (e.g. a refused step naming which); else the kit's. */
  errorText?: (error: ErrorPayload) => string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={onSubmit}
      className={className}
      actions={
        <DialogActions
          backLabel={backLabel ?? t('common.cancel')}
          onBack={onClose}
          submitLabel={submitLabel}
          busy={busy}
          danger={danger}
          testId={testId}
          autoFocus={autoFocusSubmit}
        />
      }
    >
      {children}
      {error && <ErrorMessage error={error} text={errorText?.(error)} />}
    </Dialog>
  );
}
