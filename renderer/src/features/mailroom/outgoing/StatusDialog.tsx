// Marking an outgoing letter sent or returned: when, its tracking number (for registered mail and
// courier; a doubtful number must be confirmed) and a note.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  dateTimeSchema,
  type ConfirmableWarning,
  type OutgoingEntry,
} from '../../../../../common/contract/mailroom';
import { checkTracking } from '../../../../../common/mailroom/tracking';
import { api } from '../../../api/client';
import { FreeTextInput, TextInput } from '../../../ui/form';
import { FormDialog } from '../../../ui/FormDialog';
import { useAction } from '../../../ui/useAction';
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
  const bodyRef = useRef<HTMLDivElement>(null);
  const form = useForm<StatusForm>({
    resolver: zodResolver(statusFormSchema),
    defaultValues: { at: almatyNowLocal(), trackingNumber: entry.trackingNumber ?? '', note: '' },
  });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const { busy, error, run } = useAction();
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
    const done = await run(async () => {
      await api.call('outgoing.setStatus', {
        id: entry.id,
        status: to,
        at: v.at,
        ...(askTracking && tc.status !== 'empty' ? { trackingNumber: tc.normalized } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(confirm.length ? { confirmWarnings: confirm } : {}),
      });
      return true;
    });
    if (done) onDone();
  });

  const atError = form.formState.errors.at;
  return (
    <FormDialog
      title={to === 'sent' ? t('mailroom.outgoing.markSent') : t('mailroom.outgoing.markReturned')}
      onClose={onClose}
      onSubmit={() => void submit()}
      backLabel={t('mailroom.cancel.keep')}
      submitLabel={t('mailroom.outgoing.saveStatus')}
      busy={busy}
      testId="status-confirm"
      error={error}
      errorText={(e) => mailroomErrorText(t, e)}
    >
      <div ref={bodyRef}>
        <TextInput
          label={to === 'sent' ? t('mailroom.outgoing.sentAt') : t('mailroom.outgoing.returnedAt')}
          type="datetime-local"
          data-autofocus
          error={atError && issueText(t, atError.type, atError.message)}
          registration={form.register('at')}
        />
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
        <FreeTextInput label={t('mailroom.outgoing.statusNote')} registration={form.register('note')} />
      </div>
    </FormDialog>
  );
}
