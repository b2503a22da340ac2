// The state steps a request allows now, as buttons: what common/requests/lifecycle availableSteps()
// gives for its state (and whether identity is recorded), filtered by what the signed-in role may
// call. Pausing and cancelling ask for a reason; answering records the reply's Исх. № and date.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallName } from '../../../../common/contract';
import type { RequestDetail } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import { availableSteps, type TransitionKind } from '../../../../common/requests/lifecycle';
import {
  CANCEL_OUTCOMES,
  PAUSE_REASONS,
  type CancelOutcome,
  type PauseReason,
} from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { almatyDay } from '../../format/dates';
import { CANCEL_OUTCOME_KEYS, PAUSE_REASON_KEYS, STEP_KEYS } from './vocab';

const STEP_CALL: Record<TransitionKind, CallName> = {
  start_verification: 'requests.transition',
  start_work: 'requests.transition',
  decide: 'requests.decide',
  answer: 'requests.transition',
  close: 'requests.transition',
  pause: 'requests.pause',
  resume: 'requests.resume',
  cancel: 'requests.cancel',
};

type DialogKind = 'pause' | 'cancel' | 'answer' | 'close' | null;

export function StepsBar({
  request: d,
  onChanged,
  onDecide,
}: {
  request: RequestDetail;
  onChanged: () => void;
  onDecide: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);

  if (d.purgedAt) return null;
  const steps = availableSteps(d.state, {
    verified: d.verification !== null,
    pausedFrom: d.pausedFrom,
  }).filter((s) => can(STEP_CALL[s]));
  if (steps.length === 0) return null;

  const run = async (fn: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      setDialog(null);
      onChanged();
    } catch (e) {
      setError(toPayload(e));
      throw e;
    } finally {
      setBusy(false);
    }
  };
  const quiet = (fn: () => Promise<unknown>) => run(fn).catch(() => undefined);

  const onStep = (s: TransitionKind) => {
    switch (s) {
      case 'start_verification':
        return void quiet(() => api.call('requests.transition', { id: d.id, to: 'verifying' }));
      case 'start_work':
        return void quiet(() => api.call('requests.transition', { id: d.id, to: 'in_progress' }));
      case 'resume':
        return void quiet(() => api.call('requests.resume', { id: d.id }));
      case 'decide':
        return onDecide();
      case 'pause':
      case 'cancel':
      case 'answer':
      case 'close':
        setError(undefined);
        return setDialog(s);
    }
  };

  return (
    <>
      <div
        className="rq-steps"
        role="group"
        aria-label={t('request.steps.label')}
        data-testid="request-steps"
      >
        <span className="rq-steps-label">{t('request.steps.label')}</span>
        {steps.map((s) => (
          <button
            key={s}
            type="button"
            className={
              s === 'cancel'
                ? 'button mr-button-danger'
                : s === 'decide' || s === 'start_work'
                  ? 'button button-primary'
                  : 'button'
            }
            disabled={busy}
            onClick={() => onStep(s)}
            data-step={s}
          >
            {t(STEP_KEYS[s])}
          </button>
        ))}
      </div>
      {error && dialog === null && <ErrorMessage error={error} />}
      {dialog === 'pause' && (
        <PauseDialog
          busy={busy}
          error={error}
          onClose={() => setDialog(null)}
          onPause={(reason, note) =>
            quiet(() => api.call('requests.pause', { id: d.id, reason, note: note || null }))
          }
        />
      )}
      {dialog === 'cancel' && (
        <CancelRequestDialog
          id={d.id}
          busy={busy}
          error={error}
          onClose={() => setDialog(null)}
          onCancel={(outcome, reason) =>
            quiet(() => api.call('requests.cancel', { id: d.id, outcome, reason }))
          }
        />
      )}
      {dialog === 'answer' && (
        <AnswerDialog
          request={d}
          busy={busy}
          error={error}
          onClose={() => setDialog(null)}
          onAnswer={(answeredAt, replyOutgoingNo) =>
            quiet(() =>
              api.call('requests.transition', {
                id: d.id,
                to: 'answered',
                answeredAt,
                replyOutgoingNo: replyOutgoingNo || null,
              }),
            )
          }
        />
      )}
      {dialog === 'close' && (
        <SimpleDialog
          title={t('request.steps.closeTitle', { id: d.id })}
          confirm={t('request.step.close')}
          busy={busy}
          error={error}
          onClose={() => setDialog(null)}
          onConfirm={() => quiet(() => api.call('requests.transition', { id: d.id, to: 'closed' }))}
        >
          <p>{t('request.steps.closeText')}</p>
        </SimpleDialog>
      )}
    </>
  );
}

function SimpleDialog({
  title,
  confirm,
  busy,
  error,
  onClose,
  onConfirm,
  children,
  danger,
}: {
  title: string;
  confirm: string;
  busy: boolean;
  error: ErrorPayload | undefined;
  onClose: () => void;
  onConfirm: () => void;
  children: ReactNode;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className={danger ? 'button mr-button-danger' : 'button button-primary'}
            disabled={busy}
            data-testid="step-confirm"
          >
            {confirm}
          </button>
        </>
      }
    >
      {children}
      {error && <ErrorMessage error={error} />}
    </Dialog>
  );
}

