// Reply letters on the request screen: generate any kind (language from the request by default;
// kk/ru/en), the request's letters with their Исх. № and status, a preview as a readable page,
// "Save As" (the DOCX from letters.get through a Blob link, with the suggested file name),
// regenerate until it is sent (same Исх. №, new version) and mark it sent (date, method, tracking
// number with the S10 check).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterInfo } from '../../../../common/contract/letters';
import type { RequestDetail } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import {
  LETTER_KIND_INFO,
  LETTER_KINDS,
  LETTER_LANGS,
  SEND_METHODS,
  type LetterKind,
  type LetterLang,
  type SendMethod,
} from '../../../../common/letters/kinds';
import type { RequestType } from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime } from '../../format/dates';
import { downloadBase64 } from '../mailroom';
import { formatDay } from '../mailroom';
import { AddresseeAsk } from './AddresseeAsk';
import { CHANNEL_KEYS, OUTGOING_STATUS_KEYS, REPLY_LANGUAGE_KEYS } from '../mailroom';
import { LetterPreview } from './LetterPreview';
import { MarkSentDialog } from './MarkSentDialog';
import { RegenerateDialog } from './RegenerateDialog';
import './letters.css';

/** The kind a request most likely needs next: a refusal after a refusal, else its type's answer. */
export function suggestedKind(d: RequestDetail): LetterKind {
  if (d.decision?.outcome === 'refused') return 'refusal';
  if (!d.decision) return 'acknowledgment';
  if (d.decision.outcome === 'partially_granted') return 'partial_grant';
  if (d.requesterRole === 'authorized_body') return 'authority_notice';
  const own = LETTER_KINDS.find((k) => LETTER_KIND_INFO[k].requestTypes.includes(d.type as RequestType));
  if (d.type === 'blocking' && own) return own;
  return own ?? 'acknowledgment';
}

export function kindName(kind: string, lang: string): string {
  const info = LETTER_KIND_INFO[kind as LetterKind];
  if (!info) return kind;
  return info.names[(LETTER_LANGS as readonly string[]).includes(lang) ? (lang as LetterLang) : 'ru'];
}

function statusKey(status: string): string {
  return OUTGOING_STATUS_KEYS[status as keyof typeof OUTGOING_STATUS_KEYS] ?? 'mailroom.outgoingStatus.draft';
}

