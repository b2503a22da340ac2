// The state steps a request allows now, as buttons: what common/requests/lifecycle availableSteps()
// gives for its state (and whether identity is recorded), filtered by what the signed-in role may
// call. Pausing and cancelling ask for a reason; answering records the reply's Исх. № and date
// (StepDialogs).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallName } from '../../../../common/contract';
import type { RequestDetail } from '../../../../common/contract/requests';
import { availableSteps, type TransitionKind } from '../../../../common/requests/lifecycle';
import { api } from '../../api/client';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormDialog } from '../../ui/FormDialog';
import { useAction } from '../../ui/useAction';
import { AnswerDialog, CancelRequestDialog, PauseDialog, type StepDialogProps } from './StepDialogs';
import { STEP_KEYS } from './vocab';

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

type DialogKind = 'pause' | 'cancel' | 'answer' | 'close';

function stepClass(s: TransitionKind): string {
  if (s === 'cancel') return 'button mr-button-danger';
  return s === 'decide' || s === 'start_work' ? 'button button-primary' : 'button';
}

interface Props {
  request: RequestDetail;
  onChanged: () => void;
  /** The decide step: it opens the decision section rather than calling the core. */
  onDecide: () => void;
}

export function StepsBar({ request: d, onChanged, onDecide }: Props) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const { busy, error, setError, run } = useAction();

  if (d.purgedAt) return null;
  const steps = availableSteps(d.state, {
    verified: d.verification !== null,
    pausedFrom: d.pausedFrom,
  }).filter((s) => can(STEP_CALL[s]));
  if (steps.length === 0) return null;

  /** Runs the step's call; done, the dialog closes and the request reloads. */
  const step = (fn: () => Promise<unknown>) =>
    void run(async () => {
      await fn();
      setDialog(null);
      onChanged();
    });

  const onStep = (s: TransitionKind) => {
    switch (s) {
      case 'start_verification':
        return step(() => api.call('requests.transition', { id: d.id, to: 'verifying' }));
      case 'start_work':
        return step(() => api.call('requests.transition', { id: d.id, to: 'in_progress' }));
      case 'resume':
        return step(() => api.call('requests.resume', { id: d.id }));
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
            className={stepClass(s)}
            disabled={busy}
            onClick={() => onStep(s)}
            data-step={s}
          >
            {t(STEP_KEYS[s])}
          </button>
        ))}
      </div>
      {error && dialog === null && <ErrorMessage error={error} />}
      {dialog && (
        <StepDialog
          kind={dialog}
          request={d}
          step={step}
          frame={{ busy, error, onClose: () => setDialog(null) }}
        />
      )}
    </>
  );
}

function StepDialog({
  kind,
  request: d,
  step,
  frame,
}: {
  kind: DialogKind;
  request: RequestDetail;
  step: (fn: () => Promise<unknown>) => void;
  frame: StepDialogProps;
}) {
  const { t } = useTranslation();
  switch (kind) {
    case 'pause':
      return (
        <PauseDialog
          {...frame}
          onPause={(reason, note) =>
            step(() => api.call('requests.pause', { id: d.id, reason, note: note || null }))
          }
        />
      );
    case 'cancel':
      return (
        <CancelRequestDialog
          {...frame}
          id={d.id}
          onCancel={(outcome, reason) =>
            step(() => api.call('requests.cancel', { id: d.id, outcome, reason }))
          }
        />
      );
    case 'answer':
      return (
        <AnswerDialog
          {...frame}
          request={d}
          onAnswer={(answeredAt, replyOutgoingNo) =>
            step(() =>
              api.call('requests.transition', {
                id: d.id,
                to: 'answered',
                answeredAt,
                replyOutgoingNo: replyOutgoingNo || null,
              }),
            )
          }
        />
      );
    case 'close':
      return (
        <FormDialog
          {...frame}
          title={t('request.steps.closeTitle', { id: d.id })}
          submitLabel={t('request.step.close')}
          testId="step-confirm"
          onSubmit={() => step(() => api.call('requests.transition', { id: d.id, to: 'closed' }))}
        >
          <p>{t('request.steps.closeText')}</p>
        </FormDialog>
      );
  }
}
