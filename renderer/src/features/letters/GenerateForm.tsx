// Generating a reply letter: its kind (suggested from the request's decision), language (the
// request's by default), how it will be sent, and — asked only when the letter needs them — the
// addressee's sex and the dative of a name the app cannot decline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterInfo } from '../../../../common/contract/letters';
import type { RequestDetail } from '../../../../common/contract/requests';
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
import { ChoiceField } from '../../ui/controls';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { CHANNEL_KEYS, REPLY_LANGUAGE_KEYS } from '../mailroom';
import { AddresseeAsk, useAddresseeHints } from './AddresseeAsk';
import { MissingData, missingFields } from './MissingData';

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

export function GenerateForm({
  request: d,
  onGenerated,
}: {
  request: RequestDetail;
  onGenerated: (r: LetterInfo) => void;
}) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<LetterKind>(() => suggestedKind(d));
  const [lang, setLang] = useState<LetterLang>(d.language);
  const [method, setMethod] = useState<SendMethod>('registered_mail');
  const { busy, error, run } = useAction();
  const [done, setDone] = useState<string | null>(null);
  // Asked only when a letter needs them: the addressee's sex (Уважаемый / Уважаемая) and the
  // dative of a name the app cannot decline. The letter refuses to guess.
  const hints = useAddresseeHints();

  const generate = () =>
    run(async () => {
      setDone(null);
      const addressee = hints.given();
      try {
        const r = await api.call('letters.generate', {
          kind,
          lang,
          requestId: d.id,
          method,
          ...(addressee ? { addressee } : {}),
        });
        setDone(t('requestLetters.generated', { number: r.outgoingNo }));
        onGenerated(r);
      } catch (e) {
        hints.askFor(toPayload(e).messageKey);
        throw e;
      }
    });

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
        <ChoiceField
          fieldClassName="mr-span-12"
          label={t('requestLetters.kind')}
          value={kind}
          onChange={setKind}
          options={LETTER_KINDS.map((k) => ({ value: k, label: kindName(k, i18n.language) }))}
        />
        <ChoiceField
          fieldClassName="mr-span-4"
          label={t('requestLetters.lang')}
          value={lang}
          onChange={setLang}
          options={LETTER_LANGS.map((l) => ({ value: l, label: t(REPLY_LANGUAGE_KEYS[l]) }))}
        />
        <ChoiceField
          fieldClassName="mr-span-8"
          label={t('requestLetters.method')}
          value={method}
          onChange={setMethod}
          options={SEND_METHODS.map((m) => ({ value: m, label: t(CHANNEL_KEYS[m]) }))}
        />
      </div>
      <AddresseeAsk hints={hints} />
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
      {error && (missingFields(error) ? <MissingData error={error} /> : <ErrorMessage error={error} />)}
    </form>
  );
}
