// A plain data table from a list of columns: each column's header and how a row fills its cell.
// For short tables shown whole; the long registers use the virtual table instead.
import type { ReactNode } from 'react';

export interface Column<T> {
  header: ReactNode;
  /** The header's and every cell's class, e.g. 'num'. */
  className?: string;
  cell: (row: T) => ReactNode;
  /** A class that depends on the row (a late date in red). */
  cellClass?: (row: T) => string;
}

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  className,
  testId,
}: {
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  className?: string;
  testId?: string;
}) {
  return (
    <div className="table-wrap">
      <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const cls = [c.className, c.cellClass?.(row)].filter(Boolean).join(' ');
                return (
                  <td key={i} className={cls || undefined}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
