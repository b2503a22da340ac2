// The outgoing register's list: its calls, columns and filters (method, status).
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../../common/contract';
import {
  CHANNELS,
  OUTGOING_STATUSES,
  type OutgoingFilter,
  type OutgoingRow,
  type OutgoingSortKey,
} from '../../../../../common/contract/mailroom';
import { api } from '../../../api/client';
import { formatDay } from '../format';
import { CHANNEL_KEYS, OUTGOING_STATUS_KEYS } from '../vocab';
import { RegisterList, type FilterField, type FilterForm, type RegisterListSpec } from './RegisterList';
import { monoColumn, plainColumn, statusColumn, textColumn } from './cells';

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
    () => [
      monoColumn<OutgoingRow>('number', t('mailroom.fields.outgoingNo'), (r) => r.outgoingNo),
      {
        id: 'date',
        accessorFn: (r) => r.date,
        header: () => t('mailroom.fields.outgoingDate'),
        cell: (c) => formatDay(c.getValue() as string, i18n.language),
      },
      textColumn<OutgoingRow>('addressee', t('mailroom.fields.addresseeName'), (r) => r.addressee.name, true),
      textColumn<OutgoingRow>('summary', t('mailroom.fields.summary'), (r) => r.summary),
      {
        ...monoColumn<OutgoingRow>('inReplyTo', t('mailroom.fields.inReplyToShort'), (r) => r.inReplyTo),
        enableSorting: false,
      },
      plainColumn<OutgoingRow>('method', t('mailroom.fields.method'), (r) => t(CHANNEL_KEYS[r.method])),
      {
        ...monoColumn<OutgoingRow>('tracking', t('mailroom.fields.trackingNumber'), (r) => r.trackingNumber),
        enableSorting: false,
      },
      plainColumn<OutgoingRow>('signatory', t('mailroom.fields.signatory'), (r) => r.signatory ?? ''),
      statusColumn<OutgoingRow>(t('mailroom.fields.status'), (s) => t(OUTGOING_STATUS_KEYS[s])),
    ],
    [t, i18n.language],
  );
}

const SORT_KEYS: Record<string, OutgoingSortKey> = { date: 'date', number: 'number', addressee: 'addressee' };

const SPEC: RegisterListSpec<OutgoingRow, OutgoingFilter> = {
  register: 'outgoing',
  sortKeys: SORT_KEYS,
  defaultSort: 'date',
  toFilter,
  count: (filter, cap) => api.call('outgoing.count', { filter, ...(cap ? { cap } : {}) }),
  // The spec's sort key is one of SORT_KEYS' values, so it is an OutgoingSortKey.
  list: (req) => api.call('outgoing.list', req as CallInput<'outgoing.list'>),
  useFilterFields,
  useColumns,
  text: {
    title: 'nav.outgoing',
    lead: 'pages.outgoing.lead',
    newEntry: 'mailroom.list.newOutgoing',
    label: 'mailroom.list.outgoingLabel',
    empty: 'mailroom.list.emptyOutgoing',
  },
  newEntryTestId: 'new-outgoing',
};

export function OutgoingList() {
  return <RegisterList spec={SPEC} />;
}
