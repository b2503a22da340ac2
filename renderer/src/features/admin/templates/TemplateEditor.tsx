// Editing one letter template (kind × language): the YAML source with a live check by the core,
// the placeholders it may use, its versions (load an older one or the shipped text) and saving
// a new version with a note.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateCheckResult, TemplateDetail } from '../../../../../common/contract/letters';
import type { ErrorPayload } from '../../../../../common/errors';
import { LETTER_KIND_INFO, type LetterKind, type LetterLang } from '../../../../../common/letters/kinds';
import type { PlaceholderSpec } from '../../../../../common/letters/placeholders';
import type { TemplateProblem } from '../../../../../common/letters/template';
import { api, toPayload } from '../../../api/client';
import { useCall } from '../../../api/hooks';
import { href } from '../../../app/router';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { formatDateTime } from '../../../format/dates';
import { AdminPage } from '../AdminPage';
import { CHECK_DELAY_MS, kindName, LANG_KEYS, PROBLEM_KEYS } from '../TemplatesAdmin';

function problemText(t: ReturnType<typeof useTranslation>['t'], p: TemplateProblem): string {
  return t(PROBLEM_KEYS[p.code] ?? 'templatesAdmin.problem.schema', {
    placeholder: p.placeholder ?? '',
    path: p.path,
  });
}

/** The problems of a refused save (VALIDATION with details.problems). */
function refusedProblems(error: ErrorPayload | undefined): TemplateProblem[] {
  const problems = error?.details?.problems;
  return Array.isArray(problems) ? (problems as TemplateProblem[]) : [];
}

