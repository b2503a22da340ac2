// The requests list (#/requests): filters by state, type, officer, due date and a search are done by
// the core (requests.list), most urgent first by default; rows come page by page as they scroll into
// view in the mailroom's virtualized table. The subject's IIN arrives masked. A row opens
// #/requests/<id> (the request screen). Officers also get "Acknowledge today's new requests".
import { createColumnHelper, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../../../common/contract/requests';
import type { ListRequestsInput } from '../../../../../common/requests/schemas';
import {
  REQUEST_STATES,
  REQUEST_TYPES,
  type RequestState,
  type RequestType,
} from '../../../../../common/requests/vocab';
import { api } from '../../../api/client';
import { useCall } from '../../../api/hooks';
import { href, navigate } from '../../../app/router';
import { useAuth } from '../../../auth/context';
import { onDropPrivateData } from '../../../auth/private-data';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { formatDate } from '../../../format/dates';
import { RegisterTable } from '../../mailroom';
import { usePagedRows, type PageRequest } from '../../mailroom';
import type { PageComponentProps } from '../../../app/pages/types';
import { BatchAcknowledge } from './BatchAcknowledge';
import { Due } from './Due';
import { stateName, typeName } from './vocab';
import '../../../styles/mailroom.css';
import '../../../styles/requests-list.css';

/** The virtualized table keys rows by a number: the row's position in the current order. */
interface ListRow {
  id: number;
  request: RequestSummary;
}

interface FilterForm {
  /** '' any, RUNNING every state whose deadline still runs, else one state. */
  state: string;
  type: string;
  officer: string;
  dueBefore: string;
  search: string;
}
const RUNNING = 'running';
const EMPTY: FilterForm = { state: '', type: '', officer: '', dueBefore: '', search: '' };
const DEFAULT_SORTING: SortingState = [{ id: 'due', desc: false }];

/** Kept for the window's life, so coming back from a request finds the list as it was left. */
const remembered: { filter: FilterForm; sorting: SortingState; active: number } = {
  filter: EMPTY,
  sorting: DEFAULT_SORTING,
  active: 0,
};
// Locked or signed out: forget the filter (a search may hold a name or an IIN).
onDropPrivateData(() => {
  remembered.filter = EMPTY;
  remembered.sorting = DEFAULT_SORTING;
  remembered.active = 0;
});

const SORT_KEYS: Record<string, ListRequestsInput['sort']> = {
  number: 'id',
  received: 'received',
  due: 'due',
};

/** The core's filter for the form (a partial search is sent once it is 2 characters long). */
function toQuery(f: FilterForm): Partial<ListRequestsInput> {
  const q: Partial<ListRequestsInput> = {};
  if (f.state === RUNNING) q.running = true;
  else if (f.state) q.state = f.state as RequestState;
  if (f.type) q.type = f.type as RequestType;
  if (f.officer.trim()) q.officer = f.officer.trim();
  if (f.dueBefore) q.dueBefore = f.dueBefore;
  if (f.search.trim().length >= 2) q.search = f.search.trim();
  return q;
}

const col = createColumnHelper<ListRow>();

export function RequestsListPage(_props: PageComponentProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { can } = useAuth();
  const ids = {
    state: useId(),
    type: useId(),
    officer: useId(),
    officers: useId(),
    due: useId(),
    search: useId(),
  };
  const [filter, setFilter] = useState<FilterForm>(remembered.filter);
  const [sorting, setSorting] = useState<SortingState>(remembered.sorting);
  const [batchOpen, setBatchOpen] = useState(false);
  const officers = useCall('intake.officers', {});

  useEffect(() => {
    remembered.filter = filter;
    remembered.sorting = sorting;
  }, [filter, sorting]);

  const query = useMemo(() => {
    const s = sorting[0];
    const sort = (s && SORT_KEYS[s.id]) || 'due';
    return { ...toQuery(filter), sort, order: s?.desc ? ('desc' as const) : ('asc' as const) };
  }, [filter, sorting]);
  const key = JSON.stringify(query);

  const loader = useMemo(
    () => ({
      // The list answers with its exact total; one row is enough to learn it.
      count: async () => ({
        count: (await api.call('requests.list', { ...query, limit: 1, offset: 0 })).total,
        exact: true,
      }),
      page: async (req: PageRequest) => {
        const offset = req.offset ?? 0;
        const r = await api.call('requests.list', { ...query, limit: req.limit, offset });
        const rows = r.items.map((request, i) => ({ id: offset + i, request }));
        return { rows, hasMore: offset + rows.length < r.total, nextCursor: null };
      },
    }),
    [query],
  );
  const rows = usePagedRows<ListRow>(key, loader);

  const columns = useMemo<ColumnDef<ListRow, unknown>[]>(
    () =>
      [
        col.accessor((r) => r.request.id, {
          id: 'number',
          header: () => t('requestList.col.number'),
          cell: (c) => (
            <a className="mr-mono rl-link" href={href('requests', c.getValue())} tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        col.accessor((r) => r.request.type, {
          id: 'type',
          enableSorting: false,
          header: () => t('requestList.col.type'),
          cell: (c) => {
            const name = typeName(t, c.getValue());
            return <span title={name}>{name}</span>;
          },
        }),
        col.accessor((r) => r.request.subject, {
          id: 'subject',
          enableSorting: false,
          header: () => t('requestList.col.subject'),
          cell: (c) => {
            const s = c.getValue();
            if (!s) return <span className="muted">{t('requestList.purged')}</span>;
            return (
              <span className="rl-subject" title={s.name}>
                <span className="rl-subject-name">{s.name}</span>
                {s.iinMasked && (
                  <span className="mr-mono rl-iin" data-testid="iin-masked">
                    {s.iinMasked}
                  </span>
                )}
              </span>
            );
          },
        }),
        col.accessor((r) => r.request.receivedAt, {
          id: 'received',
          header: () => t('requestList.col.received'),
          cell: (c) => formatDate(c.getValue(), lng),
        }),
        col.accessor((r) => r.request.due, {
          id: 'due',
          header: () => t('requestList.col.due'),
          cell: (c) => {
            const r = c.row.original.request;
            return <Due due={r.due} daysLeft={r.daysLeft} status={r.deadlineStatus} />;
          },
        }),
        col.accessor((r) => r.request.state, {
          id: 'state',
          enableSorting: false,
          header: () => t('requestList.col.state'),
          cell: (c) => (
            <span className={`rl-state rl-state-${c.getValue()}`}>{stateName(t, c.getValue())}</span>
          ),
        }),
      ] as ColumnDef<ListRow, unknown>[],
    [t, lng],
  );

  const set = (k: keyof FilterForm) => (e: { target: { value: string } }) => {
    remembered.active = 0;
    setFilter((f) => ({ ...f, [k]: e.target.value }));
  };
  const onOpen = useCallback((r: ListRow) => navigate('requests', r.request.id), []);
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY);
  const mayAcknowledge = can('letters.batchAcknowledge');

  return (
    <Page
      title={t('nav.requests')}
      lead={t('pages.requests.lead')}
      wide
      actions={
        <>
          {can('requests.open') && (
            <a className="button" href={href('incoming')} data-testid="new-request">
              {t('requestList.newRequest')}
            </a>
          )}
          {mayAcknowledge && (
            <button type="button" className="button button-primary" onClick={() => setBatchOpen(true)}>
              {t('batchAck.action')}
            </button>
          )}
        </>
      }
    >
      <form
        className="mr-filters"
        role="search"
        aria-label={t('requestList.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={ids.state}>{t('requestList.col.state')}</label>
          <select id={ids.state} value={filter.state} onChange={set('state')} data-testid="filter-state">
            <option value="">{t('requestList.any')}</option>
            <option value={RUNNING}>{t('requestList.running')}</option>
            {REQUEST_STATES.map((s) => (
              <option key={s} value={s}>
                {stateName(t, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.type}>{t('requestList.col.type')}</label>
          <select id={ids.type} value={filter.type} onChange={set('type')}>
            <option value="">{t('requestList.any')}</option>
            {REQUEST_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {typeName(t, ty)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.officer}>{t('requestList.officer')}</label>
          <input
            id={ids.officer}
            className="rl-officer"
            list={ids.officers}
            value={filter.officer}
            onChange={set('officer')}
            autoComplete="off"
            spellCheck={false}
          />
          <datalist id={ids.officers}>
            {(officers.data?.officers ?? []).map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={ids.due}>{t('requestList.dueBefore')}</label>
          <input id={ids.due} type="date" value={filter.dueBefore} onChange={set('dueBefore')} />
        </div>
        <div className="field">
          <label htmlFor={ids.search}>{t('requestList.search')}</label>
          <input
            id={ids.search}
            type="search"
            className="rl-search"
            value={filter.search}
            onChange={set('search')}
            placeholder={t('requestList.searchHint')}
            autoComplete="off"
            spellCheck={false}
          />
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
              {t('requestList.reset')}
            </button>
          )}
          <p className="mr-total" role="status" data-testid="requests-count">
            {rows.count === null ? t('common.loading') : t('requestList.count', { count: rows.count })}
          </p>
        </div>
      </form>
      {rows.error && <ErrorMessage error={rows.error} />}
      <RegisterTable<ListRow>
        key={key}
        label={t('requestList.tableLabel')}
        columns={columns}
        gridClass="rl-grid"
        rows={rows}
        sorting={sorting}
        onSortingChange={(u) => {
          remembered.active = 0;
          setSorting(u);
        }}
        onOpen={onOpen}
        initialIndex={remembered.active}
        onActiveChange={(i) => (remembered.active = i)}
        rowClass={(r) => (r.request.deadlineStatus === 'overdue' ? 'rl-row-overdue' : '')}
        empty={filtered ? t('requestList.emptyFiltered') : t('requestList.empty')}
        testId="requests-table"
      />
      {batchOpen && <BatchAcknowledge open onClose={() => setBatchOpen(false)} onDone={rows.reload} />}
    </Page>
  );
}
