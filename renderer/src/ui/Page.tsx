// The frame of every page: its heading (focused when the page opens, so screen readers announce
// the new page and Tab starts from the top of it, unless the page marks its main list with
// PAGE_FOCUS), an optional lead text and header actions.
import { useEffect, useRef, type ReactNode } from 'react';

export interface PageProps {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** Pages with wide tables may use the whole width. */
  wide?: boolean;
}

/**
 * Marks what takes the focus instead of the heading when the page opens: a register's grid, as in
 * 1С (the list is what the keyboard works on, and its label names the page).
 */
export const PAGE_FOCUS = 'data-page-focus';

export function Page({ title, lead, actions, children, wide }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const own = root.current?.querySelector<HTMLElement>(`[${PAGE_FOCUS}]`);
    (own ?? heading.current)?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div ref={root} className={wide ? 'page page-wide' : 'page'}>
      <header className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {lead && <p className="page-lead">{lead}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </div>
  );
}
