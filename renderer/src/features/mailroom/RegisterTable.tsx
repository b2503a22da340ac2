// A register list that stays smooth at a million rows: @tanstack/react-table describes the columns
// and the (server-side) sort, @tanstack/react-virtual renders only the rows on screen, and
// usePagedRows fetches the pages they fall in. Rows have one fixed height.
//
// Keyboard: the row area is one tab stop (a grid with an active row): ↑ ↓ PageUp PageDown Home
// End move, Enter opens. A click opens too. Column headings that sort are buttons.
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeader } from './ColumnHeader';
import { PAGE_FOCUS } from '../../ui/Page';
import { MAX_WIDTH, MIN_WIDTH, widthVars, type ColumnSizing } from './register/column-sizing';
import type { PagedRows } from './usePagedRows';

export const ROW_HEIGHT = 30;
/**
 * Browsers cap an element's height (Chromium: about 33.5 million px). At 30 px a row, the list can
 * scroll through 1.1 million rows in one order; beyond that it says so and asks for a filter.
 */
export const MAX_ROWS = Math.floor(33_000_000 / ROW_HEIGHT);

export interface RegisterTableProps<R extends { id: number }> {
  label: string;
  columns: ColumnDef<R, unknown>[];
  /** CSS class giving grid-template-columns for header and rows. */
  gridClass: string;
  rows: PagedRows<R>;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  onOpen: (row: R) => void;
  /** The row that was active when the list was left (restored on return). */
  initialIndex?: number;
  onActiveChange?: (index: number) => void;
  empty: ReactNode;
  testId?: string;
  rowClass?: (row: R) => string;
  /** Column widths the user has set (px, by column id); the others keep the stylesheet's. */
  widths?: ColumnSizing;
}

/** Where a key moves the active row (an index), 'open' for Enter, null for any other key. */
function keyTarget(key: string, active: number, count: number, pageRows: number): number | 'open' | null {
  switch (key) {
    case 'ArrowDown':
      return active + 1;
    case 'ArrowUp':
      return active - 1;
    case 'PageDown':
      return active + pageRows;
    case 'PageUp':
      return active - pageRows;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Enter':
      return 'open';
    default:
      return null;
  }
}

/** Past MAX_ROWS the list says how many it shows of how many (a filter narrows it). */
function CappedNote({ total }: { total: number }) {
  const { t } = useTranslation();
  return (
    <p className="mr-table-note" role="note">
      {t('mailroom.list.capped', { shown: MAX_ROWS, total })}
    </p>
  );
}

function rowClassName(gridClass: string, index: number, active: number, own: string): string {
  return `mr-row ${gridClass} ${index === active ? 'mr-active' : ''} ${index % 2 ? 'mr-odd' : ''} ${own}`;
}

/** A row's cells once it has arrived, else one cell saying it is on its way. */
function RowCells<R>({ row }: { row: Row<R> | undefined }) {
  const { t } = useTranslation();
  if (!row)
    return (
      <div role="gridcell" className="mr-cell mr-loading-cell">
        {t('common.loading')}
      </div>
    );
  return (
    <>
      {row.getVisibleCells().map((c) => (
        <div key={c.id} role="gridcell" className={`mr-cell mr-col-${c.column.id}`}>
          {flexRender(c.column.columnDef.cell, c.getContext())}
        </div>
      ))}
    </>
  );
}

/**
 * The rows on screen: the virtualizer's window, the pages it falls in asked for, and react-table's
 * row model of those that have arrived.
 */
