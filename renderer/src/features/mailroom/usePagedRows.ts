// Rows of a register list fetched page by page as they scroll into view, never all at once: the
// core sorts and filters (intake.list / outgoing.list), the exact count comes once per filter
// (intake.count), and only the pages near what is on screen stay in memory.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../common/errors';
import { toPayload } from '../../api/client';

export const PAGE_SIZE = 100;
/** Pages kept in memory (the ones farthest from the screen go first). */
const MAX_PAGES = 40;
/**
 * While the list is moving, fetches wait until it has been still this long, so a fling does not
 * fetch every page on its way. The first ask after a quiet spell (opening, a jump) goes at once.
 */
const SETTLE_MS = 60;
const MAX_IN_FLIGHT = 3;
/** Rows either side of the place a list opens at whose pages are asked for before it is drawn. */
const OPENING_ROWS = 20;

export interface PageRequest {
  limit: number;
  offset?: number;
  cursor?: string;
}

/** A quick count stops here; the exact one follows (it walks an index: ~0.2 s at a million rows). */
export const QUICK_COUNT_CAP = 10_000;

export type CountAnswer = number | { count: number; exact: boolean };

export interface PagedLoader<R> {
  /**
   * The number of rows; a loader that can stop at `cap` answers { count, exact: false } when there
   * are more (the exact count is then asked for without a cap). A plain number is exact.
   */
  count: (cap?: number) => Promise<CountAnswer>;
  page: (req: PageRequest) => Promise<Page<R>>;
  /**
   * The same list in the opposite order (optional). Pages in the far half of a long list are read
   * from the other end — offset 999,900 of 1,000,000 becomes offset 0 reversed — because an
   * offset costs a walk over every row it skips.
   */
  pageReversed?: (req: { limit: number; offset: number }) => Promise<Page<R>>;
}

export interface PagedRows<R> {
  /** null until the count has come. */
  count: number | null;
  /** False while only the quick count is known ("10 000+"). */
  exact: boolean;
  error: ErrorPayload | undefined;
  rowAt: (index: number) => R | undefined;
  /** Asks for the rows in [start, end] (visible range plus overscan). */
  ensure: (start: number, end: number) => void;
  /** Changes whenever rows arrive (for re-rendering). */
  version: number;
  reload: () => void;
}

function asCount(a: CountAnswer): { count: number; exact: boolean } {
  return typeof a === 'number' ? { count: a, exact: true } : a;
}

/** Page p: by keyset after the previous page's cursor, else by offset, or from the far end backwards. */
function requestPage<R>(
  loader: PagedLoader<R>,
  p: number,
  cursor: string | null | undefined,
  total: number | null,
): Promise<Page<R>> {
  const offset = p * PAGE_SIZE;
  if (!cursor && loader.pageReversed && total !== null && offset > total / 2 && offset < total) {
    const limit = Math.min(PAGE_SIZE, total - offset);
    return (
      loader
        .pageReversed({ limit, offset: total - offset - limit })
        // Read from the other end: no cursor for the page after this one.
        .then((page) => ({
          rows: [...page.rows].reverse(),
          hasMore: offset + limit < total,
          nextCursor: null,
        }))
    );
  }
  return loader.page(cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE, offset });
}

/**
 * The quick count, then the exact one if the quick one stopped at its cap; only the exact one when
 * `exactFirst`. `show` gets each as it comes, and says false once a newer load has begun.
 */
async function countRows(
  loader: PagedLoader<unknown>,
  exactFirst: boolean,
  show: (count: number, exact: boolean) => boolean,
): Promise<void> {
  if (!exactFirst) {
    const quick = asCount(await loader.count(QUICK_COUNT_CAP));
    if (!show(quick.count, quick.exact) || quick.exact) return;
  }
  show(asCount(await loader.count()).count, true);
}

/** The pages the wanted rows fall in; none past the end once the exact count is known. */
function wantedPages(s: { want: { start: number; end: number }; exactCount: number | null }) {
  // A list opened at its last rows asks for a margin after them.
  const end = s.exactCount === null ? s.want.end : Math.min(s.want.end, s.exactCount - 1);
  return { first: Math.floor(s.want.start / PAGE_SIZE), last: Math.floor(end / PAGE_SIZE) };
}

/** Past MAX_PAGES, the pages farthest from the middle of what is wanted now are forgotten. */
function forgetFar(s: { pages: Map<number, unknown>; cursors: Map<number, unknown> }, mid: number) {
  if (s.pages.size <= MAX_PAGES) return;
  const far = [...s.pages.keys()].sort((a, b) => Math.abs(b - mid) - Math.abs(a - mid));
  for (const k of far.slice(0, s.pages.size - MAX_PAGES)) {
    s.pages.delete(k);
    s.cursors.delete(k);
  }
}

