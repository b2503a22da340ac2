// A register column's heading: a sort button when the column sorts, and a resize handle on its
// right edge (TanStack column sizing). The handle is dragged with the mouse, or focused and moved
// with ← →, Shift for larger steps (a window-splitter separator, as screen readers know it);
// a double click gives the column its usual width back.
import { flexRender, type Header } from '@tanstack/react-table';
import {
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { MAX_WIDTH, MIN_WIDTH } from './register/column-sizing';

const STEP = 10;
const BIG_STEP = 50;

/** The cell's width on screen, followed as the grid lays out. */
function useWidth(cell: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = cell.current;
    if (!el) return;
    setWidth(el.getBoundingClientRect().width);
    const ro = new ResizeObserver(() => setWidth(el.getBoundingClientRect().width));
    ro.observe(el);
    return () => ro.disconnect();
  }, [cell]);
  return width;
}

function ResizeHandle<R>({
  header: h,
  title,
  width,
}: {
  header: Header<R, unknown>;
  title: string;
  width: number;
}) {
  const { t } = useTranslation();
  const table = h.getContext().table;
  const id = h.column.id;
  const resize = h.getResizeHandler();

  // TanStack starts a drag from the column's stored size; a column never resized has the
  // stylesheet's width, so that becomes its size first.
  const onMouseDown = (e: MouseEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (table.getState().columnSizing[id] === undefined)
      flushSync(() => table.setColumnSizing((old) => ({ ...old, [id]: Math.round(width) })));
    resize(e);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const sign = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!sign) return;
    e.preventDefault();
    e.stopPropagation();
    const step = (e.shiftKey ? BIG_STEP : STEP) * sign;
    table.setColumnSizing((old) => ({ ...old, [id]: Math.round((old[id] ?? width) + step) }));
  };

  return (
    <div
      className={`mr-resize${h.column.getIsResizing() ? ' mr-resizing' : ''}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={t('mailroom.list.resizeColumn', { column: title })}
      aria-valuenow={Math.round(width)}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      data-testid={`resize-${id}`}
      onMouseDown={onMouseDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => h.column.resetSize()}
      onClick={(e) => e.stopPropagation()}
    />
  );
}

/** The heading in words, for the handle's name. */
function headingText<R>(h: Header<R, unknown>): string {
  const def = h.column.columnDef.header;
  const text: unknown = typeof def === 'function' ? def(h.getContext()) : def;
  return typeof text === 'string' ? text : h.column.id;
}

export function ColumnHeader<R>({ header: h }: { header: Header<R, unknown> }) {
  const cell = useRef<HTMLDivElement>(null);
  const width = useWidth(cell);
  const sortable = h.column.getCanSort();
  const dir = h.column.getIsSorted();
  const label = flexRender(h.column.columnDef.header, h.getContext());
  return (
    <div
      ref={cell}
      role="columnheader"
      className={`mr-cell mr-col-${h.column.id}`}
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : sortable ? 'none' : undefined}
    >
      {sortable ? (
        <button type="button" className="mr-sort" onClick={h.column.getToggleSortingHandler()}>
          {label}
          <span className="mr-sort-mark" aria-hidden="true">
            {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        label
      )}
      {h.column.getCanResize() && <ResizeHandle header={h} title={headingText(h)} width={width} />}
    </div>
  );
}
