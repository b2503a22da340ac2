// Marking a reply letter sent: when it left (Almaty time), how, and the tracking number — checked
// as a UPU S10 number as it is typed (the mailroom's tracking field); a wrong check digit or another
// format must be confirmed before the register accepts it. Registered mail needs a number.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LetterInfo } from '../../../../common/contract/letters';
import type { ErrorPayload } from '../../../../common/errors';
import { SEND_METHODS, type SendMethod } from '../../../../common/letters/kinds';
import { checkTracking } from '../../../../common/mailroom/tracking';
import { api, toPayload } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { almatyDay, formatTime } from '../../format/dates';
import { TrackingField } from '../mailroom';
import { CHANNEL_KEYS } from '../mailroom';
import { SelectInput, TextInput } from '../../ui/fields';
import { almatyLocalToIso, coreIssues } from '../requests';

interface SentForm {
  at: string;
  method: SendMethod;
  trackingNumber: string;
}

function nowLocal(): string {
  const now = new Date();
  return `${almatyDay(now)}T${formatTime(now, 'ru').slice(0, 5)}`;
}

/** The form and its saving: the tracking number checked first, then letters.markSent. */
function useMarkSent(letter: LetterInfo, onSent: () => void) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorPayload>();
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const method0 = (SEND_METHODS as readonly string[]).includes(letter.method)
    ? (letter.method as SendMethod)
    : 'registered_mail';
  const form = useForm<SentForm>({
    defaultValues: { at: nowLocal(), method: method0, trackingNumber: '' },
  });
  const { handleSubmit, setError: setFieldError, clearErrors } = form;

  const save = handleSubmit(async (v) => {
    setError(undefined);
    clearErrors();
    const check = checkTracking(v.trackingNumber);
    if (v.method === 'registered_mail' && check.status === 'empty') {
      setFieldError(
        'trackingNumber',
        { type: 'required', message: t('requestLetters.trackingRequired') },
        { shouldFocus: true },
      );
      return;
    }
    const warning = check.status === 'warning' ? check.warning : undefined;
    if (warning && confirmedFor !== check.normalized) {
      setReveal(true);
      setFieldError(
        'trackingNumber',
        { type: 'confirm', message: t('mailroom.tracking.confirmFirst') },
        { shouldFocus: true },
      );
      return;
    }
    try {
      await api.call('letters.markSent', {
        letterId: letter.id,
        at: almatyLocalToIso(v.at),
        method: v.method,
        trackingNumber: check.status === 'empty' ? undefined : check.normalized,
        confirmWarnings: warning ? [warning] : undefined,
      });
      onSent();
    } catch (e) {
      const p = toPayload(e);
      for (const i of coreIssues(p)) {
        if (i.path === 'trackingNumber')
          setFieldError('trackingNumber', {
            type: i.code,
            message:
              i.code === 'tracking_required'
                ? t('requestLetters.trackingRequired')
                : t('mailroom.tracking.confirmFirst'),
          });
      }
      setError(p);
    }
  });
  const confirm = (n: string | null) => {
    setConfirmedFor(n);
    clearErrors('trackingNumber');
  };
  return { form, save, error, confirmedFor, confirm, reveal };
}

/** `onSent` runs once the register recorded the sending (the dialog is then closed by its owner). */
export function MarkSentDialog(props: { letter: LetterInfo; onClose: () => void; onSent: () => void }) {
  const { letter, onClose, onSent } = props;
  const { t } = useTranslation();
  const { form, save, error, confirmedFor, confirm, reveal } = useMarkSent(letter, onSent);
  const { register, control, formState } = form;
  const method = useWatch({ control, name: 'method' });
  const tracking = useWatch({ control, name: 'trackingNumber' });
  const trackingError = formState.errors.trackingNumber?.message;

  return (
    <FormDialog
      title={t('requestLetters.markSentTitle', { number: letter.outgoingNo })}
      onClose={onClose}
      onSubmit={() => void save()}
      submitLabel={t('requestLetters.markSent')}
      busy={formState.isSubmitting}
      testId="mark-sent-confirm"
      error={error}
    >
      <div className="mr-grid">
        <TextInput
          className="mr-span-6"
          type="datetime-local"
          label={t('requestLetters.sentAt')}
          registration={register('at')}
          data-autofocus
        />
        <SelectInput
          className="mr-span-6"
          label={t('requestLetters.method')}
          registration={register('method')}
          options={SEND_METHODS.map((m) => ({ value: m, label: t(CHANNEL_KEYS[m]) }))}
        />
        <TrackingField
          className="mr-span-12"
          label={
            method === 'registered_mail'
              ? `${t('mailroom.fields.trackingNumber')} *`
              : t('mailroom.fields.trackingNumber')
          }
          value={tracking}
          registration={register('trackingNumber')}
          confirmedFor={confirmedFor}
          onConfirm={confirm}
          error={typeof trackingError === 'string' ? trackingError : undefined}
          testId="mark-sent-tracking"
          reveal={reveal}
        />
      </div>
    </FormDialog>
  );
}
