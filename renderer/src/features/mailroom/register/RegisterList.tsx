// One list screen for both registers: filters (period, channel, status and whatever else the
// register declares) and sorting are done by the core; rows come page by page as they scroll into
// view. Each register describes itself in a RegisterListSpec (incoming-list.tsx, outgoing-list.tsx)
// and keeps only what truly differs: its calls, columns, filter fields and labels.
// N (outside text fields) opens the register's form for a new entry.
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page as RowsPage } from '../../../../../common/contract/mailroom';
import { href, navigate } from '../../../app/router';
import { isTypingTarget } from '../../../app/shortcuts';
import { onDropPrivateData } from '../../../auth/private-data';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { ExportDialog } from '../ExportDialog';
import { isPlainKey } from '../keyboard';
import { RegisterTable } from '../RegisterTable';
import { useCanWrite } from '../session';
import { usePagedRows, type CountAnswer, type PageRequest } from '../usePagedRows';
import { ResetWidths, useColumnSizing } from './column-sizing';
import { RegisterFilters, type FilterField, type FilterForm } from './RegisterFilters';
import { PrintJournalButton } from './print/PrintJournalDialog';

export type { FilterField, FilterForm };

export interface ListQuery<F> {
  filter: F;
  sort?: { by: string; dir: 'asc' | 'desc' };
}

export interface RegisterListSpec<R extends ListRow, F> {
  register: 'incoming' | 'outgoing';
  /** Sort column ids (as the columns name them) → the core's sort key; the first is the default. */
  sortKeys: Record<string, string>;
  defaultSort: string;
  toFilter: (form: FilterForm) => F;
  count: (filter: F, cap?: number) => Promise<CountAnswer>;
  list: (req: PageRequest & ListQuery<F>) => Promise<RowsPage<R>>;
  /** The filter fields beyond the period (selects); a hook, since some ask the core for options. */
  useFilterFields: () => FilterField[];
  useColumns: () => ColumnDef<R, unknown>[];
  /** Translation keys. */
  text: {
    title: string;
    lead: string;
    newEntry: string;
    label: string;
    empty: string;
  };
  /** The new-entry button's test id (the count and the table are `<register>-count`, `-table`). */
  newEntryTestId: string;
}

/** What the list needs of every row: its id and (for the cancelled look) its status. */
export interface ListRow {
  id: number;
  status: string;
}

/** A long list's far half is read backwards by date (both registers have it). */
const REVERSE_BY = 'date';
const rowClass = (r: ListRow) => (r.status === 'cancelled' ? 'mr-row-cancelled' : '');

interface Remembered {
  filter: FilterForm;
  sorting: SortingState;
  active: number;
}

/** Kept for the window's life, so that coming back from a record finds the list as it was left. */
const remembered = new Map<string, Remembered>();
// Locked or signed out: back to the unfiltered lists (a filter may name an officer).
onDropPrivateData(() => remembered.clear());

function rememberedFor(spec: { register: string; defaultSort: string }, empty: FilterForm): Remembered {
  let r = remembered.get(spec.register);
  if (!r) {
    r = { filter: empty, sorting: [{ id: spec.defaultSort, desc: true }], active: 0 };
    remembered.set(spec.register, r);
  }
  return r;
}

function useListQuery<R extends ListRow, F>(
  spec: RegisterListSpec<R, F>,
  filter: FilterForm,
  sorting: SortingState,
) {
  return useMemo(() => {
    const s = sorting[0];
    const by = s ? spec.sortKeys[s.id] : undefined;
    const sort = by ? { by, dir: s!.desc ? ('desc' as const) : ('asc' as const) } : undefined;
    const f = spec.toFilter(filter);
    const rangeBad = Boolean(filter.from && filter.to && filter.from > filter.to);
    return { filter: f, sort, rangeBad };
  }, [spec, filter, sorting]);
}

