// The outgoing register's list: its calls, columns and filters (method, status).
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../common/contract';
import {
  CHANNELS,
  OUTGOING_STATUSES,
  type OutgoingFilter,
  type OutgoingRow,
  type OutgoingSortKey,
} from '../../../../common/contract/mailroom';
import { api } from '../../api/client';
import { formatDay } from '../format';
import { CHANNEL_KEYS, OUTGOING_STATUS_KEYS } from '../vocab';
import { RegisterList, type FilterField, type FilterForm, type RegisterListSpec } from './RegisterList';
import { StatusCell, TitledCell } from './cells';

const col = createColumnHelper<OutgoingRow>();

function toFilter(f: FilterForm): OutgoingFilter {
  const out: OutgoingFilter = {};
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.channel) out.method = f.channel as OutgoingFilter['method'];
  if (f.status) out.status = f.status as OutgoingFilter['status'];
  return out;
}

function useFilterFields(): FilterField[] {
  const { t } = useTranslation();
  return useMemo(
    () => [
      {
        key: 'channel',
        label: t('mailroom.fields.method'),
        options: CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_KEYS[c]) })),
      },
      {
        key: 'status',
        label: t('mailroom.fields.status'),
        options: OUTGOING_STATUSES.map((s) => ({ value: s, label: t(OUTGOING_STATUS_KEYS[s]) })),
      },
    ],
    [t],
  );
}

function useColumns(): ColumnDef<OutgoingRow, unknown>[] {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      [
        col.accessor('outgoingNo', {
          id: 'number',
          header: () => t('mailroom.fields.outgoingNo'),
          cell: (c) => <span className="mr-mono">{c.getValue()}</span>,
        }),
        col.accessor('date', {
          id: 'date',
          header: () => t('mailroom.fields.outgoingDate'),
          cell: (c) => formatDay(c.getValue(), i18n.language),
        }),
        col.accessor((r) => r.addressee.name, {
          id: 'addressee',
          header: () => t('mailroom.fields.addresseeName'),
          cell: (c) => <TitledCell text={c.getValue()} />,
        }),
        col.accessor('summary', {
          id: 'summary',
          enableSorting: false,
          header: () => t('mailroom.fields.summary'),
          cell: (c) => <TitledCell text={c.getValue()} />,
        }),
        col.accessor('inReplyTo', {
          id: 'inReplyTo',
          enableSorting: false,
          header: () => t('mailroom.fields.inReplyToShort'),
          cell: (c) => <span className="mr-mono">{c.getValue() ?? ''}</span>,
        }),
        col.accessor('method', {
          id: 'method',
          enableSorting: false,
          header: () => t('mailroom.fields.method'),
          cell: (c) => t(CHANNEL_KEYS[c.getValue()]),
        }),
        col.accessor('signatory', {
          id: 'signatory',
          enableSorting: false,
          header: () => t('mailroom.fields.signatory'),
          cell: (c) => c.getValue() ?? '',
        }),
        col.accessor('status', {
          id: 'status',
          enableSorting: false,
          header: () => t('mailroom.fields.status'),
          cell: (c) => (
            <StatusCell
              status={c.getValue()}
              label={t(OUTGOING_STATUS_KEYS[c.getValue()])}
              scanCount={c.row.original.scanCount}
            />
          ),
        }),
      ] as ColumnDef<OutgoingRow, unknown>[],
    [t, i18n.language],
  );
}

const SORT_KEYS: Record<string, OutgoingSortKey> = { date: 'date', number: 'number', addressee: 'addressee' };

function useSpec(): RegisterListSpec<OutgoingRow, OutgoingFilter> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      register: 'outgoing',
      sortKeys: SORT_KEYS,
      defaultSort: 'date',
      reverseBy: 'date',
      toFilter,
      count: (filter, cap) => api.call('outgoing.count', { filter, ...(cap ? { cap } : {}) }),
      // The spec's sort key is one of SORT_KEYS' values, so it is an OutgoingSortKey.
      list: (req) => api.call('outgoing.list', req as CallInput<'outgoing.list'>),
      useFilterFields,
      useColumns,
      rowClass: (r) => (r.status === 'cancelled' ? 'mr-row-cancelled' : ''),
      text: {
        title: t('nav.outgoing'),
        lead: t('pages.outgoing.lead'),
        newEntry: t('mailroom.list.newOutgoing'),
        label: t('mailroom.list.outgoingLabel'),
        empty: t('mailroom.list.emptyOutgoing'),
      },
      testIds: { newEntry: 'new-outgoing', count: 'outgoing-count', table: 'outgoing-table' },
      gridClass: 'mr-grid-outgoing',
    }),
    [t],
  );
}

export function OutgoingList() {
  return <RegisterList spec={useSpec()} />;
}
