// A dashboard card of incoming letters that wait for someone: how many in its title, what they
// wait for, the first of them (children) and how many more the card leaves out.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';

const TEXTS = {
  awaiting: ['deadlineBoard.awaiting', 'deadlineBoard.awaitingLead', 'deadlineBoard.noneAwaiting'],
  unclassified: [
    'deadlineBoard.unclassified',
    'deadlineBoard.unclassifiedLead',
    'deadlineBoard.noneUnclassified',
  ],
} as const;

export function LetterCard({
  name,
  total,
  shown,
  children,
}: {
  name: keyof typeof TEXTS;
  total: number;
  /** How many letters the list shows. */
  shown: number;
  /** The list of letters. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [title, lead, empty] = TEXTS[name];
  const id = `dash-${name}`;
  return (
    <section className="card dash-awaiting" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        <span>{t(title)}</span>
        <span className="dash-count">{total}</span>
      </h2>
      <p className="muted small">{t(lead)}</p>
      {shown === 0 ? <p className="muted">{t(empty)}</p> : <ul className="dash-items">{children}</ul>}
      {total > shown && (
        <p className="muted small">{t('deadlineBoard.awaitingMore', { count: total - shown })}</p>
      )}
    </section>
  );
}

/** A waiting letter's number, linking to its record, and what it is. */
export function LetterHead({ id, number, children }: { id: number; number: string; children: ReactNode }) {
  return (
    <div className="dash-item-head">
      <a className="dash-number" href={href('incoming', String(id))}>
        {number}
      </a>
      {children}
    </div>
  );
}
