// The audit log (administrators and auditors): who did what to which record, when. Filters by
// user, action, entity and Almaty date range; a virtualized table that loads more as it scrolls;
// CSV export of the filtered entries (itself audited); and a check of the hash chain.
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow, AuditVerdict } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { api, toPayload } from '../api/client';
import { useCall } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { Icon } from '../components/Icon';
import { Page } from '../components/Page';
import { formatDateTime } from '../format/dates';
import { downloadText } from './audit/download';
import {
  dayProblem,
  EMPTY_FILTER,
  toAuditFilter,
  type AuditFilter,
  type AuditFilterForm,
  type DayProblem,
} from './audit/query';
import type { PageComponentProps } from './types';
import '../styles/audit.css';

const PAGE_SIZE = 200;
const ROW_HEIGHT = 36;

export function AuditPage(_props: PageComponentProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const facets = useCall('audit.facets', {});
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [dateError, setDateError] = useState<DayProblem | null>(null);
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [generation, setGeneration] = useState(0);
  const loadingMore = useRef(false);

  // The first page for the current filter (and after an export, which adds an entry itself).
  useEffect(() => {
    let alive = true;
    api
      .call('audit.list', { ...filter, limit: PAGE_SIZE, offset: 0 })
      .then((r) => {
        if (!alive) return;
        setRows(r.entries);
        setHasMore(r.hasMore);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (alive) setError(toPayload(e));
      })
      .finally(() => {
        if (alive) setLoaded(true);
      });
    return () => {
      alive = false;
    };
  }, [filter, generation]);

  const loadMore = useCallback(async () => {
    if (loadingMore.current || !hasMore) return;
    loadingMore.current = true;
    try {
      const r = await api.call('audit.list', { ...filter, limit: PAGE_SIZE, offset: rows.length });
      setRows((prev) => [...prev, ...r.entries]);
      setHasMore(r.hasMore);
    } catch (e) {
      setError(toPayload(e));
    } finally {
      loadingMore.current = false;
    }
  }, [filter, hasMore, rows.length]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const problem = dayProblem(form);
    setDateError(problem);
    if (problem) return;
    setLoaded(false);
    setFilter(toAuditFilter(form));
  };

  const clear = () => {
    setForm(EMPTY_FILTER);
    setDateError(null);
    setLoaded(false);
    setFilter({});
  };

  const set = (k: keyof AuditFilterForm) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  const ids = {
    actor: useId(),
    action: useId(),
    entityType: useId(),
    entityId: useId(),
    from: useId(),
    to: useId(),
    dateErr: useId(),
    dateHint: useId(),
  };
  const tools = useAuditTools(filter, () => setGeneration((g) => g + 1));
  const dateErrorText =
    dateError === 'range'
      ? t('pages.audit.filter.rangeInvalid')
      : dateError
        ? t('pages.audit.filter.dateInvalid')
        : '';
  const describe = (field: DayProblem) =>
    dateError === field || (dateError === 'range' && field === 'toDay')
      ? `${ids.dateHint} ${ids.dateErr}`
      : ids.dateHint;

  return (
    <Page title={t('nav.audit')} lead={t('pages.audit.lead')} wide actions={tools.buttons}>
      {tools.messages}
      <form className="card audit-filters" onSubmit={apply} aria-label={t('pages.audit.filters')}>
        <div className="field">
          <label htmlFor={ids.actor}>{t('pages.audit.filter.actor')}</label>
          <select id={ids.actor} value={form.actor} onChange={set('actor')}>
            <option value="">{t('pages.audit.filter.allUsers')}</option>
            {facets.data?.actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.action}>{t('pages.audit.filter.action')}</label>
          <select id={ids.action} value={form.action} onChange={set('action')}>
            <option value="">{t('pages.audit.filter.allActions')}</option>
            {facets.data?.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.entityType}>{t('pages.audit.filter.entityType')}</label>
          <select id={ids.entityType} value={form.entityType} onChange={set('entityType')}>
            <option value="">{t('pages.audit.filter.allTypes')}</option>
            {facets.data?.entityTypes.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.entityId}>{t('pages.audit.filter.entityId')}</label>
          <input
            id={ids.entityId}
            type="text"
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            value={form.entityId}
            onChange={set('entityId')}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.from}>{t('pages.audit.filter.from')}</label>
          <input
            id={ids.from}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('pages.audit.filter.datePlaceholder')}
            value={form.fromDay}
            aria-invalid={dateError === 'fromDay'}
            aria-describedby={describe('fromDay')}
            onChange={set('fromDay')}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('pages.audit.filter.to')}</label>
          <input
            id={ids.to}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('pages.audit.filter.datePlaceholder')}
            value={form.toDay}
            aria-invalid={dateError === 'toDay' || dateError === 'range'}
            aria-describedby={describe('toDay')}
            onChange={set('toDay')}
          />
        </div>
        <div className="audit-filter-actions">
          <button type="submit" className="button button-primary">
            {t('pages.audit.filter.apply')}
          </button>
          <button type="button" className="button button-quiet" onClick={clear}>
            {t('pages.audit.filter.clear')}
          </button>
        </div>
        <p className="field-hint audit-filter-hint" id={ids.dateHint}>
          {t('pages.audit.filter.dateHint')}
        </p>
        {dateError && (
          <p className="field-error audit-filter-hint" id={ids.dateErr} role="alert">
            {dateErrorText}
          </p>
        )}
      </form>

      {facets.error && <ErrorMessage error={facets.error} />}
      {error && <ErrorMessage error={error} />}
      <AuditTable rows={rows} hasMore={hasMore} loaded={loaded} lng={lng} onNeedMore={loadMore} />
    </Page>
  );
}

