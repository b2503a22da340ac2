// Correcting a request (requests.update): its type, language and officer, the subject's details —
// the central account id, without which no action can be queued — and notes. Only what changed
// is sent.
import { useForm } from 'react-hook-form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import { requestPatchSchema } from '../../../../common/requests/schemas';
import {
  REQUEST_LANGUAGES,
  REQUEST_TYPES,
  type RequestLanguage,
  type RequestType,
} from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { SelectInput, TextArea, TextInput } from '../../ui/fields';
import { REPLY_LANGUAGE_KEYS } from '../mailroom';
import { contractResolver, coreIssues, fieldErrorText, opt } from './form';
import { SubjectFields, type SubjectValues } from './SubjectFields';
import { TYPE_KEYS } from './vocab';

interface EditForm {
  type: string;
  language: string;
  officer: string;
  notes: string;
  subject: SubjectValues;
}

function toPatch(v: EditForm, d: RequestDetail) {
  const s = d.subject;
  const patch: Record<string, unknown> = {};
  if (v.type && v.type !== d.type) patch.type = v.type as RequestType;
  if (v.language && v.language !== d.language) patch.language = v.language as RequestLanguage;
  if ((opt(v.officer) ?? null) !== d.officer) patch.officer = opt(v.officer) ?? null;
  if ((opt(v.notes) ?? null) !== d.notes) patch.notes = opt(v.notes) ?? null;
  if (s) {
    const subject: Record<string, unknown> = {};
    const name = opt(v.subject.name) ?? '';
    if (name !== s.name) subject.name = name;
    for (const k of ['iin', 'phone', 'email', 'address', 'accountId'] as const) {
      const next = opt(v.subject[k]) ?? null;
      if (next !== (s[k] ?? null)) subject[k] = next;
    }
    if (Object.keys(subject).length > 0) patch.subject = subject;
  }
  return patch;
}

function editDefaults(d: RequestDetail): EditForm {
  const s = d.subject;
  return {
    type: d.type,
    language: d.language,
    officer: d.officer ?? '',
    notes: d.notes ?? '',
    subject: {
      name: s?.name ?? '',
      iin: s?.iin ?? '',
      phone: s?.phone ?? '',
      email: s?.email ?? '',
      address: s?.address ?? '',
      accountId: s?.accountId ?? '',
    },
  };
}

export function EditRequestDialog({
  request: d,
  onClose,
  onSaved,
}: {
  request: RequestDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorPayload>();
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<EditForm>({
    resolver: contractResolver<EditForm>(requestPatchSchema, (v) => toPatch(v, d)),
    defaultValues: editDefaults(d),
  });
  const errors = formState.errors;
  const fe = (e: Parameters<typeof fieldErrorText>[1]) => fieldErrorText(t, e);

  const save = handleSubmit(async (v) => {
    setError(undefined);
    const patch = toPatch(v, d);
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    try {
      await api.call('requests.update', { id: d.id, patch });
      onClose();
      onSaved();
    } catch (e) {
      const p = toPayload(e);
      if (p.code === 'REQUEST_IIN_INVALID') setFieldError('subject.iin', { type: 'iin', message: 'iin' });
      for (const i of coreIssues(p))
        setFieldError(i.path.replace(/^patch\./, '') as 'subject.name', { type: i.code, message: i.code });
      setError(p);
    }
  });

  return (
    <FormDialog
      title={t('request.subject.editTitle', { id: d.id })}
      onClose={onClose}
      onSubmit={() => void save()}
      className="mr-dialog-wide"
      submitLabel={t('common.save')}
      busy={formState.isSubmitting}
      testId="edit-request-save"
      error={error}
    >
      <div className="mr-grid">
        <SelectInput
          className="mr-span-6"
          label={t('request.fields.type')}
          registration={register('type')}
          options={REQUEST_TYPES.map((v) => ({ value: v, label: t(TYPE_KEYS[v]) }))}
          error={fe(errors.type)}
          hint={t('request.subject.typeHint')}
        />
        <SelectInput
          className="mr-span-3"
          label={t('request.fields.language')}
          registration={register('language')}
          options={REQUEST_LANGUAGES.map((l) => ({ value: l, label: t(REPLY_LANGUAGE_KEYS[l]) }))}
        />
        <TextInput
          className="mr-span-3"
          label={t('request.fields.officer')}
          registration={register('officer')}
          error={fe(errors.officer)}
        />
        {d.subject && <SubjectFields register={register} errors={errors.subject} autoFocus />}
        <TextArea
          className="mr-span-12"
          rows={2}
          label={t('request.fields.notes')}
          registration={register('notes')}
          error={fe(errors.notes)}
        />
      </div>
    </FormDialog>
  );
}
