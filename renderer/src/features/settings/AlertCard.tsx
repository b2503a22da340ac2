// A dashboard warning card: a heading the card is labelled by, and what to do about it.
import type { ReactNode } from 'react';

export function AlertCard({
  id,
  testId,
  title,
  children,
}: {
  /** The heading's id. */
  id: string;
  testId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="card card-alert" role="alert" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
