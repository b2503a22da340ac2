// The incoming register: #/incoming (the list), #/incoming/new (the intake form), #/incoming/<id>
// (one letter).
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { Page } from '../../ui/Page';
import { IncomingList } from './register/incoming-list';
import { IncomingRecord } from './IncomingRecord';
import { IntakeForm } from './intake/IntakeForm';
import type { PageComponentProps } from '../../app/pages/types';
import '../../styles/mailroom.css';

export function IncomingPage({ params }: PageComponentProps) {
  const [first] = params;
  if (first === 'new') return <IntakePage />;
  if (first && /^[1-9][0-9]{0,15}$/.test(first)) return <IncomingRecord key={first} id={Number(first)} />;
  return <IncomingList />;
}

function IntakePage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('pages.incoming.newTitle')}
      lead={t('pages.incoming.newLead')}
      wide
      actions={
        <a className="button" href={href('incoming')}>
          {t('mailroom.record.back')}
        </a>
      }
    >
      <IntakeForm />
    </Page>
  );
}
