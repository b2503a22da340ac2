// Marking an outgoing letter sent or returned: when, its tracking number (for registered mail and
// courier; a doubtful number must be confirmed) and a note.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  dateTimeSchema,
  type ConfirmableWarning,
  type OutgoingEntry,
} from '../../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../../common/errors';
import { checkTracking } from '../../../../../common/mailroom/tracking';
import { api, toPayload } from '../../../api/client';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { RegisteredDateInput } from '../../../ui/form';
import { issueText, mailroomErrorText } from '../errors';
import { almatyNowLocal } from '../intake/values';
import { TrackingField } from '../TrackingField';

const statusFormSchema = z.strictObject({
  at: dateTimeSchema,
  trackingNumber: z.string().max(40).optional(),
  note: z.string().max(500).optional(),
});
type StatusForm = z.input<typeof statusFormSchema>;

export function StatusDialog({
  entry,
  to,
  onClose,
  onDone,
}: {
  entry: OutgoingEntry;
  to: 'sent' | 'returned';
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const ids = { at: useId(), note: useId() };
  const bodyRef = useRef<HTMLDivElement>(null);
  const form = useForm<StatusForm>({
    resolver: zodResolver(statusFormSchema),
    defaultValues: { at: almatyNowLocal(), trackingNumber: entry.trackingNumber ?? '', note: '' },
  });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);
  const askTracking = to === 'sent' && (entry.method === 'registered_mail' || entry.method === 'courier');

  const submit = form.handleSubmit(async (v) => {
    if (busy) return;
    const confirm: ConfirmableWarning[] = [];
    const tc = checkTracking(askTracking ? (v.trackingNumber ?? '') : '');
    if (tc.status === 'warning') {
      if (confirmedFor !== tc.normalized) {
        setReveal(true);
        requestAnimationFrame(() =>
          bodyRef.current?.querySelector<HTMLInputElement>('[data-confirm="tracking"]')?.focus(),
        );
        return;
      }
      confirm.push(tc.warning!);
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.call('outgoing.setStatus', {
        id: entry.id,
        status: to,
        at: v.at,
        ...(askTracking && tc.status !== 'empty' ? { trackingNumber: tc.normalized } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(confirm.length ? { confirmWarnings: confirm } : {}),
      });
      onDone();
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  });

  const atError = form.formState.errors.at;
  return (
    <Dialog
      open
      title={to === 'sent' ? t('mailroom.outgoing.markSent') : t('mailroom.outgoing.markReturned')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <DialogActions
          backLabel={t('mailroom.cancel.keep')}
          onBack={onClose}
          submitLabel={t('mailroom.outgoing.saveStatus')}
          busy={busy}
          testId="status-confirm"
        />
      }
    >
      <div ref={bodyRef}>
        <div className="field">
          <label htmlFor={ids.at}>
            {to === 'sent' ? t('mailroom.outgoing.sentAt') : t('mailroom.outgoing.returnedAt')}
          </label>
          <RegisteredDateInput
            id={ids.at}
            kind="datetime"
            data-autofocus
            aria-invalid={Boolean(atError)}
            registration={form.register('at')}
          />
          {atError && (
            <p className="field-error" role="alert">
              {issueText(t, atError.type, atError.message)}
            </p>
          )}
        </div>
        {askTracking && (
          <TrackingField
            label={t('mailroom.fields.trackingNumber')}
            value={tracking}
            registration={form.register('trackingNumber')}
            confirmedFor={confirmedFor}
            onConfirm={setConfirmedFor}
            reveal={reveal}
            testId="status-tracking"
          />
        )}
        <div className="field">
          <label htmlFor={ids.note}>{t('mailroom.outgoing.statusNote')}</label>
          <input id={ids.note} autoComplete="off" {...form.register('note')} />
        </div>
        {error && (
          <div className="alert alert-error" role="alert">
            <p>{mailroomErrorText(t, error)}</p>
          </div>
        )}
      </div>
    </Dialog>
  );
}
