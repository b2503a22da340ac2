// The decision part of a request: the decisions recorded so far, and — for roles that may decide,
// in a state that allows it — the decision form for the request's type.
import { Fragment, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView, RequestDetail } from '../../../../common/contract/requests';
import { availableSteps } from '../../../../common/requests/lifecycle';
import type { RefusalGround } from '../../../../common/requests/vocab';
import { useAuth } from '../../auth/context';
import { formatDateTime } from '../../format/dates';
import { CardHead } from './CardHead';
import { DecisionForm } from './DecisionForm';
import {
  BLOCKING_OPERATION_KEYS,
  DELIVERY_KEYS,
  FINDING_KEYS,
  OUTCOME_KEYS,
  RECTIFY_FIELD_KEYS,
  REFUSAL_GROUND_KEYS,
  CHANNEL_KEYS,
  warningText,
} from './vocab';

export function DecisionSection({
  request: d,
  onChanged,
  sectionRef,
}: {
  request: RequestDetail;
  onChanged: () => void;
  sectionRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [another, setAnother] = useState(false);
  const steps = availableSteps(d.state, { verified: d.verification !== null, pausedFrom: d.pausedFrom });
  const mayDecide = can('requests.decide') && !d.purgedAt && steps.includes('decide');
  // Readers who may not decide see what was decided; a clerk never gets here (requests.get is refused).
  const showForm = mayDecide && (d.decisions.length === 0 || another);
  const hint = !can('requests.decide')
    ? null
    : d.state === 'new'
      ? t('request.decision.verifyFirst')
      : d.state === 'paused'
        ? t('request.decision.resumeFirst')
        : null;
  const decideAgain = {
    label: t('request.decision.another'),
    onClick: () => setAnother(true),
    testId: 'decide-again',
  };

  return (
    <section
      ref={sectionRef}
      className="card"
      aria-labelledby="rq-decision"
      data-testid="request-decision"
      tabIndex={-1}
    >
      <CardHead
        id="rq-decision"
        title={t('request.decision.title')}
        action={mayDecide && d.decisions.length > 0 && !another && decideAgain}
      />
      {d.decisions.length > 0 && (
        <ul className="rq-decisions" data-testid="decisions-recorded">
          {[...d.decisions].reverse().map((x) => (
            <DecisionItem key={x.id} decision={x} />
          ))}
        </ul>
      )}
      {d.decisions.length === 0 && !showForm && <p className="muted">{hint ?? t('request.decision.none')}</p>}
      {showForm && (
        <DecisionForm
          request={d}
          onCancel={d.decisions.length > 0 ? () => setAnother(false) : undefined}
          onDecided={() => {
            setAnother(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function DecisionItem({ decision: x }: { decision: DecisionView }) {
  const { t, i18n } = useTranslation();
  const det = x.details ?? {};
  const rows: Array<[string, string]> = [];
  if (x.refusalGround)
    rows.push([t('request.fields.refusalGround'), t(REFUSAL_GROUND_KEYS[x.refusalGround as RefusalGround])]);
  if (x.reasons) rows.push([t('request.fields.reasons'), x.reasons]);
  switch (x.type) {
    case 'withdrawal':
      if (typeof det.obligationsUnfulfilled === 'boolean')
        rows.push([
          t('request.decision.obligationsQuestion'),
          det.obligationsUnfulfilled ? t('request.yes') : t('request.no'),
        ]);
      if (str(det.obligations)) rows.push([t('request.fields.obligations'), str(det.obligations)!]);
      break;
    case 'access': {
      const items = Array.isArray(det.dataHeld) ? det.dataHeld.length : 0;
      rows.push([
        t('request.decision.access.dataHeld'),
        t('request.decision.access.items', { count: items }),
      ]);
      if (str(det.delivery))
        rows.push([
          t('request.fields.delivery'),
          t(DELIVERY_KEYS[det.delivery as keyof typeof DELIVERY_KEYS] ?? String(det.delivery)),
        ]);
      if (typeof det.fee === 'number' && det.fee > 0) rows.push([t('request.fields.fee'), String(det.fee)]);
      break;
    }
    case 'rectification':
      if (Array.isArray(det.corrections))
        rows.push([
          t('request.decision.rectification.corrections'),
          (det.corrections as Array<{ field: string; before?: string; after: string }>)
            .map(
              (c) =>
                `${t(RECTIFY_FIELD_KEYS[c.field as keyof typeof RECTIFY_FIELD_KEYS] ?? c.field)}: ${c.before || '—'} → ${c.after}`,
            )
            .join('; '),
        ]);
      break;
    case 'blocking':
      if (str(det.operation))
        rows.push([
          t('request.fields.operation'),
          t(
            BLOCKING_OPERATION_KEYS[det.operation as keyof typeof BLOCKING_OPERATION_KEYS] ??
              String(det.operation),
          ),
        ]);
      if (str(det.reasonText)) rows.push([t('request.fields.reasonText'), str(det.reasonText)!]);
      break;
    case 'stop_messages':
      if (Array.isArray(det.channels))
        rows.push([
          t('request.fields.channels'),
          (det.channels as string[])
            .map((c) => t(CHANNEL_KEYS[c as keyof typeof CHANNEL_KEYS] ?? c))
            .join(', '),
        ]);
      break;
    case 'complaint':
      if (str(det.finding))
        rows.push([
          t('request.fields.finding'),
          t(FINDING_KEYS[det.finding as keyof typeof FINDING_KEYS] ?? String(det.finding)),
        ]);
      if (str(det.findings)) rows.push([t('request.fields.findings'), str(det.findings)!]);
      if (Array.isArray(det.measures) && det.measures.length > 0)
        rows.push([t('request.fields.measures'), (det.measures as string[]).join('; ')]);
      break;
    case 'objection':
      if (str(det.decisionText)) rows.push([t('request.fields.decisionText'), str(det.decisionText)!]);
      if (typeof det.stopAutomatedProcessing === 'boolean')
        rows.push([
          t('request.fields.stopAutomatedProcessing'),
          det.stopAutomatedProcessing ? t('request.yes') : t('request.no'),
        ]);
      break;
    default:
      break;
  }
  rows.push([t('request.fields.legalBasis'), x.legalBasis]);
  return (
    <li className="rq-decision" data-outcome={x.outcome}>
      <div className="rq-decision-head">
        <span className={`rq-badge rq-outcome-${x.outcome}`}>{t(OUTCOME_KEYS[x.outcome])}</span>
        <span className="muted">
          {t('request.record.openedLine', {
            by: x.decidedBy,
            at: formatDateTime(x.decidedAt, i18n.language),
          })}
        </span>
      </div>
      <dl className="facts rq-facts-decision">
        {rows.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd className="mr-pre">{v}</dd>
          </Fragment>
        ))}
      </dl>
      {x.warnings.length > 0 && (
        <p className="alert alert-warn" role="note">
          {x.warnings.map((w) => warningText(t, w)).join(' ')}
        </p>
      )}
      {x.actionIds.length > 0 && (
        <p className="muted rq-small">{t('request.decision.actionsQueued', { count: x.actionIds.length })}</p>
      )}
    </li>
  );
}
