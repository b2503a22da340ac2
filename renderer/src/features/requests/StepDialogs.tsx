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
import { choices } from './bind';
import { CANCEL_OUTCOME_KEYS, PAUSE_REASON_KEYS } from './vocab';

/** What every step dialog gets from StepsBar. */
export interface StepDialogProps {
  busy: boolean;
  error: ErrorPayload | undefined;
  onClose: () => void;
}

/** A step that asks for one choice and a text, and checks the text before going on. */
function ChoiceTextDialog<V extends string>({
  title,
  lead,
  submitLabel,
  danger,
  choiceLabel,
  options,
  initial,
  textLabel,
  focusText,
  problem,
  onDone,
  ...frame
}: StepDialogProps & {
  title: string;
  lead: string;
  submitLabel: string;
  danger?: boolean;
  choiceLabel: string;
  options: Array<{ value: V; label: string }>;
  initial: V;
  textLabel: (choice: V) => string;
  /** The text, not the choice, takes the focus on opening. */
  focusText?: boolean;
  /** Why the (trimmed) text will not do with this choice, as a sentence; null when it will. */
  problem: (choice: V, text: string) => string | null;
  onDone: (choice: V, text: string) => void;
}) {
  const [choice, setChoice] = useState<V>(initial);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const submit = () => {
    const wrong = problem(choice, text.trim());
    if (wrong) setError(wrong);
    else onDone(choice, text.trim());
  };
  return (
    <FormDialog {...frame} {...{ title, submitLabel, danger }} testId="step-confirm" onSubmit={submit}>
      <p>{lead}</p>
      <ChoiceField
        label={choiceLabel}
        value={choice}
        onChange={setChoice}
        options={options}
        data-autofocus={!focusText || undefined}
      />
      <TextAreaField
        label={textLabel(choice)}
        maxLength={2000}
        value={text}
        data-autofocus={focusText || undefined}
        onChange={(v) => {
          setText(v);
          setError(undefined);
        }}
        error={error}
      />
    </FormDialog>
  );
}

export function PauseDialog({
  onPause,
  ...frame
}: StepDialogProps & { onPause: (reason: PauseReason, note: string) => void }) {
  const { t } = useTranslation();
  return (
    <ChoiceTextDialog<PauseReason>
      {...frame}
      title={t('request.steps.pauseTitle')}
      lead={t('request.steps.pauseText')}
      submitLabel={t('request.step.pause')}
      choiceLabel={t('request.fields.pauseReason')}
      options={choices(t, PAUSE_REASONS, PAUSE_REASON_KEYS)}
      initial="identity_verification"
      textLabel={(r) => (r === 'other' ? t('request.fields.noteRequired') : t('request.fields.note'))}
      problem={(r, note) => (r === 'other' && !note ? t('request.issues.required') : null)}
      onDone={onPause}
    />
  );
}

export function CancelRequestDialog({
  id,
  onCancel,
  ...frame
}: StepDialogProps & { id: string; onCancel: (outcome: CancelOutcome, reason: string) => void }) {
  const { t } = useTranslation();
  return (
    <ChoiceTextDialog<CancelOutcome>
      {...frame}
      title={t('request.steps.cancelTitle', { id })}
      lead={t('request.steps.cancelText')}
      submitLabel={t('request.steps.cancelConfirm')}
      danger
      choiceLabel={t('request.fields.cancelOutcome')}
      options={choices(t, CANCEL_OUTCOMES, CANCEL_OUTCOME_KEYS)}
      initial="cancelled"
      textLabel={() => t('request.fields.cancelReason')}
      focusText
      problem={(_, reason) => (reason.length < 3 ? t('request.issues.reasonTooShort') : null)}
      onDone={onCancel}
    />
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
