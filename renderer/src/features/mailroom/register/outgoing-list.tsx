// The outgoing register's list: its own columns (addressee, reply, method, signatory).
import type { OutgoingFilter, OutgoingRow } from '../../../../../common/contract/mailroom';
import { OUTGOING_REGISTER } from '../../../../../common/mailroom/registers';
import { CHANNEL_KEYS } from '../vocab';
import { RegisterList } from './RegisterList';
import { column } from './cells';
import { registerListSpec } from './list-spec';

const col = column<OutgoingRow>;

const SPEC = registerListSpec<OutgoingRow, OutgoingFilter>(OUTGOING_REGISTER, {
  day: { id: 'date', header: 'mailroom.fields.outgoingDate', value: (r) => r.date },
  columns: (t) => [
    col('addressee', t('mailroom.fields.addresseeName'), (r) => r.addressee.name, { sortable: true }),
    col('summary', t('mailroom.fields.summary'), (r) => r.summary),
    col('inReplyTo', t('mailroom.fields.inReplyToShort'), (r) => r.inReplyTo, { look: 'mono' }),
    col('method', t('mailroom.fields.method'), (r) => t(CHANNEL_KEYS[r.method])),
    col('tracking', t('mailroom.fields.trackingNumber'), (r) => r.trackingNumber, { look: 'mono' }),
    col('signatory', t('mailroom.fields.signatory'), (r) => r.signatory ?? ''),
  ],
  text: { newEntry: 'mailroom.list.newOutgoing', empty: 'mailroom.list.emptyOutgoing' },
  newEntryTestId: 'new-outgoing',
});

export function OutgoingList() {
  return <RegisterList spec={SPEC} />;
}
