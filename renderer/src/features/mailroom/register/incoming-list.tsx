// The incoming register's list: its own columns (received, channel, sender, masked IIN, officer)
// and the officer filter.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingFilter, IncomingRow } from '../../../../../common/contract/mailroom';
import { INCOMING_REGISTER } from '../../../../../common/mailroom/registers';
import { useCall } from '../../../api/hooks';
import { CHANNEL_KEYS, incomingStatusKey } from '../vocab';
import { RegisterList, type FilterField } from './RegisterList';
import { column, filterField } from './cells';
import { NONE, registerListSpec } from './list-spec';

const col = column<IncomingRow>;

/** The officers the letters are assigned to, and "not assigned". */
function useOfficerFilter(): FilterField {
  const { t } = useTranslation();
  const officers = useCall('intake.officers', {}).data?.officers;
  return useMemo(
    () =>
      filterField('party', t('mailroom.fields.assignedTo'), [
        { value: NONE, label: t('mailroom.list.unassigned') },
        ...(officers ?? []).map((o) => ({ value: o, label: o })),
      ]),
    [t, officers],
  );
}

const SPEC = registerListSpec<IncomingRow, IncomingFilter>(INCOMING_REGISTER, {
  day: { id: 'received', header: 'mailroom.fields.receivedAt', value: (r) => r.receivedAt },
  columns: (t) => [
    col('channel', t('mailroom.fields.channelShort'), (r) => t(CHANNEL_KEYS[r.channel])),
    col('tracking', t('mailroom.fields.trackingNumber'), (r) => r.trackingNumber, { look: 'mono' }),
    col('sender', t('mailroom.fields.senderShort'), (r) => r.sender.name, { sortable: true }),
    {
      id: 'iin',
      enableSorting: false,
      accessorFn: (r) => r.sender.iinMasked,
      header: () => t('mailroom.fields.iinShort'),
      cell: (c) => (
        <span className="mr-mono" data-testid="iin-masked">
          {(c.getValue() as string | null) ?? ''}
        </span>
      ),
    },
    col('summary', t('mailroom.fields.summary'), (r) => r.summary),
    col('assigned', t('mailroom.fields.assignedToShort'), (r) => r.assignedTo ?? ''),
  ],
  statusKey: incomingStatusKey,
  usePartyFilter: useOfficerFilter,
  text: { newEntry: 'mailroom.list.newLetter', empty: 'mailroom.list.empty' },
  newEntryTestId: 'new-letter',
});

export function IncomingList() {
  return <RegisterList spec={SPEC} />;
}
