// The requests list (#/requests): filters by state, type, officer, due date and a search are done by
// the core (requests.list), most urgent first by default; rows come page by page as they scroll into
// view in the mailroom's virtualized table. The subject's IIN arrives masked. A row opens
// #/requests/<id> (the request screen). Officers also get "Acknowledge today's new requests".
import type { SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListRequestsInput } from '../../../../../common/requests/schemas';
import type { RequestState, RequestType } from '../../../../../common/requests/vocab';
import { api } from '../../../api/client';
import { href, navigate } from '../../../app/router';
import { useAuth } from '../../../auth/context';
import { onDropPrivateData } from '../../../auth/private-data';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { RegisterTable } from '../../mailroom';
import { usePagedRows, type PageRequest } from '../../mailroom';
import type { PageComponentProps } from '../../../app/pages/types';
import { BatchAcknowledge } from './BatchAcknowledge';
import { useColumns, type ListRow } from './columns';
import { EMPTY, RequestFilters, RUNNING, type FilterForm } from './RequestFilters';
import '../../../styles/mailroom.css';
import '../../../styles/requests-list.css';

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

export function RequestsListPage(_props: PageComponentProps) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [filter, setFilter] = useState<FilterForm>(remembered.filter);
  const [sorting, setSorting] = useState<SortingState>(remembered.sorting);
  const [batchOpen, setBatchOpen] = useState(false);

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

  const columns = useColumns();

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
      <RequestFilters
        filter={filter}
        onChange={(k, v) => {
          remembered.active = 0;
          setFilter((f) => ({ ...f, [k]: v }));
        }}
        onReset={
          filtered
            ? () => {
                remembered.active = 0;
                setFilter(EMPTY);
              }
            : undefined
        }
        count={rows.count}
      />
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