function useWindowRows<R extends { id: number }>(
  {
    rows,
    columns,
    sorting,
    onSortingChange,
    widths,
  }: Pick<RegisterTableProps<R>, 'rows' | 'columns' | 'sorting' | 'onSortingChange' | 'widths'>,
  count: number,
  initialIndex: number,
  scroller: RefObject<HTMLDivElement | null>,
) {
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: Math.max(0, initialIndex * ROW_HEIGHT - 3 * ROW_HEIGHT),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { ensure } = rows;
  useEffect(() => {
    if (count > 0) ensure(first, last);
  }, [ensure, first, last, count, rows.version]);

  // The rows on screen that have arrived, for react-table's row model.
  const visible = useMemo(() => {
    const out: { index: number; row: R | undefined }[] = [];
    for (const it of items) out.push({ index: it.index, row: rows.rowAt(it.index) });
    return out;
    // rows.version stands for `rows`, whose identity is stable: it changes when new pages arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, rows.version, rows.rowAt]);
  const data = useMemo(() => visible.flatMap((v) => (v.row ? [v.row] : [])), [visible]);

  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => String(r.id),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    defaultColumn: { minSize: MIN_WIDTH, maxSize: MAX_WIDTH },
    columnResizeMode: 'onChange',
    enableColumnResizing: Boolean(widths),
    state: { sorting, columnSizing: widths?.sizing ?? {} },
    onSortingChange,
    ...(widths ? { onColumnSizingChange: widths.onSizingChange } : {}),
  });
  const model = table.getRowModel().rowsById;

  return { virtualizer, items, model, headerGroups: table.getHeaderGroups() };
}

export function RegisterTable<R extends { id: number }>({
  label,
  columns,
  gridClass,
  rows,
  sorting,
  onSortingChange,
  onOpen,
  initialIndex = 0,
  onActiveChange,
  empty,
  testId,
  rowClass,
  widths,
}: RegisterTableProps<R>) {
  const baseId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const total = rows.count ?? 0;
  const count = Math.min(total, MAX_ROWS);
  // Kept until the exact count says the list is shorter (the count is not in yet at first).
  const [active, setActive] = useState(initialIndex);

  const { virtualizer, items, model, headerGroups } = useWindowRows(
    { rows, columns, sorting, onSortingChange, widths },
    count,
    initialIndex,
    scroller,
  );

  useEffect(() => {
    if (rows.exact && count > 0 && active > count - 1) setActive(count - 1);
  }, [rows.exact, count, active]);

  const move = (to: number) => {
    if (count === 0) return;
    const i = Math.max(0, Math.min(count - 1, to));
    setActive(i);
    onActiveChange?.(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a sort button inside the grid are the button's own.
    if (e.target !== e.currentTarget) return;
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const to = keyTarget(e.key, active, count, pageRows);
    if (to === null) return;
    if (to === 'open') {
      const r = rows.rowAt(active);
      if (r) onOpen(r);
    } else move(to);
    e.preventDefault();
  };

  const activeId = count > 0 ? `${baseId}-r${active}` : undefined;

  return (
    <div
      className="mr-table"
      role="grid"
      tabIndex={0}
      aria-label={label}
      aria-rowcount={rows.count === null ? -1 : count + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeId}
      aria-busy={rows.count === null}
      onKeyDown={onKeyDown}
      data-testid={testId}
      style={widthVars(widths?.sizing ?? {})}
      {...{ [PAGE_FOCUS]: '' }}
    >
      {headerGroups.map((hg) => (
        <div key={hg.id} role="row" aria-rowindex={1} className={`mr-row mr-head ${gridClass}`}>
          {hg.headers.map((h) => (
            <ColumnHeader key={h.id} header={h} />
          ))}
        </div>
      ))}
      <div
        ref={scroller}
        className="mr-scroll"
        tabIndex={-1}
        role="rowgroup"
        data-testid={testId ? `${testId}-body` : undefined}
      >
        {rows.count === 0 && <div className="mr-empty">{empty}</div>}
        <div className="mr-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((it) => {
            const r = rows.rowAt(it.index);
            const tr = r ? model[String(r.id)] : undefined;
            const cls = rowClassName(gridClass, it.index, active, r && rowClass ? rowClass(r) : '');
            return (
              <div
                key={it.key}
                id={`${baseId}-r${it.index}`}
                role="row"
                aria-rowindex={it.index + 2}
                aria-selected={it.index === active}
                className={cls}
                style={{ transform: `translateY(${it.start}px)` }}
                data-index={it.index}
                onClick={() => {
                  scroller.current?.parentElement?.focus({ preventScroll: true });
                  setActive(it.index);
                  onActiveChange?.(it.index);
                  if (r) onOpen(r);
                }}
              >
                <RowCells row={tr} />
              </div>
            );
          })}
        </div>
      </div>
      {total > MAX_ROWS && <CappedNote total={total} />}
    </div>
  );
}
