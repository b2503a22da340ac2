// What the request screen shows of the subject (the full IIN and what it says: birth date, age, a
// minor) and of who wrote (the subject, a representative with the authority document, or an
// authorized body), the language, the officer and how it came.
import { useTranslation } from 'react-i18next';
import type { RequestDetail, SubjectView } from '../../../../common/contract/requests';
import { formatDate } from '../../format/dates';
import { Fact } from '../../ui/Fact';
import { formatDay, REPLY_LANGUAGE_KEYS } from '../mailroom';
import { BODY_KIND_KEYS, DIRECT_REASON_KEYS, RELATION_KEYS, ROLE_KEYS } from './vocab';

export function SubjectFacts({ subject: s, minor }: { subject: SubjectView; minor: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts rq-facts-2">
      <Fact label={t('request.fields.subjectName')} testId="subject-name">
        {s.name}
      </Fact>
      <Fact label={t('request.fields.iin')} mono testId="subject-iin">
        {s.iin}
      </Fact>
      {s.birthDate && (
        <Fact label={t('request.subject.born')}>
          {t(s.sex === 'F' ? 'request.subject.bornLineF' : 'request.subject.bornLineM', {
            date: formatDay(s.birthDate, i18n.language),
            age: s.age ?? 0,
          })}
          {minor && <strong className="mr-minor"> {t('mailroom.iin.minor')}</strong>}
        </Fact>
      )}
      <Fact label={t('request.fields.phone')} mono>
        {s.phone}
      </Fact>
      <Fact label={t('request.fields.email')}>{s.email}</Fact>
      <Fact label={t('request.fields.address')}>{s.address}</Fact>
      <Fact label={t('request.fields.accountId')} mono testId="subject-account">
        {s.accountId}
      </Fact>
    </dl>
  );
}

function RepresentativeFacts({ rep }: { rep: NonNullable<RequestDetail['representative']> }) {
  const { t, i18n } = useTranslation();
  const doc = rep.authorityDocument;
  return (
    <>
      <Fact label={t('request.fields.representativeName')}>
        {rep.name}{' '}
        <span className="muted">
          ({t(RELATION_KEYS[rep.relation as keyof typeof RELATION_KEYS] ?? rep.relation)})
        </span>
      </Fact>
      <Fact label={t('request.fields.authorityDocument')}>
        {[
          doc.type,
          doc.number ? `№ ${doc.number}` : '',
          doc.date ? formatDay(doc.date, i18n.language) : '',
          doc.issuer ?? '',
        ]
          .filter(Boolean)
          .join(', ')}
      </Fact>
      {rep.address && <Fact label={t('request.fields.representativeAddress')}>{rep.address}</Fact>}
    </>
  );
}

function BodyFacts({ body }: { body: NonNullable<RequestDetail['authorizedBody']> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Fact label={t('request.fields.bodyName')}>
        {body.name} <span className="muted">({t(BODY_KIND_KEYS[body.kind])})</span>
      </Fact>
      {(body.reference || body.referenceDate) && (
        <Fact label={t('request.fields.bodyReference')}>
          {[body.reference, body.referenceDate ? formatDay(body.referenceDate, i18n.language) : '']
            .filter(Boolean)
            .join(', ')}
        </Fact>
      )}
      {body.official && <Fact label={t('request.fields.bodyOfficial')}>{body.official}</Fact>}
      {body.address && <Fact label={t('request.fields.bodyAddress')}>{body.address}</Fact>}
    </>
  );
}

export function RequesterFacts({ request: d }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts rq-facts-2">
      <Fact label={t('request.fields.requesterRole')} testId="requester-role">
        {t(ROLE_KEYS[d.requesterRole])}
      </Fact>
      {d.representative && <RepresentativeFacts rep={d.representative} />}
      {d.authorizedBody && <BodyFacts body={d.authorizedBody} />}
      <Fact label={t('request.fields.language')}>{t(REPLY_LANGUAGE_KEYS[d.language])}</Fact>
      <Fact label={t('request.fields.officer')}>{d.officer}</Fact>
      {d.origin === 'direct' && (
        <>
          <Fact label={t('request.fields.directReason')}>
            {d.directReason && d.directReason in DIRECT_REASON_KEYS
              ? t(DIRECT_REASON_KEYS[d.directReason as keyof typeof DIRECT_REASON_KEYS])
              : d.directReason}
          </Fact>
          <Fact label={t('request.fields.directNote')}>
            {d.directNote ? <span className="mr-pre">{d.directNote}</span> : null}
          </Fact>
        </>
      )}
      {d.notes && (
        <Fact label={t('request.fields.notes')}>
          <span className="mr-pre">{d.notes}</span>
        </Fact>
      )}
      <Fact label={t('request.fields.received')}>{formatDate(d.receivedAt, i18n.language)}</Fact>
    </dl>
  );
}
