// Identity verification: which document was seen — its type, the last 4 characters of its number,
// the issuer and the date of issue — never a copy (Art. 7 p.10); or why none was needed. Saving
// moves a new or verifying request on to "in progress" (VerificationForm).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { isTerminalState } from '../../../../common/requests/vocab';
import { useAuth } from '../../auth/context';
import { formatDateTime } from '../../format/dates';
import { Fact } from '../../ui/Fact';
import { formatDay } from '../mailroom';
import { CardHead } from './CardHead';
import { VerificationForm } from './VerificationForm';
import { ID_DOCUMENT_KEYS, NO_VERIFICATION_KEYS } from './vocab';

type Verification = NonNullable<RequestDetail['verification']>;

export function VerificationCard({
  request: d,
  onChanged,
}: {
  request: RequestDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const v = d.verification;
  const [editing, setEditing] = useState(false);
  const mayVerify = can('requests.verify') && !d.purgedAt && !isTerminalState(d.state);
  const showForm = mayVerify && (editing || !v);
  const again = { label: t('request.verification.again'), onClick: () => setEditing(true) };

  return (
    <section className="card" aria-labelledby="rq-verification" data-testid="request-verification">
      <CardHead
        id="rq-verification"
        title={t('request.verification.title')}
        action={mayVerify && v && !editing && again}
      />
      {v ? (
        <VerificationFacts v={v} />
      ) : (
        !showForm && <p className="muted">{t('request.verification.none')}</p>
      )}
      {showForm && (
        <VerificationForm
          request={d}
          onCancel={v ? () => setEditing(false) : undefined}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function VerificationFacts({ v }: { v: Verification }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts rq-facts-2" data-testid="verification-recorded">
      {v.method === 'document' ? (
        <>
          <Fact label={t('request.fields.documentType')}>
            {t(ID_DOCUMENT_KEYS[v.documentType as keyof typeof ID_DOCUMENT_KEYS] ?? v.documentType)}
          </Fact>
          <Fact label={t('request.fields.numberLast4')} mono>
            …{v.numberLast4}
          </Fact>
          <Fact label={t('request.fields.documentIssuer')}>{v.issuer}</Fact>
          <Fact label={t('request.fields.issuedOn')}>{formatDay(v.issuedOn, i18n.language)}</Fact>
          <Fact label={t('request.fields.holder')}>
            {v.holder === 'representative'
              ? t('request.verification.holderRepresentative')
              : t('request.verification.holderSubject')}
          </Fact>
        </>
      ) : (
        <Fact label={t('request.verification.notRequired')}>
          {t(NO_VERIFICATION_KEYS[v.reason as keyof typeof NO_VERIFICATION_KEYS] ?? v.reason)}
        </Fact>
      )}
      {v.note && (
        <Fact label={t('request.fields.note')}>
          <span className="mr-pre">{v.note}</span>
        </Fact>
      )}
      {v.verifiedAt && (
        <Fact label={t('request.verification.recordedBy')}>
          {t('request.record.openedLine', {
            by: v.verifiedBy ?? '',
            at: formatDateTime(v.verifiedAt, i18n.language),
          })}
        </Fact>
      )}
    </dl>
  );
}
