// The incoming register's list: its calls, columns and filters (channel, status, officer).
// IINs arrive masked.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNELS,
  INCOMING_STATUSES,
  type IncomingFilter,
  type IncomingRow,
  type IncomingSortKey,
} from '../../../../common/contract/mailroom';
import type { CallInput } from '../../../../common/contract';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { formatDateTime } from '../../format/dates';
import { CHANNEL_KEYS, INCOMING_STATUS_KEYS } from '../vocab';
import { RegisterList, type FilterField, type FilterForm, type RegisterListSpec } from './RegisterList';
import { StatusCell, TitledCell } from './cells';

const NONE = '\u0000none';
const col = createColumnHelper<IncomingRow>();

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
  const officers = useCall('intake.officers', {});
  const list = officers.data?.officers;
  return useMemo(
    () => [
      {
        key: 'channel',
        label: t('mailroom.fields.channel'),
        options: CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_KEYS[c]) })),
      },
      {
        key: 'status',
        label: t('mailroom.fields.status'),
        options: INCOMING_STATUSES.map((s) => ({ value: s, label: t(INCOMING_STATUS_KEYS[s]) })),
      },
      {
        key: 'officer',
        label: t('mailroom.fields.assignedTo'),
        options: [
          { value: NONE, label: t('mailroom.list.unassigned') },
          ...(list ?? []).map((o) => ({ value: o, label: o })),
        ],
      },
    ],
    [t, list],
  );
}

function useColumns(): ColumnDef<IncomingRow, unknown>[] {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      [
        col.accessor('incomingNo', {
          id: 'number',
          header: () => t('mailroom.fields.incomingNo'),
          cell: (c) => <span className="mr-mono">{c.getValue()}</span>,
        }),
        col.accessor('receivedAt', {
          id: 'received',
          header: () => t('mailroom.fields.receivedAt'),
          cell: (c) => formatDateTime(c.getValue(), i18n.language),
        }),
        col.accessor('channel', {
          id: 'channel',
          enableSorting: false,
          header: () => t('mailroom.fields.channelShort'),
          cell: (c) => t(CHANNEL_KEYS[c.getValue()]),
        }),
        col.accessor((r) => r.sender.name, {
          id: 'sender',
          header: () => t('mailroom.fields.senderShort'),
          cell: (c) => <TitledCell text={c.getValue()} />,
        }),
        col.accessor((r) => r.sender.iinMasked, {
          id: 'iin',
          enableSorting: false,
          header: () => t('mailroom.fields.iinShort'),
          cell: (c) => (
            <span className="mr-mono" data-testid="iin-masked">
              {c.getValue() ?? ''}
            </span>
          ),
        }),
        col.accessor('summary', {
          id: 'summary',
          enableSorting: false,
          header: () => t('mailroom.fields.summary'),
          cell: (c) => <TitledCell text={c.getValue()} />,
        }),
        col.accessor('assignedTo', {
          id: 'assigned',
          enableSorting: false,
          header: () => t('mailroom.fields.assignedToShort'),
          cell: (c) => c.getValue() ?? '',
        }),
        col.accessor('status', {
          id: 'status',
          enableSorting: false,
          header: () => t('mailroom.fields.status'),
          cell: (c) => (
            <StatusCell
              status={c.getValue()}
              label={t(INCOMING_STATUS_KEYS[c.getValue()])}
              scanCount={c.row.original.scanCount}
            />
          ),
        }),
      ] as ColumnDef<IncomingRow, unknown>[],
    [t, i18n.language],
  );
}

const SORT_KEYS: Record<string, IncomingSortKey> = { received: 'date', number: 'number', sender: 'sender' };

function useSpec(): RegisterListSpec<IncomingRow, IncomingFilter> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      register: 'incoming',
      sortKeys: SORT_KEYS,
      defaultSort: 'received',
      reverseBy: 'date',
      toFilter,
      count: (filter, cap) => api.call('intake.count', { filter, ...(cap ? { cap } : {}) }),
      // The spec's sort key is one of SORT_KEYS' values, so it is an IncomingSortKey.
      list: (req) => api.call('intake.list', req as CallInput<'intake.list'>),
      useFilterFields,
      useColumns,
      rowClass: (r) => (r.status === 'cancelled' ? 'mr-row-cancelled' : ''),
      text: {
        title: t('nav.incoming'),
        lead: t('pages.incoming.lead'),
        newEntry: t('mailroom.list.newLetter'),
        label: t('mailroom.list.incomingLabel'),
        empty: t('mailroom.list.empty'),
      },
      testIds: { newEntry: 'new-letter', count: 'incoming-count', table: 'incoming-table' },
      gridClass: 'mr-grid-incoming',
    }),
    [t],
  );
}

export function IncomingList() {
  return <RegisterList spec={useSpec()} />;
}
