// The steps that ask something first: pausing (the reason; a note when it is "other"), cancelling
// (the outcome and a reason) and answering (the date and the reply's Исх. №). Each only collects
// its values; StepsBar makes the call.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import {
  CANCEL_OUTCOMES,
  PAUSE_REASONS,
  type CancelOutcome,
  type PauseReason,
} from '../../../../common/requests/vocab';
import { useCall } from '../../api/hooks';
import { almatyDay } from '../../format/dates';
import { ChoiceField, DateField, InputField, TextAreaField } from '../../ui/controls';
import { FormDialog } from '../../ui/FormDialog';
import { CANCEL_OUTCOME_KEYS, PAUSE_REASON_KEYS } from './vocab';

/** What every step dialog gets from StepsBar. */
export interface StepDialogProps {
  busy: boolean;
  error: ErrorPayload | undefined;
  onClose: () => void;
}

export function PauseDialog({
  onPause,
  ...frame
}: StepDialogProps & { onPause: (reason: PauseReason, note: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<PauseReason>('identity_verification');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (reason === 'other' && !note.trim()) {
      setMissing(true);
      return;
    }
    onPause(reason, note.trim());
  };
  return (
    <FormDialog
      {...frame}
      title={t('request.steps.pauseTitle')}
      submitLabel={t('request.step.pause')}
      testId="step-confirm"
      onSubmit={submit}
    >
      <p>{t('request.steps.pauseText')}</p>
      <ChoiceField
        label={t('request.fields.pauseReason')}
        value={reason}
        onChange={setReason}
        options={PAUSE_REASONS.map((r) => ({ value: r, label: t(PAUSE_REASON_KEYS[r]) }))}
        data-autofocus
      />
      <TextAreaField
        label={reason === 'other' ? t('request.fields.noteRequired') : t('request.fields.note')}
        maxLength={2000}
        value={note}
        onChange={(v) => {
          setNote(v);
          setMissing(false);
        }}
        error={missing ? t('request.issues.required') : undefined}
      />
    </FormDialog>
  );
}

export function CancelRequestDialog({
  id,
  onCancel,
  ...frame
}: StepDialogProps & { id: string; onCancel: (outcome: CancelOutcome, reason: string) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CancelOutcome>('cancelled');
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const submit = () => {
    if (reason.trim().length < 3) {
      setShort(true);
      return;
    }
    onCancel(outcome, reason.trim());
  };
  return (
    <FormDialog
      {...frame}
      title={t('request.steps.cancelTitle', { id })}
      submitLabel={t('request.steps.cancelConfirm')}
      testId="step-confirm"
      onSubmit={submit}
      danger
    >
      <p>{t('request.steps.cancelText')}</p>
      <ChoiceField
        label={t('request.fields.cancelOutcome')}
        value={outcome}
        onChange={setOutcome}
        options={CANCEL_OUTCOMES.map((o) => ({ value: o, label: t(CANCEL_OUTCOME_KEYS[o]) }))}
      />
      <TextAreaField
        label={t('request.fields.cancelReason')}
        maxLength={2000}
        value={reason}
        data-autofocus
        onChange={(v) => {
          setReason(v);
          setShort(false);
        }}
        error={short ? t('request.issues.reasonTooShort') : undefined}
      />
    </FormDialog>
  );
}

export function AnswerDialog({
  request: d,
  onAnswer,
  ...frame
}: StepDialogProps & {
  request: RequestDetail;
  onAnswer: (answeredAt: string, replyOutgoingNo: string) => void;
}) {
  const { t } = useTranslation();
  const letters = useCall('letters.list', { requestId: d.id });
  const sent = (letters.data?.letters ?? []).filter((l) => l.status !== 'cancelled');
  const [date, setDate] = useState(almatyDay());
  const [no, setNo] = useState<string | null>(d.replyOutgoingNo);
  const chosen = no ?? sent.find((l) => l.status === 'sent')?.outgoingNo ?? sent[0]?.outgoingNo ?? '';
  const listId = useId();
  return (
    <FormDialog
      {...frame}
      title={t('request.steps.answerTitle', { id: d.id })}
      submitLabel={t('request.step.answer')}
      testId="step-confirm"
      onSubmit={() => onAnswer(date, chosen)}
    >
      <p>{t('request.steps.answerText')}</p>
      <DateField
        label={t('request.fields.answeredOn')}
        value={date}
        max={almatyDay()}
        onChange={setDate}
        data-autofocus
      />
      <InputField
        label={t('request.fields.replyOutgoingNo')}
        className="input-mono"
        list={listId}
        value={chosen}
        onChange={setNo}
        autoComplete="off"
      />
      <datalist id={listId}>
        {sent.map((l) => (
          <option key={l.id} value={l.outgoingNo} />
        ))}
      </datalist>
    </FormDialog>
  );
}
