// Regenerating a draft reply: same Исх. №, the next version, built from the request's current
// data, in the language chosen here (default: the letter's).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterInfo } from '../../../../common/contract/letters';
import { LETTER_LANGS, type LetterLang } from '../../../../common/letters/kinds';
import { api } from '../../api/client';
import { ChoiceField } from '../../ui/controls';
import { FormDialog } from '../../ui/FormDialog';
import { useAction } from '../../ui/useAction';
import { REPLY_LANGUAGE_KEYS } from '../mailroom';
import { MissingData, missingFields } from './MissingData';

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
  const [lang, setLang] = useState<LetterLang>(letter.lang);
  const { busy, error, run } = useAction();
  const regenerate = () =>
    void run(async () => {
      onDone(await api.call('letters.generate', { kind: letter.kind, lang, letterId: letter.id }));
    });
  return (
    <FormDialog
      title={t('requestLetters.regenerateTitle', { number: letter.outgoingNo })}
      onClose={onClose}
      onSubmit={regenerate}
      submitLabel={t('requestLetters.regenerate')}
      busy={busy}
      testId="regenerate-confirm"
      error={missingFields(error) ? undefined : error}
    >
      <p>{t('requestLetters.regenerateText', { number: letter.outgoingNo, version: letter.version + 1 })}</p>
      <ChoiceField
        label={t('requestLetters.lang')}
        value={lang}
        onChange={setLang}
        options={LETTER_LANGS.map((l) => ({ value: l, label: t(REPLY_LANGUAGE_KEYS[l]) }))}
        data-autofocus
      />
      {error && missingFields(error) && <MissingData error={error} onLeave={onClose} />}
    </FormDialog>
  );
}
