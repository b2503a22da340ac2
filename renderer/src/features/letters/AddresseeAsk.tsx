// What a letter asks the officer about its addressee when the request cannot tell: the sex for
// «Уважаемый / Уважаемая» (no valid IIN, no telling patronymic) and the dative of a name the app
// cannot decline safely. Shown only after the letter said it needs them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../ui/controls';

export function AddresseeAsk({
  ask,
  gender,
  setGender,
  dativeName,
  setDativeName,
}: {
  ask: { gender: boolean; dative: boolean };
  gender: '' | 'M' | 'F';
  setGender: (g: '' | 'M' | 'F') => void;
  dativeName: string;
  setDativeName: (s: string) => void;
}) {
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
