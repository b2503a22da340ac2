// Cancelling a register entry: it keeps its number and stays in the register, marked cancelled
// with the reason (at least 3 characters, as the core requires).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { mailroomErrorText } from './errors';
import { DialogActions } from '../../ui/DialogActions';
import { useAction } from '../../ui/useAction';

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
  const [tooShort, setTooShort] = useState(false);
  const { busy, error, run } = useAction();

  const submit = async () => {
    if (busy) return;
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    const done = await run(async () => {
      await onCancel(reason.trim());
      return true;
    });
    if (done) setReason('');
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
