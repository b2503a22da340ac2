// The outgoing register: #/outgoing (the list), #/outgoing/new[/<Вх. №>] (a manual entry, as a
// reply to that incoming letter), #/outgoing/<id> (one letter).
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { Page } from '../../ui/Page';
import { OutgoingForm } from './outgoing/OutgoingForm';
import { OutgoingList } from './register/outgoing-list';
import { OutgoingRecord } from './OutgoingRecord';
import type { PageComponentProps } from '../../app/pages/types';
import '../../styles/mailroom.css';

export function OutgoingPage({ params }: PageComponentProps) {
  const [first, second] = params;
  if (first === 'new') return <OutgoingNewPage key={second ?? ''} replyTo={second} />;
  if (first && /^[1-9][0-9]{0,15}$/.test(first)) return <OutgoingRecord key={first} id={Number(first)} />;
  return <OutgoingList />;
}

function OutgoingNewPage({ replyTo }: { replyTo?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Page
      title={t('pages.outgoing.newTitle')}
      lead={t('pages.outgoing.newLead')}
      wide
      actions={
        <a className="button" href={href('outgoing')}>
          {t('mailroom.record.backOutgoing')}
        </a>
      }
    >
      <OutgoingForm replyTo={replyTo} />
    </Page>
  );
}
