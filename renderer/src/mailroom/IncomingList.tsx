// The incoming register as a list: filters (period, channel, status, officer) and sorting are done
// by the core; rows come page by page as they scroll into view. IINs arrive masked.
// N (outside text fields) opens the intake form.
import { createColumnHelper, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNELS,
  INCOMING_STATUSES,
  type IncomingFilter,
  type IncomingRow,
  type IncomingSortKey,
} from '../../../common/contract/mailroom';
import { api } from '../api/client';
import { useCall } from '../api/hooks';
import { href, navigate } from '../app/router';
import { isTypingTarget } from '../app/shortcuts';
import { onDropPrivateData } from '../auth/private-data';
import { ErrorMessage } from '../components/ErrorMessage';
import { Page } from '../components/Page';
import { formatDateTime } from '../format/dates';
import { ExportDialog } from './ExportDialog';
import { PaperclipIcon } from './icons';
import { isPlainKey } from './keyboard';
import { RegisterTable } from './RegisterTable';
import { useCanWrite } from './session';
import { usePagedRows } from './usePagedRows';
import { CHANNEL_KEYS, INCOMING_STATUS_KEYS } from './vocab';

interface FilterForm {
  from: string;
  to: string;
  channel: string;
  status: string;
  /** '' any, NONE not assigned, else the officer. */
  officer: string;
}
const NONE = '\u0000none';
const EMPTY: FilterForm = { from: '', to: '', channel: '', status: '', officer: '' };

/** Kept for the window's life, so that coming back from a record finds the list as it was left. */
const remembered: { filter: FilterForm; sorting: SortingState; active: number } = {
  filter: EMPTY,
  sorting: [{ id: 'received', desc: true }],
  active: 0,
};

// Locked or signed out: back to the unfiltered list (a filter may name an officer).
onDropPrivateData(() => {
  remembered.filter = EMPTY;
  remembered.sorting = [{ id: 'received', desc: true }];
  remembered.active = 0;
});

const SORT_KEYS: Record<string, IncomingSortKey> = { number: 'number', received: 'date', sender: 'sender' };

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

const col = createColumnHelper<IncomingRow>();

