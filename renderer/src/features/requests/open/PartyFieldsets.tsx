// Who wrote for the subject (a legal representative or an authorized body), and for a request
// opened without a letter, why and when it came: each a fieldset of FieldList specs.
import type { TFunction } from 'i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AUTHORIZED_BODY_KINDS,
  DIRECT_OPEN_REASONS,
  REPRESENTATIVE_RELATIONS,
} from '../../../../../common/requests/vocab';
import { FieldList, type FieldSpec } from '../../../ui/FieldList';
import { choices } from '../bind';
import { fieldErrorText } from '../form';
import { BODY_KIND_KEYS, DIRECT_REASON_KEYS, RELATION_KEYS } from '../vocab';
import type { OpenForm } from './values';

type Specs = Array<FieldSpec<OpenForm>>;

/** One field of a group: its name, label key and span, and whatever else it has. */
function spec(
  name: FieldSpec<OpenForm>['name'],
  label: string,
  span: string,
  more: Partial<FieldSpec<OpenForm>> = {},
): FieldSpec<OpenForm> {
  return { name, label, span, ...more };
}

/** Asked for the Russian salutation and dative when the patronymic does not tell (no IIN here). */
function genderOptions(t: TFunction) {
  return [
    { value: '', label: t('request.fields.genderUnknown') },
    { value: 'M', label: t('request.fields.genderM') },
    { value: 'F', label: t('request.fields.genderF') },
  ];
}

const GENDER_HINT = 'request.fields.genderHint';

function representativeFields(t: TFunction): Specs {
  return [
    spec('representative.name', 'request.fields.representativeName', 'mr-span-6', { required: true }),
    spec('representative.relation', 'request.fields.relation', 'mr-span-6', {
      options: choices(t, REPRESENTATIVE_RELATIONS, RELATION_KEYS),
    }),
    spec('representative.gender', 'request.fields.gender', 'mr-span-6', {
      hint: GENDER_HINT,
      options: genderOptions(t),
    }),
    spec('representative.address', 'request.fields.representativeAddress', 'mr-span-12'),
    spec('representative.authorityDocument.type', 'request.fields.authorityDocument', 'mr-span-6', {
      hint: 'request.fields.authorityDocumentHint',
      required: true,
    }),
    spec('representative.authorityDocument.number', 'request.fields.documentNumber', 'mr-span-2'),
    spec('representative.authorityDocument.date', 'request.fields.documentDate', 'mr-span-4', {
      type: 'date',
    }),
    spec('representative.authorityDocument.issuer', 'request.fields.documentIssuer', 'mr-span-12'),
  ];
}

function authorityFields(t: TFunction): Specs {
  return [
    spec('authorizedBody.kind', 'request.fields.bodyKind', 'mr-span-4', {
      options: choices(t, AUTHORIZED_BODY_KINDS, BODY_KIND_KEYS),
    }),
    spec('authorizedBody.name', 'request.fields.bodyName', 'mr-span-8', { required: true }),
    spec('authorizedBody.reference', 'request.fields.bodyReference', 'mr-span-4'),
    spec('authorizedBody.referenceDate', 'request.fields.bodyReferenceDate', 'mr-span-4', { type: 'date' }),
    spec('authorizedBody.official', 'request.fields.bodyOfficial', 'mr-span-4', {
      hint: 'request.fields.bodyOfficialHint',
    }),
    spec('authorizedBody.officialName', 'request.fields.bodyOfficialName', 'mr-span-8', {
      hint: 'request.fields.bodyOfficialNameHint',
    }),
    spec('authorizedBody.officialGender', 'request.fields.gender', 'mr-span-4', {
      hint: GENDER_HINT,
      options: genderOptions(t),
    }),
    spec('authorizedBody.address', 'request.fields.bodyAddress', 'mr-span-12'),
  ];
}

function directFields(t: TFunction): Specs {
  return [
    spec('direct.reason', 'request.fields.directReason', 'mr-span-6', {
      required: true,
      options: choices(t, DIRECT_OPEN_REASONS, DIRECT_REASON_KEYS),
      placeholder: t('request.choose'),
    }),
    spec('direct.receivedAt', 'request.fields.receivedAt', 'mr-span-6', {
      hint: 'request.fields.receivedAtHint',
      type: 'datetime-local',
    }),
    spec('direct.note', 'request.fields.directNote', 'mr-span-12', { type: 'textarea', required: true }),
  ];
}

const PARTIES = {
  representative: {
    legend: 'request.open.representative',
    testId: 'representative-fields',
    fields: representativeFields,
  },
  authority: { legend: 'request.open.authorizedBody', testId: 'authority-fields', fields: authorityFields },
  direct: { legend: 'request.open.direct', testId: 'direct-fields', fields: directFields },
};

export function PartyFieldset({
  party,
  register,
  errors,
}: {
  party: keyof typeof PARTIES;
  register: UseFormRegister<OpenForm>;
  errors: FieldErrors<OpenForm>;
}) {
  const { t } = useTranslation();
  const { legend, testId, fields } = PARTIES[party];
  return (
    <fieldset className="mr-fieldset" data-testid={testId}>
      <legend>{t(legend)}</legend>
      <div className="mr-grid">
        <FieldList
          fields={fields(t)}
          register={register}
          errors={errors}
          errorText={(e) => fieldErrorText(t, e)}
        />
      </div>
    </fieldset>
  );
}
