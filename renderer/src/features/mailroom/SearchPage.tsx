// Search across both registers (mailroom.search, SQLite FTS5): answers as the person types (150 ms
// after the last key; an answer to an older query is dropped), every word matched as the start of a
// word, any case. A query that comes whole (from the header's box, the address, a return to the
// page, Enter) is asked at once. ↓ from the box goes to the results; Enter or a click opens one.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../common/contract/mailroom';
import type { RequestSummary } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { onDropPrivateData } from '../../auth/private-data';
import { ChoiceField } from '../../ui/controls';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { formatDay } from './format';
import { Highlight, searchPattern } from './highlight';
import { RequestHitLink } from './RequestHitLink';
import { INCOMING_STATUS_KEYS, OUTGOING_STATUS_KEYS } from './vocab';
import type { PageComponentProps } from '../../app/pages/types';
import '../../styles/mailroom.css';

type Scope = 'all' | 'incoming' | 'outgoing';
const DEBOUNCE_MS = 150;

/** The last search, so that coming back from a result shows it again. */
const remembered: { query: string; scope: Scope } = { query: '', scope: 'all' };
// Locked or signed out: a search may be a person's name; the window forgets it.
onDropPrivateData(() => {
  remembered.query = '';
  remembered.scope = 'all';
});

interface Found {
  query: string;
  hits: SearchHit[];
  hasMore: boolean;
  /** The requests group: only for a role that may see requests, and only over everything. */
  requests: RequestSummary[];
}

/** The register hits, and the requests found when `withRequests`. */
async function find(q: string, scope: Scope, withRequests: boolean): Promise<Found> {
  const [registers, requests] = await Promise.all([
    api.call('mailroom.search', { query: q, register: scope, limit: 50 }),
    withRequests ? api.call('requests.search', { query: q, limit: 20 }) : null,
  ]);
  return { query: q, ...registers, requests: requests?.items ?? [] };
}

/** What to look for, and whether it is still being typed in the page's box. */
interface Query {
  text: string;
  /** Typed key by key: asked DEBOUNCE_MS after the last key. Otherwise it came whole: asked at once. */
  typing: boolean;
}

/** The hits for the query; a newer query wins. */
function useSearch({ text: query, typing }: Query, scope: Scope) {
  const { can } = useAuth();
  const withRequests = scope === 'all' && can('requests.search');
  const [result, setResult] = useState<Found | null>(null);
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    remembered.query = query;
    remembered.scope = scope;
    const q = query.trim();
    const mine = ++seq.current;
    if (!q) {
      setResult(null);
      setError(undefined);
      setBusy(false);
      return;
    }
    setBusy(true);
    const ask = () => {
      find(q, scope, withRequests)
        .then((r) => {
          if (mine !== seq.current) return; // a newer query is on its way
          setResult(r);
          setError(undefined);
        })
        .catch((e: unknown) => {
          if (mine === seq.current) setError(toPayload(e));
        })
        .finally(() => {
          if (mine === seq.current) setBusy(false);
        });
    };
    if (!typing) {
      ask();
      return;
    }
    const timer = setTimeout(ask, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, typing, scope, withRequests]);

  return { result, error, busy };
}

function HitLink({ hit: h, pattern }: { hit: SearchHit; pattern: ReturnType<typeof searchPattern> }) {
  const { t, i18n } = useTranslation();
  return (
    <a className="mr-hit-link" href={href(h.register, String(h.id))}>
      <span className="mr-hit-head">
        <span className={`mr-badge mr-badge-${h.register}`}>
          {h.register === 'incoming' ? t('pages.search.in') : t('pages.search.out')}
        </span>
        <span className="mr-mono mr-hit-number">
          <Highlight text={h.number} pattern={pattern} />
        </span>
        <span className="muted">{formatDay(h.date, i18n.language)}</span>
        <span className="mr-hit-name">
          <Highlight text={h.name} pattern={pattern} />
        </span>
        {h.iinMasked && <span className="mr-mono muted">{h.iinMasked}</span>}
        {h.trackingNumber && (
          <span className="mr-mono muted">
            <Highlight text={h.trackingNumber} pattern={pattern} />
          </span>
        )}
        <span className={`mr-badge mr-badge-${h.status}`}>
          {h.register === 'incoming'
            ? t(INCOMING_STATUS_KEYS[h.status as keyof typeof INCOMING_STATUS_KEYS])
            : t(OUTGOING_STATUS_KEYS[h.status as keyof typeof OUTGOING_STATUS_KEYS])}
        </span>
      </span>
      <span className="mr-hit-summary">
        <Highlight text={h.summary} pattern={pattern} />
      </span>
    </a>
  );
}

