// Correcting a request (requests.update): its type, language and officer, the subject's details —
// the central account id, without which no action can be queued — and notes. Only what changed
// is sent.
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { requestPatchSchema } from '../../../../common/requests/schemas';
import {
  REQUEST_LANGUAGES,
  REQUEST_TYPES,
  type RequestLanguage,
  type RequestType,
} from '../../../../common/requests/vocab';
import { api } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { SelectInput, TextArea } from '../../ui/fields';
import { StaffSelect } from '../../ui/StaffSelect';
import { REPLY_LANGUAGE_KEYS } from '../mailroom';
import { choices, useFieldProps } from './bind';
import { contractResolver, opt } from './form';
import { SubjectFields, type SubjectValues } from './SubjectFields';
import { useCoreSubmit } from './useCoreSubmit';
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

interface Props {
  request: RequestDetail;
  onClose: () => void;
  /** After a change was saved (the dialog is closed first). */
  onSaved: () => void;
}

export function EditRequestDialog({ request: d, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useForm<EditForm>({
    resolver: contractResolver<EditForm>(requestPatchSchema, (v) => toPatch(v, d)),
    defaultValues: editDefaults(d),
  });
  const { register, formState } = form;
  const field = useFieldProps(register, formState.errors);
  const { save, error } = useCoreSubmit(
    form,
    async (v) => {
      const patch = toPatch(v, d);
      const changed = Object.keys(patch).length > 0;
      if (changed) await api.call('requests.update', { id: d.id, patch });
      onClose();
      if (changed) onSaved();
    },
    {
      prefix: /^patch\./,
      onRefused: (p) => {
        if (p.code === 'REQUEST_IIN_INVALID') form.setError('subject.iin', { type: 'iin', message: 'iin' });
      },
    },
  );

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
          {...field('type', 'request.fields.type', 'mr-span-6')}
          options={choices(t, REQUEST_TYPES, TYPE_KEYS)}
          hint={t('request.subject.typeHint')}
        />
        <SelectInput
          {...field('language', 'request.fields.language', 'mr-span-3')}
          options={choices(t, REQUEST_LANGUAGES, REPLY_LANGUAGE_KEYS)}
        />
        <StaffSelect {...field('officer', 'request.fields.officer', 'mr-span-3')} keep={d.officer} />
        {d.subject && <SubjectFields register={register} errors={formState.errors.subject} autoFocus />}
        <TextArea {...field('notes', 'request.fields.notes', 'mr-span-12')} rows={2} />
      </div>
    </FormDialog>
  );
}
