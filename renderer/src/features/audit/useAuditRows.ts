// The audit entries for a filter, a page at a time: the first page whenever the filter (or the
// generation, bumped after an export that adds an entry itself) changes, more on demand.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditRow } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import type { AuditFilter } from './query';

const PAGE_SIZE = 200;

export function useAuditRows(filter: AuditFilter, generation: number) {
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const loadingMore = useRef(false);

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

  /** Before a new filter applies: the table shows it is loading, not the old rows as the answer. */
  const unload = () => setLoaded(false);
  return { rows, hasMore, loaded, error, loadMore, unload };
}
