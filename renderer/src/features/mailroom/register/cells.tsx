// Cells both register lists use.
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { PaperclipIcon } from '../icons';

/** Text that may be cut by the column: the whole of it on hover. */
export function TitledCell({ text }: { text: string }) {
  return <span title={text}>{text}</span>;
}

/** The entry's status badge, with a paperclip and the number of scans when it has any. */
export function StatusCell({
  status,
  label,
  scanCount,
}: {
  status: string;
  label: string;
  scanCount: number;
}) {
  const { t } = useTranslation();
  return (
    <span className="mr-status-cell">
      <span className={`mr-badge mr-badge-${status}`}>{label}</span>
      {scanCount > 0 && (
        <span className="mr-clip-count" title={t('mailroom.list.scans', { count: scanCount })}>
          <PaperclipIcon />
          <span className="mr-visually-hidden">{t('mailroom.list.scans', { count: scanCount })}</span>
          <span aria-hidden="true">{scanCount}</span>
        </span>
      )}
    </span>
  );
}

/** Columns both registers have, built the same way (TanStack column definitions). */
export function monoColumn<R>(
  id: string,
  header: string,
  value: (r: R) => string | null,
): ColumnDef<R, unknown> {
  return {
    id,
    accessorFn: value,
    header: () => header,
    cell: (c) => <span className="mr-mono">{(c.getValue() as string | null) ?? ''}</span>,
  };
}

export function textColumn<R>(
  id: string,
  header: string,
  value: (r: R) => string,
  sortable = false,
): ColumnDef<R, unknown> {
  return {
    id,
    enableSorting: sortable,
    accessorFn: value,
    header: () => header,
    cell: (c) => <TitledCell text={c.getValue() as string} />,
  };
}

export function plainColumn<R>(id: string, header: string, value: (r: R) => string): ColumnDef<R, unknown> {
  return {
    id,
    enableSorting: false,
    accessorFn: value,
    header: () => header,
    cell: (c) => <TitledCell text={c.getValue() as string} />,
  };
}

export function statusColumn<R extends { status: string; scanCount: number }>(
  header: string,
  label: (status: R['status'], row: R) => string,
): ColumnDef<R, unknown> {
  return {
    id: 'status',
    enableSorting: false,
    accessorFn: (r) => r.status,
    header: () => header,
    cell: (c) => (
      <StatusCell
        status={c.row.original.status}
        label={label(c.row.original.status, c.row.original)}
        scanCount={c.row.original.scanCount}
      />
    ),
  };
}
