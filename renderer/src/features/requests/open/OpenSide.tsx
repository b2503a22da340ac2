// Beside the open-request form: the letter it is opened from, and the deadline the request will
// get (requests.precheck), with the requests the letter already belongs to.
import { useTranslation } from 'react-i18next';
import type { IncomingEntry } from '../../../../../common/contract/mailroom';
import type { PrecheckResult } from '../../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../../common/errors';
import { href } from '../../../app/router';
import { formatDateTime } from '../../../format/dates';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Fact } from '../../../ui/Fact';
import { CHANNEL_KEYS as MAIL_CHANNEL_KEYS, formatDay } from '../../mailroom';
import { warningText } from '../vocab';

export function LetterCard({ letter }: { letter: IncomingEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="rq-open-letter" data-testid="open-request-letter">
      <h2 id="rq-open-letter">{t('request.open.fromLetter')}</h2>
      <dl className="facts">
        <Fact label={t('mailroom.fields.incomingNo')}>
          <a className="mr-mono" href={href('incoming', String(letter.id))}>
            {letter.incomingNo}
          </a>
        </Fact>
        <Fact label={t('mailroom.fields.receivedAt')}>
          {formatDateTime(letter.receivedAt, i18n.language)}
        </Fact>
        <Fact label={t('mailroom.fields.channel')}>{t(MAIL_CHANNEL_KEYS[letter.channel])}</Fact>
        <Fact label={t('mailroom.fields.documentType')}>{letter.documentType}</Fact>
        <Fact label={t('mailroom.fields.summary')}>
          <span className="mr-pre">{letter.summary}</span>
        </Fact>
      </dl>
    </section>
  );
}

export function DeadlineCard({
  chosen,
  pre,
  error,
}: {
  /** A type is chosen (the deadline depends on it). */
  chosen: boolean;
  pre: PrecheckResult | undefined;
  error: ErrorPayload | undefined;
}) {
  const { t } = useTranslation();
  const linked = pre?.letters.flatMap((l) => l.linkedRequests) ?? [];
  return (
    <section className="card" aria-labelledby="rq-open-deadline" data-testid="open-request-deadline">
      <h2 id="rq-open-deadline">{t('request.open.deadline')}</h2>
      {!chosen ? (
        <p className="muted">{t('request.open.deadlineChooseType')}</p>
      ) : error ? (
        <ErrorMessage error={error} />
      ) : !pre?.deadline ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <DeadlineFacts deadline={pre.deadline} />
      )}
      {linked.length > 0 && (
        <div className="alert alert-warn" role="note" data-testid="letter-linked-requests">
          <p>{t('request.open.letterHasRequests')}</p>
          <ul className="mr-plain">
            {linked.map((id) => (
              <li key={id}>
                <a className="mr-mono" href={href('requests', id)}>
                  {id}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function DeadlineFacts({ deadline }: { deadline: NonNullable<PrecheckResult['deadline']> }) {
  const { t, i18n } = useTranslation();
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <>
      <dl className="facts">
        <Fact label={t('request.deadline.received')}>{day(deadline.received)}</Fact>
        <Fact label={t('request.deadline.due')} testId="open-request-due">
          <strong>{day(deadline.due)}</strong>{' '}
          <span className="muted">{t('request.deadline.workingDays', { count: deadline.workingDays })}</span>
        </Fact>
        <Fact label={t('request.deadline.statutoryDue')}>
          {day(deadline.statutoryDue)}{' '}
          <span className="muted">
            {t('request.deadline.workingDays', { count: deadline.statutoryWorkingDays })}
          </span>
        </Fact>
      </dl>
      {deadline.warnings.map((w) => (
        <p key={w} className="alert alert-warn" role="note">
          {warningText(t, w)}
        </p>
      ))}
    </>
  );
}