export function IncomingList() {
  const { t, i18n } = useTranslation();
  const canWrite = useCanWrite();
  const ids = { from: useId(), to: useId(), channel: useId(), status: useId(), officer: useId() };
  const [filter, setFilter] = useState<FilterForm>(remembered.filter);
  const [sorting, setSorting] = useState<SortingState>(remembered.sorting);
  const [exportOpen, setExportOpen] = useState(false);
  const officers = useCall('intake.officers', {});

  useEffect(() => {
    remembered.filter = filter;
    remembered.sorting = sorting;
  }, [filter, sorting]);

  const query = useMemo(() => {
    const s = sorting[0];
    const sort =
      s && SORT_KEYS[s.id]
        ? { by: SORT_KEYS[s.id]!, dir: s.desc ? ('desc' as const) : ('asc' as const) }
        : undefined;
    const f = toFilter(filter);
    const rangeBad = Boolean(f.from && f.to && f.from > f.to);
    return { filter: f, sort, rangeBad };
  }, [filter, sorting]);
  const key = JSON.stringify(query);

  const loader = useMemo(
    () => ({
      count: (cap?: number) =>
        query.rangeBad
          ? Promise.resolve({ count: 0, exact: true })
          : api.call('intake.count', { filter: query.filter, ...(cap ? { cap } : {}) }),
      page: (req: { limit: number; offset?: number; cursor?: string }) =>
        query.rangeBad
          ? Promise.resolve({ rows: [], hasMore: false, nextCursor: null })
          : api.call('intake.list', {
              ...req,
              filter: query.filter,
              ...(query.sort ? { sort: query.sort } : {}),
            }),
      pageReversed: (req: { limit: number; offset: number }) =>
        api.call('intake.list', {
          ...req,
          filter: query.filter,
          sort: { by: query.sort?.by ?? 'date', dir: query.sort?.dir === 'asc' ? 'desc' : 'asc' },
        }),
    }),
    [query],
  );
  const rows = usePagedRows<IncomingRow>(key, loader);

  // N opens the intake form (the physical key, so it works in every keyboard layout).
  useEffect(() => {
    if (!canWrite) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      if (isPlainKey(e, 'KeyN')) {
        e.preventDefault();
        navigate('incoming', 'new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canWrite]);

  const columns = useMemo<ColumnDef<IncomingRow, unknown>[]>(
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
          cell: (c) => <span title={c.getValue()}>{c.getValue()}</span>,
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
          cell: (c) => <span title={c.getValue()}>{c.getValue()}</span>,
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
            <span className="mr-status-cell">
              <span className={`mr-badge mr-badge-${c.getValue()}`}>
                {t(INCOMING_STATUS_KEYS[c.getValue()])}
              </span>
              {c.row.original.scanCount > 0 && (
                <span
                  className="mr-clip-count"
                  title={t('mailroom.list.scans', { count: c.row.original.scanCount })}
                >
                  <PaperclipIcon />
                  <span className="mr-visually-hidden">
                    {t('mailroom.list.scans', { count: c.row.original.scanCount })}
                  </span>
                  <span aria-hidden="true">{c.row.original.scanCount}</span>
                </span>
              )}
            </span>
          ),
        }),
      ] as ColumnDef<IncomingRow, unknown>[],
    [t, i18n.language],
  );

  const set = (k: keyof FilterForm) => (e: { target: { value: string } }) => {
    remembered.active = 0;
    setFilter((f) => ({ ...f, [k]: e.target.value }));
  };
  const onOpen = useCallback((r: IncomingRow) => navigate('incoming', String(r.id)), []);
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY);

  return (
    <Page
      title={t('nav.incoming')}
      lead={t('pages.incoming.lead')}
      wide
      actions={
        <>
          {canWrite && (
            <a
              className="button button-primary"
              href={href('incoming', 'new')}
              data-testid="new-letter"
              aria-keyshortcuts="N"
            >
              {t('mailroom.list.newLetter')} <kbd>N</kbd>
            </a>
          )}
          <button type="button" className="button" onClick={() => setExportOpen(true)}>
            {t('mailroom.export.action')}
          </button>
        </>
      }
    >
      <form
        className="mr-filters"
        role="search"
        aria-label={t('mailroom.list.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={ids.from}>{t('mailroom.list.from')}</label>
          <input id={ids.from} type="date" value={filter.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('mailroom.list.to')}</label>
          <input
            id={ids.to}
            type="date"
            value={filter.to}
            onChange={set('to')}
            aria-invalid={query.rangeBad}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.channel}>{t('mailroom.fields.channel')}</label>
          <select id={ids.channel} value={filter.channel} onChange={set('channel')}>
            <option value="">{t('mailroom.list.any')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(CHANNEL_KEYS[c])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('mailroom.fields.status')}</label>
          <select id={ids.status} value={filter.status} onChange={set('status')}>
            <option value="">{t('mailroom.list.any')}</option>
            {INCOMING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(INCOMING_STATUS_KEYS[s])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.officer}>{t('mailroom.fields.assignedTo')}</label>
          <select id={ids.officer} value={filter.officer} onChange={set('officer')}>
            <option value="">{t('mailroom.list.any')}</option>
            <option value={NONE}>{t('mailroom.list.unassigned')}</option>
            {(officers.data?.officers ?? []).map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
        <div className="mr-filter-end">
          {filtered && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                remembered.active = 0;
                setFilter(EMPTY);
              }}
            >
              {t('mailroom.list.reset')}
            </button>
          )}
          <p className="mr-total" role="status" data-testid="incoming-count">
            {rows.count === null
              ? t('common.loading')
              : rows.exact
                ? t('mailroom.list.count', { count: rows.count })
                : t('mailroom.list.countAtLeast', { count: rows.count })}
          </p>
        </div>
      </form>
      {query.rangeBad && (
        <p className="field-error" role="alert">
          {t('mailroom.issues.range_order')}
        </p>
      )}
      {rows.error && <ErrorMessage error={rows.error} />}
      <RegisterTable<IncomingRow>
        key={key}
        label={t('mailroom.list.incomingLabel')}
        columns={columns}
        gridClass="mr-grid-incoming"
        rows={rows}
        sorting={sorting}
        onSortingChange={(u) => {
          remembered.active = 0;
          setSorting(u);
        }}
        onOpen={onOpen}
        initialIndex={remembered.active}
        onActiveChange={(i) => (remembered.active = i)}
        rowClass={(r) => (r.status === 'cancelled' ? 'mr-row-cancelled' : '')}
        empty={filtered ? t('mailroom.list.emptyFiltered') : t('mailroom.list.empty')}
        testId="incoming-table"
      />
      {exportOpen && (
        <ExportDialog
          open
          register="incoming"
          from={filter.from || undefined}
          to={filter.to || undefined}
          onClose={() => setExportOpen(false)}
        />
      )}
    </Page>
  );
}
