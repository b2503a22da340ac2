// What saving the decision would queue for the central system (requests.planDecision), its
// warnings and what stops it, shown while the form is filled in.
import { useTranslation } from 'react-i18next';
import type { DecisionPlanView } from '../../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../../common/errors';
import type { PlannedAction } from '../../../../../common/requests/decisions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { translateError } from '../../../ui/errors';
import { ACTION_KEYS, BLOCK_REASON_KEYS, CHANNEL_KEYS, RECTIFY_FIELD_KEYS, warningText } from '../vocab';

function actionDetail(t: ReturnType<typeof useTranslation>['t'], a: PlannedAction): string {
  switch (a.action) {
    case 'erase':
      return t('request.plan.erase', { account: a.subjectAccountId });
    case 'block':
      return t('request.plan.block', { account: a.subjectAccountId, reason: t(BLOCK_REASON_KEYS[a.reason]) });
    case 'unblock':
      return t('request.plan.account', { account: a.subjectAccountId });
    case 'rectify':
      return a.corrections.map((c) => `${t(RECTIFY_FIELD_KEYS[c.field])} → ${c.value}`).join('; ');
    case 'suppress':
      return [
        a.channels.map((c) => t(CHANNEL_KEYS[c])).join(', '),
        a.subjectAccountId ? t('request.plan.account', { account: a.subjectAccountId }) : '',
        a.phone ?? '',
      ]
        .filter(Boolean)
        .join(' · ');
    case 'export':
      return t('request.plan.account', { account: a.subjectAccountId });
  }
}

export function PlanView({
  plan,
  error,
  complete,
  waiting,
}: {
  plan: DecisionPlanView | null;
  error: ErrorPayload | null;
  complete: boolean;
  waiting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section
      className="rq-plan"
      aria-live="polite"
      aria-labelledby="rq-plan-title"
      data-testid="decision-plan"
    >
      <h3 id="rq-plan-title">{t('request.plan.title')}</h3>
      {!complete ? (
        <p className="muted">{t('request.plan.incomplete')}</p>
      ) : error ? (
        <ErrorMessage error={error} />
      ) : waiting || !plan ? (
        <p className="muted">{t('request.plan.checking')}</p>
      ) : (
        <>
          {plan.actions.length === 0 ? (
            <p data-testid="plan-no-actions">{t('request.plan.noActions')}</p>
          ) : (
            <ul className="rq-plan-actions" data-testid="plan-actions">
              {plan.actions.map((a, i) => (
                <li key={`${a.action}-${i}`} data-action={a.action}>
                  <strong>{t(ACTION_KEYS[a.action])}</strong>{' '}
                  <span className="muted">{actionDetail(t, a)}</span>
                </li>
              ))}
            </ul>
          )}
          {plan.warnings.map((w) => (
            <p key={w} className="alert alert-warn" role="note" data-warning={w}>
              {warningText(t, w)}
            </p>
          ))}
          {plan.problems.map((p, i) => (
            <div key={`${p.code}-${i}`} className="alert alert-error" role="alert" data-problem={p.code}>
              <p>{translateError(t, { code: p.code, messageKey: `errors.${p.code}`, details: p.details })}</p>
            </div>
          ))}
          <p className="muted rq-small">
            {t('request.plan.legalBasis', { basis: plan.legalBasis })}
            {plan.erasure ? ` ${t('request.plan.erasure')}` : ''}
          </p>
        </>
      )}
    </section>
  );
}
