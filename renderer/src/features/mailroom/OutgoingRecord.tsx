// One outgoing letter: its facts, its status (draft → sent → returned → sent again), scans, and
// cancelling (it keeps its Исх. №). The page itself is the shared RecordShell.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutgoingEntry } from '../../../../common/contract/mailroom';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { formatDateTime } from '../../format/dates';
import { Fact } from '../../ui/Fact';
import { formatDay } from './format';
import { StatusDialog } from './outgoing/StatusDialog';
import { FactCard, NumberFacts, RegisteredByFact, TravelFacts } from './record/facts';
import { RecordShell } from './record/RecordShell';
import { OUTGOING } from './registers';
import { CHANNEL_KEYS, OUTGOING_STATUS_KEYS, PARTY_KIND_KEYS, REPLY_LANGUAGE_KEYS } from './vocab';

type Next = 'sent' | 'returned' | null;

function nextStatus(e: OutgoingEntry | undefined): Next {
  if (!e) return null;
  if (e.status === 'draft' || e.status === 'returned') return 'sent';
  return e.status === 'sent' ? 'returned' : null;
}

export function OutgoingRecord({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const entry = useCall('outgoing.get', { id });
  const [statusTo, setStatusTo] = useState<Next>(null);
  const lang = i18n.language;

  return (
    <RecordShell
      descriptor={OUTGOING}
      id={id}
      entry={entry}
      lead={(e) => (
        <>
          <span className={`mr-badge mr-badge-${e.status}`}>{t(OUTGOING_STATUS_KEYS[e.status])}</span>{' '}
          {t('mailroom.outgoing.dateLine', {
            date: formatDay(e.date, lang),
            method: t(CHANNEL_KEYS[e.method]),
          })}
        </>
      )}
      actions={(e, canWrite) => {
        const next = nextStatus(e);
        return (
          canWrite &&
          e &&
          next && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setStatusTo(next)}
              data-testid="status-action"
            >
              {next === 'sent'
                ? e.status === 'returned'
                  ? t('mailroom.outgoing.markSentAgain')
                  : t('mailroom.outgoing.markSent')
                : t('mailroom.outgoing.markReturned')}
            </button>
          )
        );
      }}
      facts={(e) => <OutgoingFacts entry={e} />}
      dialogs={(e) =>
        statusTo && (
          <StatusDialog
            entry={e}
            to={statusTo}
            onClose={() => setStatusTo(null)}
            onDone={() => {
              setStatusTo(null);
              entry.reload();
            }}
          />
        )
      }
    />
  );
}

function OutgoingFacts({ entry: e }: { entry: OutgoingEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <FactCard id="mr-out-facts" title="mailroom.outgoing.facts" testId="outgoing-facts">
      <NumberFacts
        labels={['mailroom.fields.outgoingNo', 'mailroom.fields.outgoingDate']}
        values={[e.outgoingNo, formatDay(e.date, lang)]}
      />
      <Fact label={t('mailroom.fields.addresseeName')}>{e.addressee.name}</Fact>
      <Fact label={t('mailroom.fields.senderKind')}>
        {e.addressee.kind ? t(PARTY_KIND_KEYS[e.addressee.kind]) : null}
      </Fact>
      <Fact label={t('mailroom.fields.addresseeAddress')}>{e.addressee.address}</Fact>
      <Fact label={t('mailroom.fields.summary')}>
        <span className="mr-pre">{e.summary}</span>
      </Fact>
      <Fact label={t('mailroom.fields.inReplyTo')} mono>
        {e.inReplyTo && e.inReplyToId ? (
          <a href={href('incoming', String(e.inReplyToId))}>{e.inReplyTo}</a>
        ) : (
          e.inReplyTo
        )}
      </Fact>
      <Fact label={t('mailroom.fields.signatory')}>{e.signatory}</Fact>
      <Fact label={t('mailroom.fields.replyLanguage')}>{t(REPLY_LANGUAGE_KEYS[e.language])}</Fact>
      <TravelFacts label="mailroom.fields.method" channel={e.method} entry={e} />
      <Fact label={t('mailroom.fields.sheets')}>{e.sheets ?? null}</Fact>
      <Fact label={t('mailroom.outgoing.sentAt')}>{e.sentAt ? formatDateTime(e.sentAt, lang) : null}</Fact>
      {e.returnedAt && (
        <Fact label={t('mailroom.outgoing.returnedAt')}>{formatDateTime(e.returnedAt, lang)}</Fact>
      )}
      {e.statusNote && <Fact label={t('mailroom.outgoing.statusNote')}>{e.statusNote}</Fact>}
      <Fact label={t('mailroom.fields.notes')}>{e.notes}</Fact>
      <RegisteredByFact by={e.createdBy} at={e.createdAt} />
    </FactCard>
  );
}
