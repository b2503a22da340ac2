// Who the request is about and who wrote it. The full IIN shows here (the person opened the
// request, which the core audits) with what it says (birth date, age, a minor). Officers correct
// the subject's details — the central account id, without which no action can be queued — through
// requests.update.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
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
import { useAuth } from '../../auth/context';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDate } from '../../format/dates';
import { formatDay } from '../mailroom';
import { REPLY_LANGUAGE_KEYS } from '../mailroom';
import { SelectInput, TextArea, TextInput } from '../../ui/fields';
import { contractResolver, coreIssues, fieldErrorText, opt } from './form';
import { BODY_KIND_KEYS, DIRECT_REASON_KEYS, RELATION_KEYS, ROLE_KEYS, TYPE_KEYS } from './vocab';
import { Fact } from '../../ui/Fact';

export function SubjectCard({ request: d, onChanged }: { request: RequestDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const [editing, setEditing] = useState(false);
  const s = d.subject;
  const rep = d.representative;
  const body = d.authorizedBody;
  const editable = can('requests.update') && !d.purgedAt && d.state !== 'closed' && d.state !== 'cancelled';
  const lang = i18n.language;

  return (
    <section className="card" aria-labelledby="rq-subject" data-testid="request-subject">
      <div className="rq-card-head">
        <h2 id="rq-subject">{t('request.subject.title')}</h2>
        {editable && (
          <button
            type="button"
            className="button"
            onClick={() => setEditing(true)}
            data-testid="edit-request"
          >
            {t('request.subject.edit')}
          </button>
        )}
      </div>
      {!s ? (
        <p className="muted">{t('request.subject.purged')}</p>
      ) : (
        <dl className="facts rq-facts-2">
          <Fact label={t('request.fields.subjectName')} testId="subject-name">
            {s.name}
          </Fact>
          <Fact label={t('request.fields.iin')} mono testId="subject-iin">
            {s.iin}
          </Fact>
          {s.birthDate && (
            <Fact label={t('request.subject.born')}>
              {t(s.sex === 'F' ? 'request.subject.bornLineF' : 'request.subject.bornLineM', {
                date: formatDay(s.birthDate, lang),
                age: s.age ?? 0,
              })}
              {d.minor && <strong className="mr-minor"> {t('mailroom.iin.minor')}</strong>}
            </Fact>
          )}
          <Fact label={t('request.fields.phone')} mono>
            {s.phone}
          </Fact>
          <Fact label={t('request.fields.email')}>{s.email}</Fact>
          <Fact label={t('request.fields.address')}>{s.address}</Fact>
          <Fact label={t('request.fields.accountId')} mono testId="subject-account">
            {s.accountId}
          </Fact>
        </dl>
      )}
      <h3 className="rq-subhead">{t('request.subject.requester')}</h3>
      <dl className="facts rq-facts-2">
        <Fact label={t('request.fields.requesterRole')} testId="requester-role">
          {t(ROLE_KEYS[d.requesterRole])}
        </Fact>
        {rep && (
          <>
            <Fact label={t('request.fields.representativeName')}>
              {rep.name}{' '}
              <span className="muted">
                ({t(RELATION_KEYS[rep.relation as keyof typeof RELATION_KEYS] ?? rep.relation)})
              </span>
            </Fact>
            <Fact label={t('request.fields.authorityDocument')}>
              {[
                rep.authorityDocument.type,
                rep.authorityDocument.number ? `№ ${rep.authorityDocument.number}` : '',
                rep.authorityDocument.date ? formatDay(rep.authorityDocument.date, lang) : '',
                rep.authorityDocument.issuer ?? '',
              ]
                .filter(Boolean)
                .join(', ')}
            </Fact>
            {rep.address && <Fact label={t('request.fields.representativeAddress')}>{rep.address}</Fact>}
          </>
        )}
        {body && (
          <>
            <Fact label={t('request.fields.bodyName')}>
              {body.name} <span className="muted">({t(BODY_KIND_KEYS[body.kind])})</span>
            </Fact>
            {(body.reference || body.referenceDate) && (
              <Fact label={t('request.fields.bodyReference')}>
                {[body.reference, body.referenceDate ? formatDay(body.referenceDate, lang) : '']
                  .filter(Boolean)
                  .join(', ')}
              </Fact>
            )}
            {body.official && <Fact label={t('request.fields.bodyOfficial')}>{body.official}</Fact>}
            {body.address && <Fact label={t('request.fields.bodyAddress')}>{body.address}</Fact>}
          </>
        )}
        <Fact label={t('request.fields.language')}>{t(REPLY_LANGUAGE_KEYS[d.language])}</Fact>
        <Fact label={t('request.fields.officer')}>{d.officer}</Fact>
        {d.origin === 'direct' && (
          <>
            <Fact label={t('request.fields.directReason')}>
              {d.directReason && d.directReason in DIRECT_REASON_KEYS
                ? t(DIRECT_REASON_KEYS[d.directReason as keyof typeof DIRECT_REASON_KEYS])
                : d.directReason}
            </Fact>
            <Fact label={t('request.fields.directNote')}>
              {d.directNote ? <span className="mr-pre">{d.directNote}</span> : null}
            </Fact>
          </>
        )}
        {d.notes && (
          <Fact label={t('request.fields.notes')}>
            <span className="mr-pre">{d.notes}</span>
          </Fact>
        )}
        <Fact label={t('request.fields.received')}>{formatDate(d.receivedAt, lang)}</Fact>
      </dl>
      {editing && <EditRequestDialog request={d} onClose={() => setEditing(false)} onSaved={onChanged} />}
    </section>
  );
}

interface EditForm {
  type: string;
  language: string;
  officer: string;
  notes: string;
  subject: { name: string; iin: string; phone: string; email: string; address: string; accountId: string };
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

function EditRequestDialog({
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
  const s = d.subject;
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<EditForm>({
    resolver: contractResolver<EditForm>(requestPatchSchema, (v) => toPatch(v, d)),
    defaultValues: {
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
    },
  });
  const errors = formState.errors;
  const fe = (e: Parameters<typeof fieldErrorText>[1], field?: string) => fieldErrorText(t, e, field);

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
    <Dialog
      open
      title={t('request.subject.editTitle', { id: d.id })}
      onClose={onClose}
      onSubmit={() => void save()}
      className="mr-dialog-wide"
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={formState.isSubmitting}
            data-testid="edit-request-save"
          >
            {t('common.save')}
          </button>
        </>
      }
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
        {s && (
          <>
            <TextInput
              className="mr-span-7"
              label={t('request.fields.subjectName')}
              required
              registration={register('subject.name')}
              error={fe(errors.subject?.name)}
              data-autofocus
            />
            <TextInput
              className="mr-span-5"
              label={t('request.fields.iin')}
              registration={register('subject.iin')}
              error={fe(errors.subject?.iin, 'iin')}
              inputMode="numeric"
            />
            <TextInput
              className="mr-span-4"
              label={t('request.fields.phone')}
              registration={register('subject.phone')}
              error={fe(errors.subject?.phone, 'phone')}
            />
            <TextInput
              className="mr-span-4"
              label={t('request.fields.email')}
              registration={register('subject.email')}
              error={fe(errors.subject?.email, 'email')}
            />
            <TextInput
              className="mr-span-4"
              label={t('request.fields.accountId')}
              registration={register('subject.accountId')}
              error={fe(errors.subject?.accountId, 'accountId')}
            />
            <TextArea
              className="mr-span-12"
              rows={2}
              label={t('request.fields.address')}
              registration={register('subject.address')}
              error={fe(errors.subject?.address)}
            />
          </>
        )}
        <TextArea
          className="mr-span-12"
          rows={2}
          label={t('request.fields.notes')}
          registration={register('notes')}
          error={fe(errors.notes)}
        />
      </div>
      {error && <ErrorMessage error={error} />}
    </Dialog>
  );
}
