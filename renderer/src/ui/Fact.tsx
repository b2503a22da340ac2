// One fact of a record (a <dt>/<dd> pair inside <dl className="facts">): an empty value says so
// in words instead of leaving a blank.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Fact({
  label,
  children,
  mono,
  testId,
}: {
  label: string;
  children: ReactNode;
  /** Numbers and codes: set in the monospace face. */
  mono?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <>
      <dt>{label}</dt>
      <dd className={mono && !empty ? 'mr-mono' : undefined} data-testid={testId}>
        {empty ? <span className="muted">{t('mailroom.record.none')}</span> : children}
      </dd>
    </>
  );
}
