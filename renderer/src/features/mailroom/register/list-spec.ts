// A register list's spec, built from the register's core descriptor (common/mailroom/registers.ts):
// its calls, sort keys, filter, number and status columns and page texts follow from it. A
// register's list file adds only what is its own: the columns between number and status, how
// the person filter offers its choices, and a few words.
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallName } from '../../../../../common/contract';
import { CHANNELS } from '../../../../../common/contract/mailroom';
import type { INCOMING_REGISTER, OUTGOING_REGISTER } from '../../../../../common/mailroom/registers';
import { api } from '../../../api/client';
import { formatDateTime } from '../../../format/dates';
import { formatDay } from '../format';
import { CHANNEL_KEYS, choices, STATUS_KEYS } from '../vocab';
import type { FilterField, FilterForm, ListRow, RegisterListSpec } from './RegisterList';
import { column, filterField, statusColumn } from './cells';

type Descriptor = typeof INCOMING_REGISTER | typeof OUTGOING_REGISTER;
type Row = ListRow & { scanCount: number };

/** The person filter's "nobody" choice (e.g. letters not assigned to anyone). */
export const NONE = '\u0000none';

interface OwnParts<R> {
  /**
   * The register day's column (its id, header key and value): it sorts by date, newest first by
   * default, and shows a time or a calendar day as the descriptor's `day.instant` says.
   */
  day: { id: string; header: string; value: (r: R) => string };
  /** The columns between the day and the status, in words of `t`. */
  columns: (t: TFunction) => ColumnDef<R, unknown>[];
  /** The status badge's translation key, when it says more than the status alone. */
  statusKey?: (row: R) => string;
  /** The person filter (who is assigned, …): its label and choices; a hook, as it may ask the core. */
  usePartyFilter?: () => FilterField | null;
  text: { newEntry: string; empty: string };
  newEntryTestId: string;
}

export function registerListSpec<R extends Row, F>(d: Descriptor, own: OwnParts<R>): RegisterListSpec<R, F> {
  const { channel, party } = d.filters;
  const statusKeys: Record<string, string> = STATUS_KEYS[d.register];
  // The selects offer only the register's own values, so the form maps onto its filter as is.
  const toFilter = (f: FilterForm): F => {
    const out: Record<string, string | null> = {};
    if (f.from) out.from = f.from;
    if (f.to) out.to = f.to;
    if (f.channel) out[channel.key] = f.channel;
    if (f.status) out.status = f.status;
    if (f.party === NONE) out[party.key] = null;
    else if (f.party) out[party.key] = f.party;
    return out as F;
  };
  const usePartyFilter = own.usePartyFilter ?? (() => null);
  function useFilterFields(): FilterField[] {
    const { t } = useTranslation();
    const partyField = usePartyFilter();
    return useMemo(
      () => [
        filterField('channel', t(`mailroom.fields.${channel.key}`), choices(t, CHANNELS, CHANNEL_KEYS)),
        filterField('status', t('mailroom.fields.status'), choices(t, d.statuses, statusKeys)),
        ...(partyField ? [partyField] : []),
      ],
      [t, partyField],
    );
  }
  function useColumns(): ColumnDef<R, unknown>[] {
    const { t, i18n } = useTranslation();
    return useMemo(() => {
      const numberField = d.numberField as keyof R;
      const statusKey = own.statusKey ?? ((r: R) => statusKeys[r.status] ?? r.status);
      return [
        column<R>('number', t(`mailroom.fields.${d.numberField}`), (r) => r[numberField] as string, {
          look: 'mono',
          sortable: true,
        }),
        column<R>(own.day.id, t(own.day.header), own.day.value, {
          sortable: true,
          format: (v) => (d.day.instant ? formatDateTime : formatDay)(v, i18n.language),
        }),
        ...own.columns(t),
        statusColumn<R>(t('mailroom.fields.status'), (_s, r) => t(statusKey(r))),
      ];
    }, [t, i18n.language]);
  }
  // The descriptor's action names both calls; TypeScript cannot tell from it that their input and
  // output are this register's (filter F, rows R), so they are typed here once.
  const call = <T>(name: `${Descriptor['action']}.${'list' | 'count'}`, input: unknown) =>
    (api.call as (n: CallName, i: unknown) => Promise<T>)(name, input);
  return {
    register: d.register,
    sortKeys: { [own.day.id]: 'date', number: 'number', [d.partySort.key]: d.partySort.key },
    defaultSort: own.day.id,
    toFilter,
    count: (filter, cap) => call(`${d.action}.count`, { filter, ...(cap ? { cap } : {}) }),
    list: (req) => call(`${d.action}.list`, req),
    useFilterFields,
    useColumns,
    text: {
      title: `nav.${d.register}`,
      lead: `pages.${d.register}.lead`,
      label: `mailroom.list.${d.register}Label`,
      ...own.text,
    },
    newEntryTestId: own.newEntryTestId,
  };
}
