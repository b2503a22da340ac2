// Recording identity verification: which document was seen — its type, the last 4 characters of
// its number, the issuer and the date of issue — never a copy (Art. 7 p.10); or why none was
// needed. Saving moves a new or verifying request on to "in progress" (requests.verify with
// advance).
import { useState } from 'react';
import { useForm, useWatch, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import { verificationSchema } from '../../../../common/requests/schemas';
import { IDENTITY_DOCUMENT_TYPES, NO_VERIFICATION_REASONS } from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { almatyDay } from '../../format/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormActions } from '../../ui/FormActions';
import { RadioGroup, SelectInput, TextArea, TextInput } from '../../ui/fields';
import { contractResolver, coreIssues, fieldErrorText, opt } from './form';
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
  const [error, setError] = useState<ErrorPayload>();
  const {
    register,
    handleSubmit,
    control,
    formState,
    setError: setFieldError,
  } = useForm<VerifyForm>({
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
  const method = useWatch({ control, name: 'method' });
  const errors = formState.errors;
  const fe = (e: Parameters<typeof fieldErrorText>[1], field?: string) => fieldErrorText(t, e, field);

  const save = handleSubmit(async (v) => {
    setError(undefined);
    try {
      await api.call('requests.verify', { id: d.id, verification: toVerification(v), advance: true });
      onSaved();
    } catch (e) {
      const p = toPayload(e);
      for (const i of coreIssues(p))
        setFieldError(i.path.replace(/^verification\./, '') as 'issuer', { type: i.code, message: i.code });
      setError(p);
    }
  });

  return (
    <form noValidate onSubmit={(e) => void save(e)} data-testid="verification-form">
      <p className="muted rq-small">{t('request.verification.lead')}</p>
      <RadioGroup
        legend={t('request.verification.method')}
        name="method"
        registration={register('method')}
        options={[
          { value: 'document', label: t('request.verification.methodDocument') },
          { value: 'not_required', label: t('request.verification.methodNotRequired') },
        ]}
      />
      <div className="mr-grid">
        {method === 'document' ? (
          <DocumentFields request={d} register={register} errors={errors} />
        ) : (
          <SelectInput
            className="mr-span-8"
            label={t('request.verification.notRequiredReason')}
            required
            registration={register('reason')}
            options={NO_VERIFICATION_REASONS.map((k) => ({ value: k, label: t(NO_VERIFICATION_KEYS[k]) }))}
            placeholder={t('request.choose')}
            error={fe(errors.reason)}
          />
        )}
        <TextArea
          className="mr-span-12"
          rows={2}
          label={t('request.fields.note')}
          registration={register('note')}
          error={fe(errors.note)}
        />
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
  register,
  errors,
}: {
  request: RequestDetail;
  register: UseFormRegister<VerifyForm>;
  errors: FieldErrors<VerifyForm>;
}) {
  const { t } = useTranslation();
  const fe = (e: Parameters<typeof fieldErrorText>[1], field?: string) => fieldErrorText(t, e, field);
  return (
    <>
      <SelectInput
        className="mr-span-5"
        label={t('request.fields.documentType')}
        required
        registration={register('documentType')}
        options={IDENTITY_DOCUMENT_TYPES.map((k) => ({ value: k, label: t(ID_DOCUMENT_KEYS[k]) }))}
        error={fe(errors.documentType)}
      />
      <TextInput
        className="mr-span-3"
        label={t('request.fields.numberLast4')}
        required
        hint={t('request.verification.last4Hint')}
        registration={register('numberLast4')}
        error={fe(errors.numberLast4, 'numberLast4')}
        maxLength={4}
        autoComplete="off"
        inputMode="text"
      />
      <TextInput
        className="mr-span-4"
        label={t('request.fields.documentIssuer')}
        required
        registration={register('issuer')}
        error={fe(errors.issuer)}
      />
      <TextInput
        className="mr-span-4"
        type="date"
        max={almatyDay()}
        label={t('request.fields.issuedOn')}
        required
        registration={register('issuedOn')}
        error={fe(errors.issuedOn)}
      />
      {d.requesterRole === 'legal_representative' && (
        <SelectInput
          className="mr-span-4"
          label={t('request.fields.holder')}
          registration={register('holder')}
          options={[
            { value: 'subject', label: t('request.verification.holderSubject') },
            { value: 'representative', label: t('request.verification.holderRepresentative') },
          ]}
        />
      )}
    </>
  );
}
