// One incoming letter, in full (intake.get: the only place the whole IIN is shown), with its scans,
// the replies registered to it, and cancelling (the entry keeps its number). The page itself is
// the shared RecordShell.
import { useTranslation } from 'react-i18next';
import type { IncomingEntry } from '../../../../common/contract/mailroom';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { formatDateTime } from '../../format/dates';
import { Fact } from '../../ui/Fact';
import { formatDay } from './format';
import { IinHint } from './IinHint';
import { FactCard, NumberFacts, RegisteredByFact, TravelFacts } from './record/facts';
import { RecordShell } from './record/RecordShell';
import { INCOMING } from './registers';
import { ClassifyButton, requestKindName } from './kind/RequestKind';
import {
  CHANNEL_KEYS,
  incomingStatusKey,
  LETTER_LANGUAGE_KEYS,
  OUTGOING_STATUS_KEYS,
  PARTY_KIND_KEYS,
} from './vocab';

export function IncomingRecord({ id }: { id: number }) {
  const { t } = useTranslation();
  const entry = useCall('intake.get', { id });
  const { can } = useAuth();

  return (
    <RecordShell
      descriptor={INCOMING}
      id={id}
      entry={entry}
      lead={(e) => <StatusLine entry={e} />}
      actions={(e, canWrite) => {
        const open = e && e.status !== 'cancelled';
        return (
          <>
            {canWrite && (
              <a className="button" href={href('incoming', 'new')}>
                {t('mailroom.record.registerNext')}
              </a>
            )}
            {canWrite && open && (
              <a className="button" href={href('outgoing', 'new', e.incomingNo)} data-testid="register-reply">
                {t('mailroom.record.registerReply')}
              </a>
            )}
            {e && <ClassifyButton entry={e} onDone={entry.reload} />}
            {can('requests.open') && open && (
              <a className="button" href={href('requests', 'new', String(e.id))} data-testid="open-request">
                {t('request.open.action')}
              </a>
            )}
          </>
        );
      }}
      facts={(e) => <IncomingFacts entry={e} />}
      side={(e) => <Replies entry={e} />}
    />
  );
}

function Replies({ entry: e }: { entry: IncomingEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="mr-replies">
      <h2 id="mr-replies">{t('mailroom.record.replies')}</h2>
      {e.replies.length === 0 ? (
        <p className="muted">{t('mailroom.record.noReplies')}</p>
      ) : (
        <ul className="mr-plain">
          {e.replies.map((r) => (
            <li key={r.id}>
              <a href={href('outgoing', String(r.id))} className="mr-mono">
                {r.outgoingNo}
              </a>{' '}
              <span className="muted">
                {formatDay(r.date, i18n.language)} · {t(OUTGOING_STATUS_KEYS[r.status])}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StatusLine({ entry }: { entry: IncomingEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className={`mr-badge mr-badge-${entry.status}`}>{t(incomingStatusKey(entry))}</span>{' '}
      {t('mailroom.record.receivedLine', {
        at: formatDateTime(entry.receivedAt, i18n.language),
        channel: t(CHANNEL_KEYS[entry.channel]),
      })}
    </>
  );
}

function IncomingFacts({ entry: e }: { entry: IncomingEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const warning = e.trackingWarning && (
    <Fact label={t('mailroom.record.trackingWarning')}>
      {e.trackingWarning === 'tracking_check_digit'
        ? t('mailroom.record.confirmedCheckDigit')
        : t('mailroom.record.confirmedFormat')}
    </Fact>
  );
  return (
    <>
      <FactCard id="mr-delivery" title="mailroom.intake.delivery" testId="record-delivery">
        <NumberFacts
          labels={['mailroom.fields.incomingNo', 'mailroom.fields.receivedAt']}
          values={[e.incomingNo, formatDateTime(e.receivedAt, lang)]}
        />
        <TravelFacts label="mailroom.fields.channel" channel={e.channel} entry={e} warning={warning} />
      </FactCard>
      <FactCard id="mr-sender" title="mailroom.intake.sender" testId="record-sender">
        <Fact label={t('mailroom.fields.senderName')}>{e.sender.name}</Fact>
        <Fact label={t('mailroom.fields.senderKind')}>
          {e.sender.kind ? t(PARTY_KIND_KEYS[e.sender.kind]) : null}
        </Fact>
        <Fact label={t('mailroom.fields.senderIin')}>
          {e.sender.iin && (
            <>
              <span className="mr-mono">{e.sender.iin}</span>
              <IinHint value={e.sender.iin} id="mr-record-iin" focused={false} />
            </>
          )}
        </Fact>
        <Fact label={t('mailroom.fields.senderAddress')}>{e.sender.address}</Fact>
      </FactCard>
      <FactCard id="mr-letter" title="mailroom.intake.letter" testId="record-letter">
        <Fact label={t('mailroom.fields.senderRefNumber')}>{e.senderRef?.number}</Fact>
        <Fact label={t('mailroom.fields.senderRefDate')}>
          {e.senderRef?.date ? formatDay(e.senderRef.date, lang) : null}
        </Fact>
        <Fact label={t('mailroom.fields.documentType')}>{e.documentType}</Fact>
        <Fact label={t('mailroom.requestKind.label')}>{requestKindName(t, e.requestKind)}</Fact>
        <Fact label={t('mailroom.fields.language')}>{t(LETTER_LANGUAGE_KEYS[e.language])}</Fact>
        <Fact label={t('mailroom.fields.summary')}>
          <span className="mr-pre">{e.summary}</span>
        </Fact>
        <Fact label={t('mailroom.fields.sheets')}>{e.sheets ?? null}</Fact>
        <Fact label={t('mailroom.fields.enclosures')}>{e.enclosures}</Fact>
        <Fact label={t('mailroom.fields.notes')}>
          {e.notes ? <span className="mr-pre">{e.notes}</span> : null}
        </Fact>
        <Fact label={t('mailroom.fields.assignedTo')}>{e.assignedTo}</Fact>
        <Fact label={t('mailroom.fields.dueDate')}>{e.dueDate ? formatDay(e.dueDate, lang) : null}</Fact>
        <RegisteredByFact by={e.createdBy} at={e.createdAt} />
      </FactCard>
    </>
  );
}
