// Who wrote for the subject (a legal representative or an authorized body), and for a request
// opened without a letter, why and when it came.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AUTHORIZED_BODY_KINDS,
  DIRECT_OPEN_REASONS,
  REPRESENTATIVE_RELATIONS,
} from '../../../../../common/requests/vocab';
import { FieldList, type FieldSpec } from '../../../ui/FieldList';
import { fieldErrorText } from '../form';
import { BODY_KIND_KEYS, DIRECT_REASON_KEYS, RELATION_KEYS } from '../vocab';
import type { OpenForm } from './values';

interface Props {
  register: UseFormRegister<OpenForm>;
  errors: FieldErrors<OpenForm>;
}

type Specs = Array<FieldSpec<OpenForm>>;

/** Asked for the Russian salutation and dative when the patronymic does not tell (no IIN here). */
function useGenderOptions() {
  const { t } = useTranslation();
  return [
    { value: '', label: t('request.fields.genderUnknown') },
    { value: 'M', label: t('request.fields.genderM') },
    { value: 'F', label: t('request.fields.genderF') },
  ];
}

function PartyFieldset({
  legend,
  testId,
  fields,
  register,
  errors,
}: Props & {
  legend: string;
  testId: string;
  fields: Specs;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="mr-fieldset" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="mr-grid">
        <FieldList
          fields={fields}
          register={register}
          errors={errors}
          errorText={(e) => fieldErrorText(t, e)}
        />
      </div>
    </fieldset>
  );
}

export function RepresentativeFieldset(props: Props) {
  const { t } = useTranslation();
  const genderOptions = useGenderOptions();
  const fields: Specs = [
    {
      name: 'representative.name',
      label: 'request.fields.representativeName',
      span: 'mr-span-6',
      required: true,
    },
    {
      name: 'representative.relation',
      label: 'request.fields.relation',
      span: 'mr-span-6',
      options: REPRESENTATIVE_RELATIONS.map((r) => ({ value: r, label: t(RELATION_KEYS[r]) })),
    },
    {
      name: 'representative.gender',
      label: 'request.fields.gender',
      hint: 'request.fields.genderHint',
      span: 'mr-span-6',
      options: genderOptions,
    },
    { name: 'representative.address', label: 'request.fields.representativeAddress', span: 'mr-span-12' },
    {
      name: 'representative.authorityDocument.type',
      label: 'request.fields.authorityDocument',
      hint: 'request.fields.authorityDocumentHint',
      span: 'mr-span-6',
      required: true,
    },
    {
      name: 'representative.authorityDocument.number',
      label: 'request.fields.documentNumber',
      span: 'mr-span-2',
    },
    {
      name: 'representative.authorityDocument.date',
      label: 'request.fields.documentDate',
      span: 'mr-span-4',
      type: 'date',
    },
    {
      name: 'representative.authorityDocument.issuer',
      label: 'request.fields.documentIssuer',
      span: 'mr-span-12',
    },
  ];
  return (
    <PartyFieldset
      {...props}
      legend={t('request.open.representative')}
      testId="representative-fields"
      fields={fields}
    />
  );
}

export function AuthorityFieldset(props: Props) {
  const { t } = useTranslation();
  const genderOptions = useGenderOptions();
  const fields: Specs = [
    {
      name: 'authorizedBody.kind',
      label: 'request.fields.bodyKind',
      span: 'mr-span-4',
      options: AUTHORIZED_BODY_KINDS.map((k) => ({ value: k, label: t(BODY_KIND_KEYS[k]) })),
    },
    { name: 'authorizedBody.name', label: 'request.fields.bodyName', span: 'mr-span-8', required: true },
    { name: 'authorizedBody.reference', label: 'request.fields.bodyReference', span: 'mr-span-4' },
    {
      name: 'authorizedBody.referenceDate',
      label: 'request.fields.bodyReferenceDate',
      span: 'mr-span-4',
      type: 'date',
    },
    {
      name: 'authorizedBody.official',
      label: 'request.fields.bodyOfficial',
      hint: 'request.fields.bodyOfficialHint',
      span: 'mr-span-4',
    },
    {
      name: 'authorizedBody.officialName',
      label: 'request.fields.bodyOfficialName',
      hint: 'request.fields.bodyOfficialNameHint',
      span: 'mr-span-8',
    },
    {
      name: 'authorizedBody.officialGender',
      label: 'request.fields.gender',
      hint: 'request.fields.genderHint',
      span: 'mr-span-4',
      options: genderOptions,
    },
    { name: 'authorizedBody.address', label: 'request.fields.bodyAddress', span: 'mr-span-12' },
  ];
  return (
    <PartyFieldset
      {...props}
      legend={t('request.open.authorizedBody')}
      testId="authority-fields"
      fields={fields}
    />
  );
}

export function DirectFieldset(props: Props) {
  const { t } = useTranslation();
  const fields: Specs = [
    {
      name: 'direct.reason',
      label: 'request.fields.directReason',
      span: 'mr-span-6',
      required: true,
      options: DIRECT_OPEN_REASONS.map((r) => ({ value: r, label: t(DIRECT_REASON_KEYS[r]) })),
      placeholder: t('request.choose'),
    },
    {
      name: 'direct.receivedAt',
      label: 'request.fields.receivedAt',
      hint: 'request.fields.receivedAtHint',
      span: 'mr-span-6',
      type: 'datetime-local',
    },
    {
      name: 'direct.note',
      label: 'request.fields.directNote',
      span: 'mr-span-12',
      type: 'textarea',
      required: true,
    },
  ];
  return (
    <PartyFieldset {...props} legend={t('request.open.direct')} testId="direct-fields" fields={fields} />
  );
}
