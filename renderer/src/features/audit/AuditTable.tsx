// The audit entries as a virtualized table that asks for more as it scrolls near the end.
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../../common/contract';
import { formatDateTime } from '../../format/dates';
import { auditActionLabel, auditEntityLabel, auditSummaryText } from './action-label';

const ROW_HEIGHT = 36;

export function AuditTable({
  rows,
  hasMore,
  loaded,
  lng,
  onNeedMore,
}: {
  rows: AuditRow[];
  hasMore: boolean;
  loaded: boolean;
  lng: string;
  onNeedMore: () => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const captionId = useId();

  const columns = useAuditColumns(lng);
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= tableRows.length - 30) onNeedMore();
  }, [hasMore, lastIndex, tableRows.length, onNeedMore]);

  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const colCount = columns.length;

  return (
    <div className="card audit-table-card">
      <p className="muted audit-count" id={captionId} role="status">
        {!loaded
          ? t('common.loading')
          : hasMore
            ? t('pages.audit.countMore', { count: rows.length })
            : t('pages.audit.count', { count: rows.length })}
      </p>
      <div className="audit-scroll" ref={scroller} tabIndex={0} aria-labelledby={captionId}>
        <table
          className="data-table audit-table"
          aria-rowcount={hasMore ? -1 : rows.length + 1}
          data-testid="audit-table"
        >
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id} aria-rowindex={1}>
                {hg.headers.map((h) => (
                  <th key={h.id} scope="col" className={metaClass(h.column.columnDef)}>
                    {flexRender(h.column.columnDef.header, h.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {/* Spacers stand in for the rows outside the window; React sets their height through
                the CSSOM (element.style), which the Content-Security-Policy allows. */}
            <Spacer height={padTop} colCount={colCount} />
            {items.map((v) => {
              const row = tableRows[v.index]!;
              return (
                <tr
                  key={row.id}
                  className="audit-row"
                  aria-rowindex={v.index + 2}
                  data-audit-id={row.original.id}
                >
                  {row.getVisibleCells().map((cell) => {
                    const value = String(cell.getValue() ?? '');
                    return (
                      <td key={cell.id} className={metaClass(cell.column.columnDef)} title={value}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            <Spacer height={padBottom} colCount={colCount} />
            {loaded && rows.length === 0 && (
              <tr>
                <td colSpan={colCount} className="muted empty">
                  {t('pages.audit.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function metaClass(def: ColumnDef<AuditRow>) {
  return (def.meta as { className?: string } | undefined)?.className;
}

function Spacer({ height, colCount }: { height: number; colCount: number }) {
  if (height <= 0) return null;
  return (
    <tr className="spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={colCount} />
    </tr>
  );
}

function useAuditColumns(lng: string) {
  const { t } = useTranslation();
  return useMemo<ColumnDef<AuditRow>[]>(
    () => [
      { id: 'id', header: t('pages.audit.col.id'), accessorKey: 'id', meta: { className: 'col-id num' } },
      {
        id: 'at',
        header: t('pages.audit.col.at'),
        accessorFn: (r) => formatDateTime(r.at, lng),
        meta: { className: 'col-at' },
      },
      {
        id: 'actor',
        header: t('pages.audit.col.actor'),
        accessorKey: 'actor',
        meta: { className: 'col-actor' },
      },
      {
        id: 'action',
        header: t('pages.audit.col.action'),
        // Words for the reader; the stored code stays on hover for whoever searches the export.
        accessorKey: 'action',
        cell: (c) => <span title={c.row.original.action}>{auditActionLabel(t, c.row.original.action)}</span>,
        meta: { className: 'col-action' },
      },
      {
        id: 'entity',
        header: t('pages.audit.col.entity'),
        accessorFn: (r) => auditEntityLabel(t, r.entityType, r.entityId),
        meta: { className: 'col-entity' },
      },
      {
        id: 'summary',
        header: t('pages.audit.col.summary'),
        accessorKey: 'summary',
        cell: (c) => (
          <span title={c.row.original.summary}>{auditSummaryText(t, c.row.original.summary, lng)}</span>
        ),
        meta: { className: 'col-summary' },
      },
    ],
    [t, lng],
  );
}