function Problems({ problems, testId }: { problems: TemplateProblem[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="admin-problem-list" data-testid={testId}>
      {problems.map((p, i) => (
        <li key={i} data-code={p.code}>
          <span>{problemText(t, p)}</span>
          <span className="cell-sub">
            <code>{p.path}</code> · {p.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The live check: a moment after typing stops, the core checks the text as it stands. */
function useLiveCheck(kind: LetterKind, lang: LetterLang, source: string | null) {
  const [check, setCheck] = useState<TemplateCheckResult | null>(null);
  const [checkError, setCheckError] = useState<ErrorPayload>();
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (source === null) return;
    let alive = true;
    setChecking(true);
    const timer = setTimeout(() => {
      api
        .call('letters.templates.check', { kind, lang, source: source || ' ' })
        .then((r) => {
          if (!alive) return;
          setCheck(r);
          setCheckError(undefined);
        })
        .catch((e: unknown) => alive && setCheckError(toPayload(e)))
        .finally(() => alive && setChecking(false));
    }, CHECK_DELAY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [source, kind, lang]);
  return { check, checkError, checking };
}

/** The source being edited, where it was loaded from, and saving it as a new version. */
function useTemplateDraft(kind: LetterKind, lang: LetterLang) {
  const { t } = useTranslation();
  const current = useCall('letters.templates.get', { kind, lang });
  const list = useCall('letters.templates.list', {});
  const [source, setSource] = useState<string | null>(null);
  const [loadedFrom, setLoadedFrom] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ErrorPayload>();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const d: TemplateDetail | undefined = current.data;

  useEffect(() => {
    if (d && source === null) setSource(d.source);
  }, [d, source]);

  const dirty = d !== undefined && source !== null && source !== d.source;

  const save = async () => {
    if (source === null) return;
    setSaving(true);
    setSaveError(undefined);
    setSavedVersion(null);
    try {
      const r = await api.call('letters.templates.save', {
        kind,
        lang,
        source,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setSavedVersion(r.version);
      setNote('');
      setLoadedFrom(null);
      current.reload();
      list.reload();
      setSource(r.source);
    } catch (e) {
      setSaveError(toPayload(e));
    } finally {
      setSaving(false);
    }
  };

  const load = async (version: number | 'shipped') => {
    if (!d) return;
    if (version === 'shipped') {
      setSource(d.shippedSource);
      setLoadedFrom(t('templatesAdmin.loadedShipped'));
      return;
    }
    try {
      const r = await api.call('letters.templates.get', { kind, lang, version });
      setSource(r.source);
      setLoadedFrom(t('templatesAdmin.loadedVersion', { version }));
    } catch (e) {
      setSaveError(toPayload(e));
    }
  };

  const insert = (name: string) => {
    const el = area.current;
    if (!el || source === null) return;
    const token = `{{${name}}}`;
    const start = el.selectionStart ?? source.length;
    const end = el.selectionEnd ?? start;
    const next = source.slice(0, start) + token + source.slice(end);
    setSource(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  };
  return {
    current,
    list,
    d,
    source,
    setSource,
    loadedFrom,
    setLoadedFrom,
    note,
    setNote,
    saving,
    saveError,
    savedVersion,
    area,
    dirty,
    save,
    load,
    insert,
  };
}

export function TemplateEditor({ kind, lang }: { kind: LetterKind; lang: LetterLang }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ids = { source: useId(), note: useId(), check: useId() };
  const draft = useTemplateDraft(kind, lang);
  const { current, list, d, source, setSource, loadedFrom, setLoadedFrom, note, setNote } = draft;
  const { saving, saveError, savedVersion, area, dirty, save, load, insert } = draft;
  const live = useLiveCheck(kind, lang, source);
  const check = live.check;
  const refused = refusedProblems(saveError);
  const placeholders: Record<string, PlaceholderSpec> = list.data?.placeholders ?? {};

  return (
    <AdminPage
      title={t('templatesAdmin.editTitle', { kind: kindName(kind, lng), lang: t(LANG_KEYS[lang]) })}
      lead={t('templatesAdmin.editLead')}
      requires="letters.templates.save"
      back={href('settings', 'templates')}
      backLabel={t('templatesAdmin.allTemplates')}
      wide
    >
      {current.error && <ErrorMessage error={current.error} />}
      {d && source !== null && (
        <div className="admin-template-grid">
          <section className="card admin-template-main" aria-labelledby="tpl-source">
            <h2 id="tpl-source">
              {t('templatesAdmin.current', { version: d.version })}{' '}
              <span className={d.origin === 'admin' ? 'pill pill-ok' : 'pill pill-idle'}>
                {d.origin === 'admin' ? t('templatesAdmin.edited') : t('templatesAdmin.shipped')}
              </span>
            </h2>
            {loadedFrom && (
              <p className="alert alert-info" role="status">
                {loadedFrom}
              </p>
            )}
            <div className="field admin-source-field">
              <label htmlFor={ids.source}>{t('templatesAdmin.source')}</label>
              <textarea
                ref={area}
                id={ids.source}
                className="admin-source"
                rows={22}
                wrap="off"
                spellCheck={false}
                lang={lang}
                value={source}
                onChange={(e) => setSource(e.target.value)}
                aria-describedby={ids.check}
                aria-invalid={check?.ok === false}
                data-testid="template-source"
              />
            </div>
            <CheckStatus id={ids.check} live={live} />
            <div className="field field-wide">
              <label htmlFor={ids.note}>{t('templatesAdmin.note')}</label>
              <input id={ids.note} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
              <p className="field-hint">{t('templatesAdmin.noteHint')}</p>
            </div>
            {saveError && refused.length > 0 && (
              <div className="alert alert-error" role="alert" data-testid="template-refused">
                <p>{t('templatesAdmin.refused', { count: refused.length })}</p>
                <Problems problems={refused} testId="template-refused-problems" />
              </div>
            )}
            {saveError && refused.length === 0 && <ErrorMessage error={saveError} />}
            {savedVersion !== null && (
              <p className="alert alert-ok" role="status" data-testid="template-saved">
                {t('templatesAdmin.saved', { version: savedVersion })}
              </p>
            )}
            <div className="actions">
              <button
                type="button"
                className="button button-primary"
                disabled={!dirty || saving}
                onClick={() => void save()}
                data-testid="template-save"
              >
                {t('templatesAdmin.save', { version: d.version + 1 })}
              </button>
              {dirty && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setSource(d.source);
                    setLoadedFrom(null);
                  }}
                >
                  {t('templatesAdmin.discard')}
                </button>
              )}
              <button type="button" className="button button-quiet" onClick={() => void load('shipped')}>
                {t('templatesAdmin.loadShipped')}
              </button>
            </div>
          </section>

          <aside className="admin-template-side">
            <HistoryList detail={d} onLoad={(v) => void load(v)} />
            <PlaceholderList kind={kind} placeholders={placeholders} onInsert={insert} />
          </aside>
        </div>
      )}
      {!d && !current.error && <p className="muted">{t('common.loading')}</p>}
    </AdminPage>
  );
}

/** What the live check says: checking, fine (with the placeholders used), or the problems. */
function CheckStatus({ id, live }: { id: string; live: ReturnType<typeof useLiveCheck> }) {
  const { t } = useTranslation();
  const { check, checkError, checking } = live;
  return (
    <div id={id} className="admin-check" role="status" aria-live="polite" data-testid="template-check">
      {checkError ? (
        <ErrorMessage error={checkError} />
      ) : !check ? (
        <p className="muted">{t('templatesAdmin.checking')}</p>
      ) : check.ok ? (
        <p className="admin-check-ok">
          {checking
            ? t('templatesAdmin.checking')
            : t('templatesAdmin.checkOk', { count: check.placeholders.length })}
        </p>
      ) : (
        <>
          <p className="text-bad admin-check-bad">
            {t('templatesAdmin.checkProblems', { count: check.problems.length })}
          </p>
          <Problems problems={check.problems} testId="template-problems" />
        </>
      )}
    </div>
  );
}

/** The template's versions, newest first; an older one can be loaded into the editor. */
function HistoryList({ detail: d, onLoad }: { detail: TemplateDetail; onLoad: (version: number) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section className="card" aria-labelledby="tpl-history">
      <h2 id="tpl-history">{t('templatesAdmin.history')}</h2>
      {d.history.length === 0 ? (
        <p className="muted small">{t('templatesAdmin.noHistory')}</p>
      ) : (
        <ol className="admin-versions" data-testid="template-history" reversed>
          {[...d.history].reverse().map((h) => (
            <li key={h.version} data-version={h.version}>
              <div className="admin-version-head">
                <strong>{t('templatesAdmin.versionN', { version: h.version })}</strong>
                <span className={h.origin === 'admin' ? 'pill pill-ok' : 'pill pill-idle'}>
                  {h.origin === 'admin' ? t('templatesAdmin.edited') : t('templatesAdmin.shipped')}
                </span>
                {h.version !== d.version && (
                  <button type="button" className="button button-small" onClick={() => onLoad(h.version)}>
                    {t('templatesAdmin.load')}
                  </button>
                )}
              </div>
              <span className="cell-sub">
                {formatDateTime(h.createdAt, lng)} · {h.createdBy}
              </span>
              {h.note && <span className="cell-sub">{h.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The placeholders a template may use (a click inserts one at the cursor), and those it must. */
function PlaceholderList({
  kind,
  placeholders,
  onInsert,
}: {
  kind: LetterKind;
  placeholders: Record<string, PlaceholderSpec>;
  onInsert: (name: string) => void;
}) {
  const { t } = useTranslation();
  const required = LETTER_KIND_INFO[kind].required;
  return (
    <section className="card" aria-labelledby="tpl-placeholders">
      <h2 id="tpl-placeholders">{t('templatesAdmin.placeholders')}</h2>
      <p className="muted small">{t('templatesAdmin.placeholdersLead')}</p>
      {required.length > 0 && (
        <p className="small">
          {t('templatesAdmin.required')} <code>{required.join(', ')}</code>
        </p>
      )}
      <ul className="admin-placeholders">
        {Object.entries(placeholders).map(([name, spec]) => (
          <li key={name}>
            <button type="button" className="admin-ph" onClick={() => onInsert(name)} title={spec.hint}>
              <code>{`{{${name}}}`}</code>
            </button>
            <span className="cell-sub">{spec.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