export function RequestLetters({ request: d, onChanged }: { request: RequestDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const list = useCall('letters.list', { requestId: d.id });
  const [preview, setPreview] = useState<{ id: string; version: number } | null>(null);
  const [sending, setSending] = useState<LetterInfo | null>(null);
  const [regenerating, setRegenerating] = useState<LetterInfo | null>(null);
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState<string | null>(null);
  const letters = list.data?.letters ?? [];
  const mayGenerate = can('letters.generate') && !d.purgedAt;

  const saveAs = async (l: LetterInfo) => {
    setBusy(`save:${l.id}`);
    setError(undefined);
    try {
      const file = await api.call('letters.get', { letterId: l.id });
      downloadBase64(file.docxBase64, file.mimeType, file.fileName);
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(null);
    }
  };

  const previewed = preview ? letters.find((l) => l.id === preview.id) : undefined;

  return (
    <section className="card" aria-labelledby="lt-title" data-testid="request-reply-letters">
      <h2 id="lt-title">{t('requestLetters.title')}</h2>
      {mayGenerate && (
        <GenerateForm
          request={d}
          onGenerated={(r) => {
            setPreview({ id: r.id, version: r.version });
            list.reload();
          }}
        />
      )}
      {list.error && <ErrorMessage error={list.error} />}
      {letters.length === 0 ? (
        <p className="muted">{t('requestLetters.none')}</p>
      ) : (
        <div className="rq-table-scroll">
          <table className="mr-simple-table lt-list-table" data-testid="request-letter-list">
            <thead>
              <tr>
                <th scope="col">{t('mailroom.fields.outgoingNo')}</th>
                <th scope="col">{t('requestLetters.kind')}</th>
                <th scope="col">{t('requestLetters.lang')}</th>
                <th scope="col">{t('mailroom.fields.outgoingDate')}</th>
                <th scope="col">{t('mailroom.fields.status')}</th>
                <th scope="col">{t('requestLetters.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((l) => (
                <tr key={l.id} data-testid="request-letter" data-letter={l.id} data-status={l.status}>
                  <td>
                    <a
                      className="mr-mono"
                      href={href('outgoing', String(l.outgoingId))}
                      data-testid="letter-outgoing-link"
                    >
                      {l.outgoingNo}
                    </a>
                    <div className="muted rq-small">
                      {t('requestLetters.version', { version: l.version })}
                    </div>
                  </td>
                  <td className="lt-kind-cell">{kindName(l.kind, i18n.language)}</td>
                  <td>{t(REPLY_LANGUAGE_KEYS[l.lang])}</td>
                  <td>{formatDay(l.outgoingDate, i18n.language)}</td>
                  <td>
                    <span className={`mr-badge mr-badge-${l.status}`} data-testid="letter-status">
                      {t(statusKey(l.status))}
                    </span>
                    {l.sentAt && (
                      <div className="muted rq-small">
                        {formatDateTime(l.sentAt, i18n.language)}
                        {l.trackingNumber && <span className="mr-mono"> {l.trackingNumber}</span>}
                      </div>
                    )}
                  </td>
                  <td>
                    <div className="lt-row-actions">
                      <button
                        type="button"
                        className="button"
                        aria-pressed={preview?.id === l.id}
                        onClick={() =>
                          setPreview(
                            preview?.id === l.id && preview.version === l.version
                              ? null
                              : { id: l.id, version: l.version },
                          )
                        }
                        data-testid="letter-preview"
                      >
                        {t('requestLetters.preview')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={busy === `save:${l.id}`}
                        onClick={() => void saveAs(l)}
                        data-testid="letter-save-as"
                      >
                        {t('requestLetters.saveAs')}
                      </button>
                      {l.status === 'draft' && can('letters.generate') && !d.purgedAt && (
                        <button
                          type="button"
                          className="button"
                          onClick={() => setRegenerating(l)}
                          data-testid="letter-regenerate"
                        >
                          {t('requestLetters.regenerate')}
                        </button>
                      )}
                      {l.status === 'draft' && can('letters.markSent') && (
                        <button
                          type="button"
                          className="button"
                          onClick={() => setSending(l)}
                          data-testid="letter-mark-sent"
                        >
                          {t('requestLetters.markSent')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      {preview && (
        <div className="lt-preview" data-testid="letter-preview-panel">
          <div className="rq-card-head">
            <h3 className="rq-subhead">
              {t('requestLetters.previewTitle', {
                number: previewed?.outgoingNo ?? '',
                version: preview.version,
              })}
            </h3>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('common.close')}
            </button>
          </div>
          <LetterPreview
            key={`${preview.id}:${preview.version}`}
            letterId={preview.id}
            version={preview.version}
          />
        </div>
      )}
      {sending && (
        <MarkSentDialog
          letter={sending}
          onClose={() => setSending(null)}
          onSent={() => {
            setSending(null);
            list.reload();
            // A reply that leaves may move its request on (answered).
            onChanged();
          }}
        />
      )}
      {regenerating && (
        <RegenerateDialog
          letter={regenerating}
          onClose={() => setRegenerating(null)}
          onDone={(r) => {
            setRegenerating(null);
            setPreview({ id: r.id, version: r.version });
            list.reload();
          }}
        />
      )}
    </section>
  );
}

function GenerateForm({
  request: d,
  onGenerated,
}: {
  request: RequestDetail;
  onGenerated: (r: LetterInfo) => void;
}) {
  const { t, i18n } = useTranslation();
  const kindId = useId();
  const langId = useId();
  const methodId = useId();
  const [kind, setKind] = useState<LetterKind>(() => suggestedKind(d));
  const [lang, setLang] = useState<LetterLang>(d.language);
  const [method, setMethod] = useState<SendMethod>('registered_mail');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [done, setDone] = useState<string | null>(null);
  // Asked only when a letter needs them: the addressee's sex (Уважаемый / Уважаемая) and the
  // dative of a name the app cannot decline. The letter refuses to guess.
  const [ask, setAsk] = useState<{ gender: boolean; dative: boolean }>({ gender: false, dative: false });
  const [gender, setGender] = useState<'' | 'M' | 'F'>('');
  const [dativeName, setDativeName] = useState('');

  const generate = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setDone(null);
    try {
      const addressee = {
        ...(gender ? { gender } : {}),
        ...(dativeName.trim() ? { dativeName: dativeName.trim() } : {}),
      };
      const r = await api.call('letters.generate', {
        kind,
        lang,
        requestId: d.id,
        method,
        ...(Object.keys(addressee).length ? { addressee } : {}),
      });
      setDone(t('requestLetters.generated', { number: r.outgoingNo }));
      onGenerated(r);
    } catch (e) {
      const p = toPayload(e);
      if (p.messageKey === 'errors.LETTER_GENDER_REQUIRED') setAsk((a) => ({ ...a, gender: true }));
      if (p.messageKey === 'errors.LETTER_DATIVE_REQUIRED') setAsk((a) => ({ ...a, dative: true }));
      setError(p);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="lt-generate"
      onSubmit={(e) => {
        e.preventDefault();
        void generate();
      }}
      data-testid="letter-generate-form"
    >
      <div className="mr-grid">
        <div className="field mr-span-12">
          <label htmlFor={kindId}>{t('requestLetters.kind')}</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as LetterKind)}>
            {LETTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field mr-span-4">
          <label htmlFor={langId}>{t('requestLetters.lang')}</label>
          <select id={langId} value={lang} onChange={(e) => setLang(e.target.value as LetterLang)}>
            {LETTER_LANGS.map((l) => (
              <option key={l} value={l}>
                {t(REPLY_LANGUAGE_KEYS[l])}
              </option>
            ))}
          </select>
        </div>
        <div className="field mr-span-8">
          <label htmlFor={methodId}>{t('requestLetters.method')}</label>
          <select id={methodId} value={method} onChange={(e) => setMethod(e.target.value as SendMethod)}>
            {SEND_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(CHANNEL_KEYS[m])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AddresseeAsk
        ask={ask}
        gender={gender}
        setGender={setGender}
        dativeName={dativeName}
        setDativeName={setDativeName}
      />
      <div className="lt-generate-actions">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="letter-generate">
          {busy ? t('requestLetters.generating') : t('requestLetters.generate')}
        </button>
        <span className="muted rq-small">{t('requestLetters.generateHint')}</span>
      </div>
      {done && (
        <p className="rq-small" role="status" data-testid="letter-generated">
          {done}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
