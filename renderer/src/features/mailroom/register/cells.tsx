// Cells, columns and filters both register lists use.
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { PaperclipIcon } from '../icons';
import type { FilterField } from './RegisterFilters';

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

const LOOKS = {
  /** Numbers and codes, in the monospace face. */
  mono: (v: string | null) => <span className="mr-mono">{v ?? ''}</span>,
  /** Text the column may cut: the whole of it on hover. */
  text: (v: string | null) => <TitledCell text={v ?? ''} />,
};

/**
 * A column of either register (a TanStack column definition): its id (a sort key's when
 * `sortable`), header in words, value, and how the value looks (formatted, when it is a date).
 */
export function column<R>(
  id: string,
  header: string,
  value: (r: R) => string | null,
  { look = 'text', sortable = false, format }: ColumnOptions = {},
): ColumnDef<R, unknown> {
  return {
    id,
    enableSorting: sortable,
    accessorFn: value,
    header: () => header,
    cell: (c) => (format ? format(c.getValue() as string) : LOOKS[look](c.getValue() as string | null)),
  };
}

interface ColumnOptions {
  look?: keyof typeof LOOKS;
  sortable?: boolean;
  format?: (value: string) => string;
}

/** A filter select beyond the period. */
export function filterField(key: string, label: string, options: FilterField['options']): FilterField {
  return { key, label, options };
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
