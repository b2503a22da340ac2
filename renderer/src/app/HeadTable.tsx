// A hand-made data table's frame: the scrolling wrapper, the table, its header row from a list of
// column headings, and the body rows (and a footer) as children. For tables whose rows carry row
// headings or attributes the kit's DataTable cannot give; it belongs in ui/ beside DataTable and
// is here until that folder is free to change.
import type { ReactNode, TableHTMLAttributes } from 'react';

/** A column heading: its words, or its content and the class of its column ('num'). */
export type HeadCell = string | { label: ReactNode; className?: string };

export function HeadTable({
  head,
  foot,
  children,
  ...table
}: TableHTMLAttributes<HTMLTableElement> & {
  /** The column headings; false leaves a column out. */
  head: ReadonlyArray<HeadCell | false | undefined>;
  foot?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <div className="table-wrap">
      <table {...table}>
        <thead>
          <tr>
            {head.map((h, i) =>
              !h ? null : typeof h === 'string' ? (
                <th key={i} scope="col">
                  {h}
                </th>
              ) : (
                <th key={i} scope="col" className={h.className}>
                  {h.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
