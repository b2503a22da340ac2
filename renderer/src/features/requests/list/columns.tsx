// The requests list's columns: number (a link), type, subject (name and masked IIN), received,
// due (with the countdown) and state; number, received and due sort on the core.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../../../common/contract/requests';
import { href } from '../../../app/router';
import { formatDate } from '../../../format/dates';
import { Due } from './Due';
import { stateName, typeName } from './vocab';

/** The virtualized table keys rows by a number: the row's position in the current order. */
export interface ListRow {
  id: number;
  request: RequestSummary;
}

const col = createColumnHelper<ListRow>();

export function useColumns() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo<ColumnDef<ListRow, unknown>[]>(
    () =>
      [
        col.accessor((r) => r.request.id, {
          id: 'number',
          header: () => t('requestList.col.number'),
          cell: (c) => (
            <a className="mr-mono rl-link" href={href('requests', c.getValue())} tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        col.accessor((r) => r.request.type, {
          id: 'type',
          enableSorting: false,
          header: () => t('requestList.col.type'),
          cell: (c) => {
            const name = typeName(t, c.getValue());
            return <span title={name}>{name}</span>;
          },
        }),
        col.accessor((r) => r.request.subject, {
          id: 'subject',
          enableSorting: false,
          header: () => t('requestList.col.subject'),
          cell: (c) => {
            const s = c.getValue();
            if (!s) return <span className="muted">{t('requestList.purged')}</span>;
            return (
              <span className="rl-subject" title={s.name}>
                <span className="rl-subject-name">{s.name}</span>
                {s.iinMasked && (
                  <span className="mr-mono rl-iin" data-testid="iin-masked">
                    {s.iinMasked}
                  </span>
                )}
              </span>
            );
          },
        }),
        col.accessor((r) => r.request.receivedAt, {
          id: 'received',
          header: () => t('requestList.col.received'),
          cell: (c) => formatDate(c.getValue(), lng),
        }),
        col.accessor((r) => r.request.due, {
          id: 'due',
          header: () => t('requestList.col.due'),
          cell: (c) => {
            const r = c.row.original.request;
            return <Due due={r.due} daysLeft={r.daysLeft} status={r.deadlineStatus} />;
          },
        }),
        col.accessor((r) => r.request.state, {
          id: 'state',
          enableSorting: false,
          header: () => t('requestList.col.state'),
          cell: (c) => (
            <span className={`rl-state rl-state-${c.getValue()}`}>{stateName(t, c.getValue())}</span>
          ),
        }),
      ] as ColumnDef<ListRow, unknown>[],
    [t, lng],
  );
}
