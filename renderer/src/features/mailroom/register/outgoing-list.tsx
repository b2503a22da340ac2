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
import { CHANNEL_KEYS, choices, OUTGOING_STATUS_KEYS } from '../vocab';
import { RegisterList, type FilterField, type FilterForm, type RegisterListSpec } from './RegisterList';
import { column, filterField, statusColumn } from './cells';

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
      filterField('channel', t('mailroom.fields.method'), choices(t, CHANNELS, CHANNEL_KEYS)),
      filterField('status', t('mailroom.fields.status'), choices(t, OUTGOING_STATUSES, OUTGOING_STATUS_KEYS)),
    ],
    [t],
  );
}

function useColumns(): ColumnDef<OutgoingRow, unknown>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const col = column<OutgoingRow>;
    const format = (v: string) => formatDay(v, i18n.language);
    return [
      col('number', t('mailroom.fields.outgoingNo'), (r) => r.outgoingNo, { look: 'mono', sortable: true }),
      col('date', t('mailroom.fields.outgoingDate'), (r) => r.date, { sortable: true, format }),
      col('addressee', t('mailroom.fields.addresseeName'), (r) => r.addressee.name, { sortable: true }),
      col('summary', t('mailroom.fields.summary'), (r) => r.summary),
      col('inReplyTo', t('mailroom.fields.inReplyToShort'), (r) => r.inReplyTo, { look: 'mono' }),
      col('method', t('mailroom.fields.method'), (r) => t(CHANNEL_KEYS[r.method])),
      col('tracking', t('mailroom.fields.trackingNumber'), (r) => r.trackingNumber, { look: 'mono' }),
      col('signatory', t('mailroom.fields.signatory'), (r) => r.signatory ?? ''),
      statusColumn<OutgoingRow>(t('mailroom.fields.status'), (s) => t(OUTGOING_STATUS_KEYS[s])),
    ];
  }, [t, i18n.language]);
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
