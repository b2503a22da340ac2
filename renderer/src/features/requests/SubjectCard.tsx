// Who the request is about and who wrote it. The full IIN shows here (the person opened the
// request, which the core audits) with what it says (birth date, age, a minor). Officers correct
// the subject's details — the central account id, without which no action can be queued — through
// requests.update (EditRequestDialog).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { useAuth } from '../../auth/context';
import { CardHead } from './CardHead';
import { EditRequestDialog } from './EditRequestDialog';
import { RequesterFacts, SubjectFacts } from './SubjectFacts';

export function SubjectCard({ request: d, onChanged }: { request: RequestDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [editing, setEditing] = useState(false);
  const editable = can('requests.update') && !d.purgedAt && d.state !== 'closed' && d.state !== 'cancelled';
  const edit = { label: t('request.subject.edit'), onClick: () => setEditing(true), testId: 'edit-request' };

  return (
    <section className="card" aria-labelledby="rq-subject" data-testid="request-subject">
      <CardHead id="rq-subject" title={t('request.subject.title')} action={editable && edit} />
      {!d.subject ? (
        <p className="muted">{t('request.subject.purged')}</p>
      ) : (
        <SubjectFacts subject={d.subject} minor={d.minor} />
      )}
      <h3 className="rq-subhead">{t('request.subject.requester')}</h3>
      <RequesterFacts request={d} />
      {editing && <EditRequestDialog request={d} onClose={() => setEditing(false)} onSaved={onChanged} />}
    </section>
  );
}
