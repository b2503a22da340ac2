// Recording identity verification: which document was seen — its type, the last 4 characters of
// its number, the issuer and the date of issue — never a copy (Art. 7 p.10); or why none was
// needed. Saving moves a new or verifying request on to "in progress" (requests.verify with
// advance).
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { verificationSchema } from '../../../../common/requests/schemas';
import { IDENTITY_DOCUMENT_TYPES, NO_VERIFICATION_REASONS } from '../../../../common/requests/vocab';
import { api } from '../../api/client';
import { almatyDay } from '../../format/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormActions } from '../../ui/FormActions';
import { RadioGroup, SelectInput, TextArea, TextInput } from '../../ui/fields';
import { choices, useFieldProps } from './bind';
import { contractResolver, opt } from './form';
import { useCoreSubmit } from './useCoreSubmit';
import { ID_DOCUMENT_KEYS, NO_VERIFICATION_KEYS } from './vocab';

interface VerifyForm {
  method: 'document' | 'not_required';
  documentType: string;
  numberLast4: string;
  issuer: string;
  issuedOn: string;
  holder: 'subject' | 'representative';
  reason: string;
  note: string;
}

const METHOD_KEYS: Record<VerifyForm['method'], string> = {
  document: 'request.verification.methodDocument',
  not_required: 'request.verification.methodNotRequired',
};

const HOLDER_KEYS: Record<VerifyForm['holder'], string> = {
  subject: 'request.verification.holderSubject',
  representative: 'request.verification.holderRepresentative',
};

function toVerification(v: VerifyForm) {
  if (v.method === 'document') {
    return {
      method: 'document' as const,
      documentType: (v.documentType || undefined) as (typeof IDENTITY_DOCUMENT_TYPES)[number],
      numberLast4: v.numberLast4.trim(),
      issuer: opt(v.issuer) ?? '',
      issuedOn: opt(v.issuedOn) ?? '',
      holder: v.holder,
      note: opt(v.note) ?? null,
    };
  }
  return {
    method: 'not_required' as const,
    reason: (v.reason || undefined) as (typeof NO_VERIFICATION_REASONS)[number],
    note: opt(v.note) ?? null,
  };
}

export function VerificationForm({
  request: d,
  onCancel,
  onSaved,
}: {
  request: RequestDetail;
  onCancel: (() => void) | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<VerifyForm>({
    resolver: contractResolver<VerifyForm>(verificationSchema, toVerification),
    defaultValues: {
      method: 'document',
      documentType: 'id_card',
      numberLast4: '',
      issuer: '',
      issuedOn: '',
      holder: d.requesterRole === 'legal_representative' ? 'representative' : 'subject',
      reason: d.requesterRole === 'authorized_body' ? 'authorized_body' : '',
      note: '',
    },
  });
  const { register, control, formState } = form;
  const method = useWatch({ control, name: 'method' });
  const field = useFieldProps(register, formState.errors);
  const { save, error } = useCoreSubmit(
    form,
    async (v) => {
      await api.call('requests.verify', { id: d.id, verification: toVerification(v), advance: true });
      onSaved();
    },
    { prefix: /^verification\./ },
  );

  return (
    <form noValidate onSubmit={(e) => void save(e)} data-testid="verification-form">
      <p className="muted rq-small">{t('request.verification.lead')}</p>
      <RadioGroup
        legend={t('request.verification.method')}
        name="method"
        registration={register('method')}
        options={choices(t, ['document', 'not_required'], METHOD_KEYS)}
      />
      <div className="mr-grid">
        {method === 'document' ? (
          <DocumentFields request={d} field={field} />
        ) : (
          <SelectInput
            {...field('reason', 'request.verification.notRequiredReason', 'mr-span-8')}
            required
            options={choices(t, NO_VERIFICATION_REASONS, NO_VERIFICATION_KEYS)}
            placeholder={t('request.choose')}
          />
        )}
        <TextArea {...field('note', 'request.fields.note', 'mr-span-12')} rows={2} />
      </div>
      {error && <ErrorMessage error={error} />}
      <FormActions
        submitLabel={t('request.verification.save')}
        busy={formState.isSubmitting}
        testId="verification-save"
        cancelLabel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}

function DocumentFields({
  request: d,
  field,
}: {
  request: RequestDetail;
  field: ReturnType<typeof useFieldProps<VerifyForm>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectInput
        {...field('documentType', 'request.fields.documentType', 'mr-span-5')}
        required
        options={choices(t, IDENTITY_DOCUMENT_TYPES, ID_DOCUMENT_KEYS)}
      />
      <TextInput
        {...field('numberLast4', 'request.fields.numberLast4', 'mr-span-3')}
        required
        hint={t('request.verification.last4Hint')}
        maxLength={4}
        autoComplete="off"
        inputMode="text"
      />
      <TextInput {...field('issuer', 'request.fields.documentIssuer', 'mr-span-4')} required />
      <TextInput
        {...field('issuedOn', 'request.fields.issuedOn', 'mr-span-4')}
        required
        type="date"
        max={almatyDay()}
      />
      {d.requesterRole === 'legal_representative' && (
        <SelectInput
          {...field('holder', 'request.fields.holder', 'mr-span-4')}
          options={choices(t, ['subject', 'representative'], HOLDER_KEYS)}
        />
      )}
    </>
  );
}
