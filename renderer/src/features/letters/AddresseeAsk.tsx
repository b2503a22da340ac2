// What a letter asks the officer about its addressee when the request cannot tell: the sex for
// «Уважаемый / Уважаемая» (no valid IIN, no telling patronymic) and the dative of a name the app
// cannot decline safely. Shown only after the letter said it needs them.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../ui/controls';

export type AddresseeHints = ReturnType<typeof useAddresseeHints>;

/** What was asked and answered; `askFor` turns on the question a refusal's message key names. */
export function useAddresseeHints() {
  const [ask, setAsk] = useState<{ gender: boolean; dative: boolean }>({ gender: false, dative: false });
  const [gender, setGender] = useState<'' | 'M' | 'F'>('');
  const [dativeName, setDativeName] = useState('');
  const askFor = (messageKey: string) => {
    if (messageKey === 'errors.LETTER_GENDER_REQUIRED') setAsk((a) => ({ ...a, gender: true }));
    if (messageKey === 'errors.LETTER_DATIVE_REQUIRED') setAsk((a) => ({ ...a, dative: true }));
  };
  /** The hints for letters.generate, or undefined when none is given. */
  const given = (): { gender?: 'M' | 'F'; dativeName?: string } | undefined => {
    const a = {
      ...(gender ? { gender } : {}),
      ...(dativeName.trim() ? { dativeName: dativeName.trim() } : {}),
    };
    return Object.keys(a).length ? a : undefined;
  };
  return { ask, gender, setGender, dativeName, setDativeName, askFor, given };
}

export function AddresseeAsk({ hints }: { hints: AddresseeHints }) {
  const { ask, gender, setGender, dativeName, setDativeName } = hints;
  const { t } = useTranslation();
  const dativeId = useId();
  if (!ask.gender && !ask.dative) return null;
  return (
    <div className="mr-grid" data-testid="letter-addressee-ask">
      {ask.gender && (
        <ChoiceField
          fieldClassName="mr-span-4"
          label={t('requestLetters.gender')}
          value={gender}
          onChange={setGender}
          empty={t('requestLetters.genderUnknown')}
          options={[
            { value: 'M', label: t('requestLetters.genderM') },
            { value: 'F', label: t('requestLetters.genderF') },
          ]}
          data-testid="letter-gender"
        />
      )}
      {ask.dative && (
        <div className="field mr-span-8">
          <label htmlFor={dativeId}>{t('requestLetters.dativeName')}</label>
          <input
            id={dativeId}
            value={dativeName}
            maxLength={300}
            onChange={(e) => setDativeName(e.target.value)}
            data-testid="letter-dative"
          />
          <span className="muted rq-small">{t('requestLetters.dativeHint')}</span>
        </div>
      )}
    </div>
  );
}
