// The frame of every page: its heading (focused when the page opens, so screen readers announce
// the new page and Tab starts from the top of it), an optional lead text and header actions.
import { useEffect, useRef, type ReactNode } from 'react';

export interface PageProps {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** Pages with wide tables may use the whole width. */
  wide?: boolean;
}

export function Page({ title, lead, actions, children, wide }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
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