function ScopeField({ value, onChange }: { value: Scope; onChange: (scope: Scope) => void }) {
  const { t } = useTranslation();
  const options = [
    { value: 'all' as const, label: t('pages.search.scopeAll') },
    { value: 'incoming' as const, label: t('nav.incoming') },
    { value: 'outgoing' as const, label: t('nav.outgoing') },
  ];
  return <ChoiceField label={t('pages.search.scope')} options={options} value={value} onChange={onChange} />;
}

function foundText(t: TFunction, count: number, hasMore: boolean): string {
  if (count === 0) return t('pages.search.none');
  return hasMore ? t('pages.search.many', { count }) : t('pages.search.found', { count });
}

export function SearchPage({ params }: PageComponentProps) {
  const { t } = useTranslation();
  const ids = { q: useId(), hint: useId() };
  // #/search/<query>: what was typed in the header's search box.
  const asked = params[0];
  const [query, setQuery] = useState<Query>({ text: asked ?? remembered.query, typing: false });
  useEffect(() => {
    if (asked !== undefined) setQuery({ text: asked, typing: false });
  }, [asked]);
  const [scope, setScope] = useState<Scope>(remembered.scope);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    requestAnimationFrame(() => input.current?.focus());
  }, []);

  const { result, error, busy } = useSearch(query, scope);
  // Enter or a scope chosen: the query is complete, so a debounced ask goes now.
  const complete = () => setQuery((q) => (q.typing ? { ...q, typing: false } : q));

  const pattern = searchPattern(result?.query ?? '');
  const count = result ? result.hits.length + result.requests.length : 0;
  const links = () => Array.from(list.current?.querySelectorAll<HTMLAnchorElement>('a.mr-hit-link') ?? []);

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  const onListKey = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && i === 0) input.current?.focus();
    else all[Math.max(0, Math.min(all.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  return (
    <Page title={t('nav.search')} lead={t('pages.search.lead')}>
      <form
        className="mr-search-bar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          complete();
        }}
      >
        <div className="field mr-search-field">
          <label htmlFor={ids.q}>{t('pages.search.label')}</label>
          <input
            ref={input}
            id={ids.q}
            type="search"
            value={query.text}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-describedby={ids.hint}
            // Points at the results only while there is a list to point at.
            aria-controls={result && count > 0 ? `${ids.q}-results` : undefined}
            onChange={(e) => setQuery({ text: e.target.value, typing: true })}
            onKeyDown={onInputKey}
            data-testid="search-input"
          />
          <p className="field-hint" id={ids.hint}>
            {t('pages.search.hint')}
          </p>
        </div>
        <ScopeField
          value={scope}
          onChange={(next) => {
            complete();
            setScope(next);
          }}
        />
      </form>
      {error && <ErrorMessage error={error} />}
      <p className="mr-total" role="status" aria-live="polite" data-testid="search-status">
        {busy ? t('pages.search.searching') : result ? foundText(t, count, result.hasMore) : ''}
      </p>
      {result && count > 0 && (
        <ol
          className="mr-hits"
          id={`${ids.q}-results`}
          ref={list}
          onKeyDown={onListKey}
          data-testid="search-results"
        >
          {groupByRegister(result.hits).map((h, i, all) => (
            <li key={`${h.register}-${h.id}`} className="mr-hit">
              {(i === 0 || all[i - 1]!.register !== h.register) && (
                <h2 className="mr-hit-group" data-testid={`search-group-${h.register}`}>
                  {t(`search.groups.${h.register}`)}
                </h2>
              )}
              <HitLink hit={h} pattern={pattern} />
            </li>
          ))}
          {result.requests.map((r, i) => (
            <li key={`request-${r.id}`} className="mr-hit">
              {i === 0 && (
                <h2 className="mr-hit-group" data-testid="search-group-requests">
                  {t('search.groups.requests')}
                </h2>
              )}
              <RequestHitLink request={r} pattern={pattern} />
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}

/** Incoming letters first, then outgoing; each group in the order the core gave (newest first). */
function groupByRegister(hits: SearchHit[]): SearchHit[] {
  return [...hits.filter((h) => h.register === 'incoming'), ...hits.filter((h) => h.register === 'outgoing')];
}
