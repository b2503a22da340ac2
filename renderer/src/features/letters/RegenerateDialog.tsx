// Regenerating a draft reply: same Исх. №, the next version, built from the request's current
// data, in the language chosen here (default: the letter's).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterInfo } from '../../../../common/contract/letters';
import type { ErrorPayload } from '../../../../common/errors';
import { LETTER_LANGS, type LetterLang } from '../../../../common/letters/kinds';
import { api, toPayload } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { REPLY_LANGUAGE_KEYS } from '../mailroom';

export function RegenerateDialog({
  letter,
  onClose,
  onDone,
}: {
  letter: LetterInfo;
  onClose: () => void;
  onDone: (r: LetterInfo) => void;
}) {
  const { t } = useTranslation();
  const langId = useId();
  const [lang, setLang] = useState<LetterLang>(letter.lang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.call('letters.generate', { kind: letter.kind, lang, letterId: letter.id });
      onDone(r);
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={t('requestLetters.regenerateTitle', { number: letter.outgoingNo })}
      onClose={onClose}
      onSubmit={() => void run()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="regenerate-confirm"
          >
            {t('requestLetters.regenerate')}
          </button>
        </>
      }
    >
      <p>{t('requestLetters.regenerateText', { number: letter.outgoingNo, version: letter.version + 1 })}</p>
      <div className="field">
        <label htmlFor={langId}>{t('requestLetters.lang')}</label>
        <select
          id={langId}
          value={lang}
          data-autofocus
          onChange={(e) => setLang(e.target.value as LetterLang)}
        >
          {LETTER_LANGS.map((l) => (
            <option key={l} value={l}>
              {t(REPLY_LANGUAGE_KEYS[l])}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorMessage error={error} />}
    </Dialog>
  );
}
