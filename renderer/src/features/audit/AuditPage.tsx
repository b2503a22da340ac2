// The audit log (administrators and auditors): who did what to which record, when. Filters by
// user, action, entity and Almaty date range; a virtualized table that loads more as it scrolls;
// CSV export of the filtered entries (itself audited); and a check of the hash chain.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import {
  dayProblem,
  EMPTY_FILTER,
  toAuditFilter,
  type AuditFilter,
  type AuditFilterForm,
  type DayProblem,
} from './query';
import type { PageComponentProps } from '../../app/pages/types';
import { AuditTable } from './AuditTable';
import { useAuditTools } from './AuditTools';
import '../../styles/audit.css';
import { auditActionLabel, auditEntityLabel } from './action-label';

const PAGE_SIZE = 200;

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
                {auditActionLabel(t, a)}
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
                {auditEntityLabel(t, a, '')}
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
