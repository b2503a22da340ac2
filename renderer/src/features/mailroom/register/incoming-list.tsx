// The incoming register's list: its calls, columns and filters (channel, status, officer).
// IINs arrive masked.
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNELS,
  INCOMING_STATUSES,
  type IncomingFilter,
  type IncomingRow,
  type IncomingSortKey,
} from '../../../../../common/contract/mailroom';
import type { CallInput } from '../../../../../common/contract';
import { api } from '../../../api/client';
import { useCall } from '../../../api/hooks';
import { formatDateTime } from '../../../format/dates';
import { CHANNEL_KEYS, choices, INCOMING_STATUS_KEYS, incomingStatusKey } from '../vocab';
import { RegisterList, type FilterField, type FilterForm, type RegisterListSpec } from './RegisterList';
import { column, filterField, statusColumn } from './cells';

const NONE = '\u0000none';

function toFilter(f: FilterForm): IncomingFilter {
  const out: IncomingFilter = {};
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.channel) out.channel = f.channel as IncomingFilter['channel'];
  if (f.status) out.status = f.status as IncomingFilter['status'];
  if (f.officer === NONE) out.assignedTo = null;
  else if (f.officer) out.assignedTo = f.officer;
  return out;
}

function useFilterFields(): FilterField[] {
  const { t } = useTranslation();
  const officers = useCall('intake.officers', {}).data?.officers;
  return useMemo(
    () => [
      filterField('channel', t('mailroom.fields.channel'), choices(t, CHANNELS, CHANNEL_KEYS)),
      filterField('status', t('mailroom.fields.status'), choices(t, INCOMING_STATUSES, INCOMING_STATUS_KEYS)),
      filterField('officer', t('mailroom.fields.assignedTo'), [
        { value: NONE, label: t('mailroom.list.unassigned') },
        ...(officers ?? []).map((o) => ({ value: o, label: o })),
      ]),
    ],
    [t, officers],
  );
}

function useColumns(): ColumnDef<IncomingRow, unknown>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const col = column<IncomingRow>;
    const format = (v: string) => formatDateTime(v, i18n.language);
    return [
      col('number', t('mailroom.fields.incomingNo'), (r) => r.incomingNo, { look: 'mono', sortable: true }),
      col('received', t('mailroom.fields.receivedAt'), (r) => r.receivedAt, { sortable: true, format }),
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
      statusColumn<IncomingRow>(t('mailroom.fields.status'), (_s, r) => t(incomingStatusKey(r))),
    ];
  }, [t, i18n.language]);
}

const SORT_KEYS: Record<string, IncomingSortKey> = { received: 'date', number: 'number', sender: 'sender' };

const SPEC: RegisterListSpec<IncomingRow, IncomingFilter> = {
  register: 'incoming',
  sortKeys: SORT_KEYS,
  defaultSort: 'received',
  toFilter,
  count: (filter, cap) => api.call('intake.count', { filter, ...(cap ? { cap } : {}) }),
  // The spec's sort key is one of SORT_KEYS' values, so it is an IncomingSortKey.
  list: (req) => api.call('intake.list', req as CallInput<'intake.list'>),
  useFilterFields,
  useColumns,
  text: {
    title: 'nav.incoming',
    lead: 'pages.incoming.lead',
    newEntry: 'mailroom.list.newLetter',
    label: 'mailroom.list.incomingLabel',
    empty: 'mailroom.list.empty',
  },
  newEntryTestId: 'new-letter',
};

export function IncomingList() {
  return <RegisterList spec={SPEC} />;
}