function PauseDialog({
  busy,
  error,
  onClose,
  onPause,
}: {
  busy: boolean;
  error: ErrorPayload | undefined;
  onClose: () => void;
  onPause: (reason: PauseReason, note: string) => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const noteId = useId();
  const errId = useId();
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
    <SimpleDialog
      title={t('request.steps.pauseTitle')}
      confirm={t('request.step.pause')}
      busy={busy}
      error={error}
      onClose={onClose}
      onConfirm={submit}
    >
      <p>{t('request.steps.pauseText')}</p>
      <div className="field">
        <label htmlFor={reasonId}>{t('request.fields.pauseReason')}</label>
        <select
          id={reasonId}
          value={reason}
          data-autofocus
          onChange={(e) => setReason(e.target.value as PauseReason)}
        >
          {PAUSE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(PAUSE_REASON_KEYS[r])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={noteId}>
          {reason === 'other' ? t('request.fields.noteRequired') : t('request.fields.note')}
        </label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={2000}
          value={note}
          aria-invalid={missing}
          aria-describedby={missing ? errId : undefined}
          onChange={(e) => {
            setNote(e.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <p className="field-error" id={errId} role="alert">
            {t('request.issues.required')}
          </p>
        )}
      </div>
    </SimpleDialog>
  );
}

function CancelRequestDialog({
  id,
  busy,
  error,
  onClose,
  onCancel,
}: {
  id: string;
  busy: boolean;
  error: ErrorPayload | undefined;
  onClose: () => void;
  onCancel: (outcome: CancelOutcome, reason: string) => void;
}) {
  const { t } = useTranslation();
  const outcomeId = useId();
  const reasonId = useId();
  const errId = useId();
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
    <SimpleDialog
      title={t('request.steps.cancelTitle', { id })}
      confirm={t('request.steps.cancelConfirm')}
      busy={busy}
      error={error}
      onClose={onClose}
      onConfirm={submit}
      danger
    >
      <p>{t('request.steps.cancelText')}</p>
      <div className="field">
        <label htmlFor={outcomeId}>{t('request.fields.cancelOutcome')}</label>
        <select id={outcomeId} value={outcome} onChange={(e) => setOutcome(e.target.value as CancelOutcome)}>
          {CANCEL_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(CANCEL_OUTCOME_KEYS[o])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={reasonId}>{t('request.fields.cancelReason')}</label>
        <textarea
          id={reasonId}
          rows={3}
          maxLength={2000}
          value={reason}
          data-autofocus
          aria-invalid={short}
          aria-describedby={short ? errId : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setShort(false);
          }}
        />
        {short && (
          <p className="field-error" id={errId} role="alert">
            {t('request.issues.reasonTooShort')}
          </p>
        )}
      </div>
    </SimpleDialog>
  );
}

function AnswerDialog({
  request: d,
  busy,
  error,
  onClose,
  onAnswer,
}: {
  request: RequestDetail;
  busy: boolean;
  error: ErrorPayload | undefined;
  onClose: () => void;
  onAnswer: (answeredAt: string, replyOutgoingNo: string) => void;
}) {
  const { t } = useTranslation();
  const letters = useCall('letters.list', { requestId: d.id });
  const dateId = useId();
  const noId = useId();
  const listId = useId();
  const sent = (letters.data?.letters ?? []).filter((l) => l.status !== 'cancelled');
  const [date, setDate] = useState(almatyDay());
  const [no, setNo] = useState<string | null>(d.replyOutgoingNo);
  const chosen = no ?? sent.find((l) => l.status === 'sent')?.outgoingNo ?? sent[0]?.outgoingNo ?? '';
  return (
    <SimpleDialog
      title={t('request.steps.answerTitle', { id: d.id })}
      confirm={t('request.step.answer')}
      busy={busy}
      error={error}
      onClose={onClose}
      onConfirm={() => onAnswer(date, chosen)}
    >
      <p>{t('request.steps.answerText')}</p>
      <div className="field">
        <label htmlFor={dateId}>{t('request.fields.answeredOn')}</label>
        <input
          id={dateId}
          type="date"
          value={date}
          max={almatyDay()}
          onChange={(e) => setDate(e.target.value)}
          data-autofocus
        />
      </div>
      <div className="field">
        <label htmlFor={noId}>{t('request.fields.replyOutgoingNo')}</label>
        <input
          id={noId}
          className="input-mono"
          list={listId}
          value={chosen}
          onChange={(e) => setNo(e.target.value)}
          autoComplete="off"
        />
        <datalist id={listId}>
          {sent.map((l) => (
            <option key={l.id} value={l.outgoingNo} />
          ))}
        </datalist>
      </div>
    </SimpleDialog>
  );
}
