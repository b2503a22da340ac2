// The decision's words as the reply letters print them: the language they are typed in, and the
// same texts for a letter in another language. A letter prints only text written for its own
// language and refuses to generate otherwise (issue 14: a Russian reply once quoted the Kazakh
// measures), so the officer states the language here instead of the app guessing.
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DecisionInput, LetterTexts } from '../../../../common/requests/decisions';
import { REQUEST_LANGUAGES, type RequestType } from '../../../../common/requests/vocab';
import { REPLY_LANGUAGE_KEYS } from '../mailroom';
import { SelectInput, TextArea } from '../../ui/fields';
import { choices } from './bind';
import { lines, opt } from './form';

export interface LetterTextValues {
  textLang: string;
  altLang: string;
  altReasons: string;
  altFindings: string;
  altObligations: string;
  altMeasures: string;
}

export const LETTER_TEXT_DEFAULTS = (language: string): LetterTextValues => ({
  textLang: language,
  altLang: '',
  altReasons: '',
  altFindings: '',
  altObligations: '',
  altMeasures: '',
});

/** Which typed text the decision type has that a letter quotes as «findings». */
const FINDINGS_TYPES: readonly RequestType[] = ['complaint', 'objection', 'blocking'];

/** The form's values as the decision's textLang and letterTexts. */
export function letterTextsOf(v: LetterTextValues): Pick<DecisionInput, 'textLang' | 'letterTexts'> {
  const textLang = (REQUEST_LANGUAGES as readonly string[]).includes(v.textLang)
    ? (v.textLang as (typeof REQUEST_LANGUAGES)[number])
    : undefined;
  if (!v.altLang || v.altLang === v.textLang) return { textLang };
  const texts: LetterTexts = {
    reasons: opt(v.altReasons),
    findings: opt(v.altFindings),
    obligations: opt(v.altObligations),
    measures: lines(v.altMeasures).length ? lines(v.altMeasures) : undefined,
  };
  if (!Object.values(texts).some((x) => x !== undefined)) return { textLang };
  return { textLang, letterTexts: { [v.altLang]: texts } };
}

/** The texts typed again for a letter in another language, and which request types have each. */
const ALT_TEXTS: ReadonlyArray<{
  name: keyof LetterTextValues;
  label: string;
  hint?: string;
  types?: readonly RequestType[];
}> = [
  { name: 'altReasons', label: 'request.fields.reasons' },
  { name: 'altFindings', label: 'request.fields.findings', types: FINDINGS_TYPES },
  { name: 'altObligations', label: 'request.fields.obligations', types: ['withdrawal'] },
  { name: 'altMeasures', label: 'request.fields.measures', hint: 'request.onePerLine', types: ['complaint'] },
];

export function LetterTextsFields<T extends LetterTextValues>({
  type,
  register,
  altLang,
}: {
  type: RequestType;
  register: UseFormRegister<T>;
  altLang: string;
}) {
  const { t } = useTranslation();
  const reg = register as unknown as UseFormRegister<LetterTextValues>;
  const langOptions = choices(t, REQUEST_LANGUAGES, REPLY_LANGUAGE_KEYS);
  return (
    <div className="mr-grid" data-testid="letter-texts">
      <SelectInput
        className="mr-span-6"
        label={t('request.decision.textLang')}
        hint={t('request.decision.textLangHint')}
        registration={reg('textLang')}
        options={langOptions}
      />
      <SelectInput
        className="mr-span-6"
        label={t('request.decision.altLang')}
        registration={reg('altLang')}
        options={[{ value: '', label: t('request.decision.altLangNone') }, ...langOptions]}
      />
      {altLang &&
        ALT_TEXTS.filter((x) => !x.types || x.types.includes(type)).map((x) => (
          <TextArea
            key={x.name}
            className="mr-span-12"
            rows={2}
            label={t(x.label)}
            hint={x.hint ? t(x.hint) : undefined}
            registration={reg(x.name)}
          />
        ))}
    </div>
  );
}