/** N opens the register's form (the physical key, so it works in every keyboard layout). */
function useNewEntryKey(register: 'incoming' | 'outgoing', enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      if (isPlainKey(e, 'KeyN')) {
        e.preventDefault();
        navigate(register, 'new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [register, enabled]);
}

export function RegisterList<R extends ListRow, F>({ spec }: { spec: RegisterListSpec<R, F> }) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const fields = spec.useFilterFields();
  const empty = useMemo(() => emptyForm(fields), [fields]);
  const memory = rememberedFor(spec, empty);
  const [filter, setFilter] = useState<FilterForm>(memory.filter);
  const [sorting, setSorting] = useState<SortingState>(memory.sorting);
  const [exportOpen, setExportOpen] = useState(false);
  const columns = spec.useColumns();
  const widths = useColumnSizing(spec.register);

  useEffect(() => {
    memory.filter = filter;
    memory.sorting = sorting;
  }, [memory, filter, sorting]);

  const query = useListQuery(spec, filter, sorting);
  const key = JSON.stringify(query);
  const loader = useMemo(
    () => ({
      count: (cap?: number): Promise<CountAnswer> =>
        query.rangeBad ? Promise.resolve({ count: 0, exact: true }) : spec.count(query.filter, cap),
      page: (req: PageRequest) =>
        query.rangeBad
          ? Promise.resolve({ rows: [] as R[], hasMore: false, nextCursor: null })
          : spec.list({ ...req, filter: query.filter, ...(query.sort ? { sort: query.sort } : {}) }),
      pageReversed: (req: { limit: number; offset: number }) =>
        spec.list({
          ...req,
          filter: query.filter,
          sort: { by: query.sort?.by ?? REVERSE_BY, dir: query.sort?.dir === 'asc' ? 'desc' : 'asc' },
        }),
    }),
    [spec, query],
  );
  const rows = usePagedRows<R>(key, loader, memory.active);
  useNewEntryKey(spec.register, canWrite);

  const onOpen = useCallback((r: R) => navigate(spec.register, String(r.id)), [spec.register]);
  const filtered = JSON.stringify(filter) !== JSON.stringify(empty);
  const change = (next: FilterForm) => {
    memory.active = 0;
    setFilter(next);
  };

  return (
    <Page
      title={t(spec.text.title)}
      lead={t(spec.text.lead)}
      wide
      actions={
        <>
          {canWrite && (
            <a
              className="button button-primary"
              href={href(spec.register, 'new')}
              data-testid={spec.newEntryTestId}
              aria-keyshortcuts="N"
            >
              {t(spec.text.newEntry)} <kbd>N</kbd>
            </a>
          )}
          <button type="button" className="button" onClick={() => setExportOpen(true)}>
            {t('mailroom.export.action')}
          </button>
          <PrintJournalButton register={spec.register} from={filter.from} to={filter.to} />
          <ResetWidths widths={widths} />
        </>
      }
    >
      <RegisterFilters
        fields={fields}
        value={filter}
        onChange={change}
        onReset={filtered ? () => change(empty) : undefined}
        rangeBad={query.rangeBad}
        total={rows}
        countTestId={`${spec.register}-count`}
      />
      {query.rangeBad && (
        <p className="field-error" role="alert">
          {t('mailroom.issues.range_order')}
        </p>
      )}
      {rows.error && <ErrorMessage error={rows.error} />}
      <RegisterTable<R>
        key={key}
        label={t(spec.text.label)}
        columns={columns}
        gridClass={`mr-grid-${spec.register}`}
        rows={rows}
        sorting={sorting}
        onSortingChange={(u) => {
          memory.active = 0;
          setSorting(u);
        }}
        onOpen={onOpen}
        initialIndex={memory.active}
        onActiveChange={(i) => (memory.active = i)}
        rowClass={rowClass}
        empty={filtered ? t('mailroom.list.emptyFiltered') : t(spec.text.empty)}
        testId={`${spec.register}-table`}
        widths={widths}
      />
      {exportOpen && (
        <ExportDialog
          open
          register={spec.register}
          from={filter.from || undefined}
          to={filter.to || undefined}
          onClose={() => setExportOpen(false)}
        />
      )}
    </Page>
  );
}

function emptyForm(fields: FilterField[]): FilterForm {
  const out: FilterForm = { from: '', to: '' };
  for (const f of fields) out[f.key] = '';
  return out;
}
