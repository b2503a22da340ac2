// The two register pages: #/<register> (the list), #/<register>/new[/<Вх. №>] (the form; for the
// outgoing register a reply to that incoming letter), #/<register>/<id> (one letter).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageComponentProps } from '../../app/pages/types';
import { href } from '../../app/router';
import { Page } from '../../ui/Page';
import { IncomingRecord } from './IncomingRecord';
import { IntakeForm } from './intake/IntakeForm';
import { OutgoingForm } from './outgoing/OutgoingForm';
import { OutgoingRecord } from './OutgoingRecord';
import { IncomingList } from './register/incoming-list';
import { OutgoingList } from './register/outgoing-list';
import { INCOMING, OUTGOING, type EntryBase, type RegisterDescriptor } from './registers';
import '../../styles/mailroom.css';

interface Views {
  list: () => ReactNode;
  record: (id: number) => ReactNode;
  form: (replyTo: string | undefined) => ReactNode;
}

function RegisterPage<E extends EntryBase>({
  descriptor,
  params,
  views,
}: {
  params: string[];
  descriptor: RegisterDescriptor<E>;
  views: Views;
}) {
  const [first, second] = params;
  if (first === 'new')
    return <NewEntryPage key={second ?? ''} descriptor={descriptor} form={views.form(second)} />;
  if (first && /^[1-9][0-9]{0,15}$/.test(first)) return views.record(Number(first));
  return views.list();
}

function NewEntryPage<E extends EntryBase>({
  descriptor: d,
  form,
}: {
  descriptor: RegisterDescriptor<E>;
  form: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Page
      title={t(d.text.newTitle)}
      lead={t(d.text.newLead)}
      wide
      actions={
        <a className="button" href={href(d.register)}>
          {t(d.text.back)}
        </a>
      }
    >
      {form}
    </Page>
  );
}

const INCOMING_VIEWS: Views = {
  list: () => <IncomingList />,
  record: (id) => <IncomingRecord key={id} id={id} />,
  form: () => <IntakeForm />,
};

const OUTGOING_VIEWS: Views = {
  list: () => <OutgoingList />,
  record: (id) => <OutgoingRecord key={id} id={id} />,
  form: (replyTo) => <OutgoingForm replyTo={replyTo} />,
};

export function IncomingPage({ params }: PageComponentProps) {
  return <RegisterPage descriptor={INCOMING} params={params} views={INCOMING_VIEWS} />;
}

export function OutgoingPage({ params }: PageComponentProps) {
  return <RegisterPage descriptor={OUTGOING} params={params} views={OUTGOING_VIEWS} />;
}