/** The page's two tools: the buttons go in the page header, their results below it. */
function useAuditTools(filter: AuditFilter, onExported: () => void) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<AuditVerdict>();
  const [checking, setChecking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [failure, setFailure] = useState<ErrorPayload>();

  const verify = async () => {
    setChecking(true);
    setFailure(undefined);
    setVerdict(undefined);
    try {
      setVerdict(await api.call('audit.verify', {}));
    } catch (e) {
      setFailure(toPayload(e));
    } finally {
      setChecking(false);
    }
  };

  const exportCsv = async () => {
    setExporting(true);
    setFailure(undefined);
    setSaved(undefined);
    try {
      const r = await api.call('audit.exportCsv', filter);
      downloadText(r.fileName, r.csv);
      setSaved(r.fileName);
      onExported();
    } catch (e) {
      setFailure(toPayload(e));
    } finally {
      setExporting(false);
    }
  };

  const buttons = (
    <>
      <button
        type="button"
        className="button button-nowrap"
        onClick={() => void verify()}
        disabled={checking}
        aria-busy={checking}
      >
        <Icon name="audit" /> {checking ? t('pages.audit.verifying') : t('pages.audit.verify')}
      </button>
      <button
        type="button"
        className="button button-nowrap"
        onClick={() => void exportCsv()}
        disabled={exporting}
        aria-busy={exporting}
      >
        <Icon name="download" /> {t('pages.audit.export')}
      </button>
    </>
  );

  const messages = (
    <>
      {verdict && (
        <div
          className={verdict.ok ? 'alert alert-ok' : 'alert alert-error'}
          role="status"
          data-testid="verify-result"
          data-ok={verdict.ok}
        >
          <p>
            {verdict.ok
              ? t('pages.audit.verifyOk', { count: verdict.entries })
              : t('pages.audit.verifyBroken', {
                  id: verdict.firstBroken?.id ?? '?',
                  reason: t(`pages.audit.brokenReason.${verdict.firstBroken?.reason ?? 'hash_mismatch'}`),
                })}
          </p>
        </div>
      )}
      {saved && (
        <p className="alert alert-ok" role="status">
          {t('pages.audit.exported', { file: saved })}
        </p>
      )}
      {failure && <ErrorMessage error={failure} />}
    </>
  );

  return { buttons, messages };
}

function AuditTable({
  rows,
  hasMore,
  loaded,
  lng,
  onNeedMore,
}: {
  rows: AuditRow[];
  hasMore: boolean;
  loaded: boolean;
  lng: string;
  onNeedMore: () => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const captionId = useId();

  const columns = useMemo<ColumnDef<AuditRow>[]>(
    () => [
      { id: 'id', header: t('pages.audit.col.id'), accessorKey: 'id', meta: { className: 'col-id num' } },
      {
        id: 'at',
        header: t('pages.audit.col.at'),
        accessorFn: (r) => formatDateTime(r.at, lng),
        meta: { className: 'col-at' },
      },
      {
        id: 'actor',
        header: t('pages.audit.col.actor'),
        accessorKey: 'actor',
        meta: { className: 'col-actor' },
      },
      {
        id: 'action',
        header: t('pages.audit.col.action'),
        accessorKey: 'action',
        meta: { className: 'col-action code' },
      },
      {
        id: 'entity',
        header: t('pages.audit.col.entity'),
        accessorFn: (r) => `${r.entityType} ${r.entityId}`,
        meta: { className: 'col-entity code' },
      },
      {
        id: 'summary',
        header: t('pages.audit.col.summary'),
        accessorKey: 'summary',
        meta: { className: 'col-summary' },
      },
    ],
    [t, lng],
  );

  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= tableRows.length - 30) onNeedMore();
  }, [hasMore, lastIndex, tableRows.length, onNeedMore]);

  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const colCount = columns.length;

  return (
    <div className="card audit-table-card">
      <p className="muted audit-count" id={captionId} role="status">
        {!loaded
          ? t('common.loading')
          : hasMore
            ? t('pages.audit.countMore', { count: rows.length })
            : t('pages.audit.count', { count: rows.length })}
      </p>
      <div className="audit-scroll" ref={scroller} tabIndex={0} aria-labelledby={captionId}>
        <table
          className="data-table audit-table"
          aria-rowcount={hasMore ? -1 : rows.length + 1}
          data-testid="audit-table"
        >
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id} aria-rowindex={1}>
                {hg.headers.map((h) => (
                  <th
                    key={h.id}
                    scope="col"
                    className={(h.column.columnDef.meta as { className?: string } | undefined)?.className}
                  >
                    {flexRender(h.column.columnDef.header, h.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {/* Spacers stand in for the rows outside the window; React sets their height through
                the CSSOM (element.style), which the Content-Security-Policy allows. */}
            {padTop > 0 && (
              <tr className="spacer" aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={colCount} />
              </tr>
            )}
            {items.map((v) => {
              const row = tableRows[v.index]!;
              return (
                <tr
                  key={row.id}
                  className="audit-row"
                  aria-rowindex={v.index + 2}
                  data-audit-id={row.original.id}
                >
                  {row.getVisibleCells().map((cell) => {
                    const value = String(cell.getValue() ?? '');
                    return (
                      <td
                        key={cell.id}
                        className={
                          (cell.column.columnDef.meta as { className?: string } | undefined)?.className
                        }
                        title={value}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr className="spacer" aria-hidden="true" style={{ height: padBottom }}>
                <td colSpan={colCount} />
              </tr>
            )}
            {loaded && rows.length === 0 && (
              <tr>
                <td colSpan={colCount} className="muted empty">
                  {t('pages.audit.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