/**
 * `startAt`: the row the list opens at (a place restored from the last visit); its page is asked
 * for first.
 */
export function usePagedRows<R>(queryKey: string, loader: PagedLoader<R>, startAt = 0): PagedRows<R> {
  const [count, setCount] = useState<number | null>(null);
  const [exact, setExact] = useState(true);
  const [error, setError] = useState<ErrorPayload>();
  const [version, setVersion] = useState(0);
  const [reloads, setReloads] = useState(0);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;
  const startRef = useRef(startAt);
  startRef.current = startAt;

  const state = useRef({
    gen: 0,
    pages: new Map<number, R[]>(),
    /** nextCursor after page p: lets page p+1 be read with keyset paging instead of an offset. */
    cursors: new Map<number, string | null>(),
    inFlight: new Set<number>(),
    /** The exact row count once known (pages read from the other end need it). */
    exactCount: null as number | null,
    want: { start: 0, end: 0 },
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    /** When ensure last asked for a missing page (performance.now()). */
    lastAsk: -Infinity,
  });

  const pump = useCallback(() => {
    const s = state.current;
    const { first, last } = wantedPages(s);
    for (let p = first; p <= last && s.inFlight.size < MAX_IN_FLIGHT; p++) {
      if (s.pages.has(p) || s.inFlight.has(p)) continue;
      const gen = s.gen;
      s.inFlight.add(p);
      const cursor = p > 0 ? s.cursors.get(p - 1) : undefined;
      const loader = loaderRef.current;
      const request = requestPage(loader, p, cursor, s.exactCount);
      request
        .then((page) => {
          if (gen !== s.gen) return;
          s.pages.set(p, page.rows);
          s.cursors.set(p, page.nextCursor);
          // Forget the pages farthest from what is wanted now.
          forgetFar(s, (first + last) / 2);
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => {
          if (gen === s.gen) setError(toPayload(e));
        })
        .finally(() => {
          if (gen !== s.gen) return;
          s.inFlight.delete(p);
          pump();
        });
    }
  }, []);

  useEffect(() => {
    const s = state.current;
    s.gen++;
    s.pages.clear();
    s.cursors.clear();
    s.inFlight.clear();
    s.exactCount = null;
    const start = startRef.current;
    // About a screenful around it: what the grid will ask for once it has drawn.
    s.want = { start: Math.max(0, start - OPENING_ROWS), end: start + 2 * OPENING_ROWS };
    s.lastAsk = -Infinity;
    clearTimeout(s.timer);
    setCount(null);
    setError(undefined);
    setVersion((v) => v + 1);
    const gen = s.gen;
    // The pages around the opening place are asked for first, then a quick count so the list can
    // show at once, then the exact count for the scroll bar.
    // A place past the quick count's cap needs the exact count first: the quick one could not
    // show it, and a page in the far half is read from the other end, counted from the exact end.
    const far = start >= QUICK_COUNT_CAP;
    if (!far) pump();
    const show = (n: number, isExact: boolean) => {
      if (gen !== s.gen) return false;
      if (isExact) s.exactCount = n;
      setCount(n);
      setExact(isExact);
      if (far && isExact) pump();
      return true;
    };
    countRows(loaderRef.current, far, show).catch((e: unknown) => {
      if (gen === s.gen) setError(toPayload(e));
    });
    return () => clearTimeout(s.timer);
  }, [queryKey, reloads, pump]);

  const ensure = useCallback(
    (start: number, end: number) => {
      const s = state.current;
      s.want = { start: Math.max(0, start), end: Math.max(0, end) };
      const { first, last } = wantedPages(s);
      let missing = false;
      for (let p = first; p <= last; p++) if (!s.pages.has(p) && !s.inFlight.has(p)) missing = true;
      if (!missing) return;
      const now = performance.now();
      const quiet = now - s.lastAsk > SETTLE_MS;
      s.lastAsk = now;
      clearTimeout(s.timer);
      if (quiet) pump();
      else s.timer = setTimeout(pump, SETTLE_MS);
    },
    [pump],
  );

  const rowAt = useCallback((index: number) => {
    const page = state.current.pages.get(Math.floor(index / PAGE_SIZE));
    return page?.[index % PAGE_SIZE];
  }, []);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return { count, exact, error, rowAt, ensure, version, reload };
}
