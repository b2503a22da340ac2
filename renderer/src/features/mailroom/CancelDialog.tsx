// Cancelling a register entry: it keeps its number and stays in the register, marked cancelled
// with the reason (at least 3 characters, as the core requires).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { toPayload } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { mailroomErrorText } from './errors';
import { DialogActions } from '../../ui/DialogActions';

export function CancelDialog({
  open,
  number,
  onClose,
  onCancel,
}: {
  open: boolean;
  number: string;
  onClose: () => void;
  onCancel: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorPayload>();
  const [tooShort, setTooShort] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onCancel(reason.trim());
      setReason('');
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={t('mailroom.cancel.title', { number })}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <DialogActions
          backLabel={t('mailroom.cancel.keep')}
          onBack={onClose}
          submitLabel={t('mailroom.cancel.confirm')}
          busy={busy}
          danger
          testId="cancel-confirm"
        />
      }
    >
      <p>{t('mailroom.cancel.explain')}</p>
      <div className="field">
        <label htmlFor={id}>{t('mailroom.cancel.reason')}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={500}
          value={reason}
          data-autofocus
          aria-invalid={tooShort}
          aria-describedby={tooShort ? errId : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setTooShort(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        {tooShort && (
          <p className="field-error" id={errId} role="alert">
            {t('mailroom.cancel.reasonTooShort')}
          </p>
        )}
      </div>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{mailroomErrorText(t, error)}</p>
        </div>
      )}
    </Dialog>
  );
}
