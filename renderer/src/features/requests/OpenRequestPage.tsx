// Opening a subject request: from an incoming letter (#/requests/new/<letter id>, the form filled in
// from the letter) or directly (#/requests/new, with the reason recorded). Before saving,
// requests.precheck shows possible duplicates, which the officer confirms to proceed; the deadline
// the request will get is shown while the form is filled in.
import { useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../common/contract';
import type { IncomingEntry } from '../../../../common/contract/mailroom';
import type { PrecheckResult } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import { validateIinBin } from '../../../../common/identifiers/iin';
import { requestTypeOfDocument } from '../../../../common/requests/document-types';
import { openRequestSchema } from '../../../../common/requests/schemas';
import {
  AUTHORIZED_BODY_KINDS,
  DIRECT_OPEN_REASONS,
  REPRESENTATIVE_RELATIONS,
  REQUEST_LANGUAGES,
  REQUEST_TYPES,
  REQUESTER_ROLES,
  type RequestType,
  type RequesterRole,
} from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import { useAuth } from '../../auth/context';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { formatDateTime } from '../../format/dates';
import { formatDay } from '../mailroom';
import { IinHint } from '../mailroom';
import { CHANNEL_KEYS as MAIL_CHANNEL_KEYS, REPLY_LANGUAGE_KEYS } from '../mailroom';
import { RadioGroup, SelectInput, TextArea, TextInput } from '../../ui/fields';
import { almatyLocalToIso, contractResolver, coreIssues, fieldErrorText, opt } from './form';
import {
  DIRECT_REASON_KEYS,
  BODY_KIND_KEYS,
  RELATION_KEYS,
  ROLE_KEYS,
  STATE_KEYS,
  TYPE_KEYS,
  warningText,
} from './vocab';

export function OpenRequestPage({ letter }: { letter: string | null }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const ref = letter ? (/^\d+$/.test(letter) ? { id: Number(letter) } : { incomingNo: letter }) : null;
  const entry = useCall('intake.get', ref ?? { id: 1 }, { enabled: ref !== null && can('requests.open') });

  const back = ref ? (
    <a className="button" href={entry.data ? href('incoming', String(entry.data.id)) : href('incoming')}>
      {t('request.open.backToLetter')}
    </a>
  ) : (
    <a className="button" href={href('requests')}>
      {t('nav.requests')}
    </a>
  );

  return (
    <Page
      title={ref ? t('request.open.titleFromLetter') : t('request.open.titleDirect')}
      lead={ref ? t('request.open.leadFromLetter') : t('request.open.leadDirect')}
      wide
      actions={back}
    >
      {!can('requests.open') ? (
        <p data-testid="open-request-forbidden">{t('request.open.notAllowed')}</p>
      ) : ref && entry.error ? (
        <ErrorMessage error={entry.error} />
      ) : ref && !entry.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <OpenRequestForm letter={entry.data ?? null} />
      )}
    </Page>
  );
}

interface OpenForm {
  type: string;
  requesterRole: RequesterRole;
  language: string;
  officer: string;
  subject: { name: string; iin: string; phone: string; email: string; address: string; accountId: string };
  representative: {
    name: string;
    relation: string;
    gender: string;
    address: string;
    authorityDocument: { type: string; number: string; date: string; issuer: string };
  };
  authorizedBody: {
    kind: string;
    name: string;
    reference: string;
    referenceDate: string;
    official: string;
    officialName: string;
    officialGender: string;
    address: string;
  };
  direct: { reason: string; note: string; receivedAt: string };
}

type OpenInput = CallInput<'requests.open'>;

function toInput(v: OpenForm, letterNo: string | null): OpenInput {
  const role = v.requesterRole;
  const rep = v.representative;
  const body = v.authorizedBody;
  return {
    type: (v.type || undefined) as RequestType,
    letters: letterNo ? [letterNo] : [],
    direct: letterNo
      ? undefined
      : {
          reason: (v.direct.reason || undefined) as (typeof DIRECT_OPEN_REASONS)[number],
          note: opt(v.direct.note) ?? '',
          receivedAt: almatyLocalToIso(v.direct.receivedAt),
        },
    requesterRole: role,
    representative:
      role === 'legal_representative'
        ? {
            name: opt(rep.name) ?? '',
            relation: (rep.relation || undefined) as (typeof REPRESENTATIVE_RELATIONS)[number],
            gender: (rep.gender || undefined) as 'M' | 'F' | undefined,
            address: opt(rep.address),
            authorityDocument: {
              type: opt(rep.authorityDocument.type) ?? '',
              number: opt(rep.authorityDocument.number),
              date: opt(rep.authorityDocument.date),
              issuer: opt(rep.authorityDocument.issuer),
            },
          }
        : undefined,
    authorizedBody:
      role === 'authorized_body'
        ? {
            kind: (body.kind || undefined) as (typeof AUTHORIZED_BODY_KINDS)[number],
            name: opt(body.name) ?? '',
            reference: opt(body.reference),
            referenceDate: opt(body.referenceDate),
            official: opt(body.official),
            officialName: opt(body.officialName),
            officialGender: (body.officialGender || undefined) as 'M' | 'F' | undefined,
            address: opt(body.address),
          }
        : undefined,
    subject: {
      name: opt(v.subject.name) ?? '',
      iin: opt(v.subject.iin),
      phone: opt(v.subject.phone),
      email: opt(v.subject.email),
      address: opt(v.subject.address),
      accountId: opt(v.subject.accountId),
    },
    language: (v.language || undefined) as (typeof REQUEST_LANGUAGES)[number],
    officer: opt(v.officer),
  };
}

function defaults(letter: IncomingEntry | null): OpenForm {
  const org = letter?.sender.kind === 'organization';
  const lang =
    letter && (REQUEST_LANGUAGES as readonly string[]).includes(letter.language) ? letter.language : 'ru';
  return {
    type: requestTypeOfDocument(letter?.documentType) ?? '',
    requesterRole: org ? 'authorized_body' : 'subject',
    language: lang,
    officer: letter?.assignedTo ?? '',
    subject: {
      name: org ? '' : (letter?.sender.name ?? ''),
      iin: org ? '' : (letter?.sender.iin ?? ''),
      phone: '',
      email: '',
      address: org ? '' : (letter?.sender.address ?? ''),
      accountId: '',
    },
    representative: {
      name: '',
      relation: 'parent',
      gender: '',
      address: '',
      authorityDocument: { type: '', number: '', date: '', issuer: '' },
    },
    authorizedBody: {
      kind: org ? 'ministry' : 'ministry',
      name: org ? (letter?.sender.name ?? '') : '',
      reference: org ? (letter?.senderRef?.number ?? '') : '',
      referenceDate: org ? (letter?.senderRef?.date ?? '') : '',
      official: '',
      officialName: '',
      officialGender: '',
      address: org ? (letter?.sender.address ?? '') : '',
    },
    direct: { reason: '', note: '', receivedAt: '' },
  };
}

function OpenRequestForm({ letter }: { letter: IncomingEntry | null }) {
  const { t, i18n } = useTranslation();
  // Asked for the Russian salutation and dative when the patronymic does not tell (no IIN here).
  const genderOptions = [
    { value: '', label: t('request.fields.genderUnknown') },
    { value: 'M', label: t('request.fields.genderM') },
    { value: 'F', label: t('request.fields.genderF') },
  ];
  const letterNo = letter?.incomingNo ?? null;
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);
  const [dupes, setDupes] = useState<PrecheckResult['duplicates'] | null>(null);
  const [iinFocused, setIinFocused] = useState(false);

  const resolver = useMemo<Resolver<OpenForm>>(() => {
    const base = contractResolver<OpenForm>(openRequestSchema, (v) => toInput(v, letterNo));
    return async (values, ctx, options) => {
      const r = await base(values, ctx, options);
      // The check digit and the date of birth, as the core checks them (REQUEST_IIN_INVALID).
      const iin = values.subject.iin.trim();
      if (iin) {
        const check = validateIinBin(iin);
        if (!check.valid || check.kind !== 'IIN') {
          const errors = { ...r.errors } as Record<string, unknown>;
          errors.subject = { ...((errors.subject as object) ?? {}), iin: { type: 'iin', message: 'iin' } };
          return { values: {}, errors: errors as typeof r.errors };
        }
      }
      return r;
    };
  }, [letterNo]);

  const form = useForm<OpenForm>({
    resolver,
    defaultValues: defaults(letter),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, control, setValue, formState, setError: setFieldError, getValues } = form;
  const errors = formState.errors;
  const role = useWatch({ control, name: 'requesterRole' });
  const type = useWatch({ control, name: 'type' }) as RequestType | '';
  const iin = useWatch({ control, name: 'subject.iin' });
  const receivedLocal = useWatch({ control, name: 'direct.receivedAt' });
  const suggested = requestTypeOfDocument(letter?.documentType);

  const iinCheck = iin.trim() ? validateIinBin(iin.trim()) : null;
  const minor = !!iinCheck?.valid && iinCheck.kind === 'IIN' && iinCheck.minor === true;

  const receivedIso = letterNo ? null : (almatyLocalToIso(receivedLocal) ?? null);
  const preview = useCall(
    'requests.precheck',
    {
      type: (type || 'withdrawal') as RequestType,
      letters: letterNo ? [letterNo] : [],
      receivedAt: receivedIso,
    },
    { enabled: type !== '' },
  );

  const open = async (values: OpenForm, confirmDuplicates: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const input = toInput(values, letterNo);
    try {
      if (!confirmDuplicates) {
        const pre = await api.call('requests.precheck', {
          type: input.type,
          letters: input.letters ?? [],
          subject: {
            name: input.subject.name,
            iin: input.subject.iin ?? null,
            address: input.subject.address ?? null,
          },
          receivedAt: input.direct?.receivedAt ?? null,
        });
        if (pre.duplicates.length > 0) {
          setDupes(pre.duplicates);
          return;
        }
      }
      const r = await api.call('requests.open', { ...input, confirmDuplicates });
      setDupes(null);
      navigate('requests', r.id);
    } catch (e) {
      const p = toPayload(e);
      if (p.code === 'REQUEST_IIN_INVALID') {
        setFieldError('subject.iin', { type: 'iin', message: 'iin' }, { shouldFocus: true });
      } else if (p.code === 'VALIDATION' && coreIssues(p).length > 0) {
        let first = true;
        for (const issue of coreIssues(p)) {
          setFieldError(
            issue.path as 'subject.name',
            { type: issue.code, message: issue.code },
            { shouldFocus: first },
          );
          first = false;
        }
        setError(p);
      } else {
        setError(p);
      }
    } finally {
      setBusy(false);
    }
  };

  const typeOptions = REQUEST_TYPES.map((v) => ({ value: v, label: t(TYPE_KEYS[v]) }));
  const fe = (e: Parameters<typeof fieldErrorText>[1], field?: string) => fieldErrorText(t, e, field);
  const pre = preview.data;
  const linked = pre?.letters.flatMap((l) => l.linkedRequests) ?? [];

  return (
    <>
      <form
        className="rq-open"
        noValidate
        onSubmit={(e) => void handleSubmit((v) => open(v, false))(e)}
        data-testid="open-request-form"
      >
        <div className="rq-open-main">
          <fieldset className="mr-fieldset">
            <legend>{t('request.open.request')}</legend>
            <div className="mr-grid">
              <SelectInput
                className="mr-span-6"
                label={t('request.fields.type')}
                required
                registration={register('type')}
                options={typeOptions}
                placeholder={t('request.choose')}
                error={fe(errors.type)}
                hint={
                  suggested
                    ? t('request.open.suggestedFromDocument', { type: t(TYPE_KEYS[suggested]) })
                    : undefined
                }
                data-autofocus
              />
              <SelectInput
                className="mr-span-3"
                label={t('request.fields.language')}
                registration={register('language')}
                options={REQUEST_LANGUAGES.map((l) => ({ value: l, label: t(REPLY_LANGUAGE_KEYS[l]) }))}
                error={fe(errors.language)}
              />
              <TextInput
                className="mr-span-3"
                label={t('request.fields.officer')}
                registration={register('officer')}
                error={fe(errors.officer)}
                autoComplete="off"
              />
              <RadioGroup
                className="mr-span-12"
                legend={t('request.fields.requesterRole')}
                name="requesterRole"
                registration={register('requesterRole')}
                options={REQUESTER_ROLES.map((r) => ({ value: r, label: t(ROLE_KEYS[r]) }))}
                error={fe(errors.requesterRole)}
              />
            </div>
            {minor && type !== 'minor_deletion' && (
              <div className="alert alert-warn rq-inline-alert" role="status" data-testid="minor-proposal">
                <p>{t('request.open.minorProposal', { age: iinCheck?.age ?? 0 })}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    setValue('type', 'minor_deletion', { shouldValidate: formState.isSubmitted })
                  }
                >
                  {t('request.open.useMinorDeletion')}
                </button>
              </div>
            )}
          </fieldset>

          <fieldset className="mr-fieldset">
            <legend>{t('request.open.subject')}</legend>
            <div className="mr-grid">
              <TextInput
                className="mr-span-7"
                label={t('request.fields.subjectName')}
                required
                registration={register('subject.name')}
                error={fe(errors.subject?.name)}
                autoComplete="off"
              />
              <TextInput
                className="mr-span-5 rq-iin"
                label={t('request.fields.iin')}
                registration={{
                  ...register('subject.iin'),
                  onBlur: async (e) => {
                    setIinFocused(false);
                    await register('subject.iin').onBlur(e);
                  },
                }}
                onFocus={() => setIinFocused(true)}
                inputMode="numeric"
                error={fe(errors.subject?.iin, 'iin')}
                extra={() => <IinHint value={iin} id="rq-open-iin-hint" focused={iinFocused} />}
              />
              <TextInput
                className="mr-span-4"
                label={t('request.fields.phone')}
                registration={register('subject.phone')}
                error={fe(errors.subject?.phone, 'phone')}
                inputMode="tel"
                autoComplete="off"
              />
              <TextInput
                className="mr-span-4"
                label={t('request.fields.email')}
                registration={register('subject.email')}
                error={fe(errors.subject?.email, 'email')}
                type="email"
                autoComplete="off"
              />
              <TextInput
                className="mr-span-4"
                label={t('request.fields.accountId')}
                hint={t('request.fields.accountIdHint')}
                registration={register('subject.accountId')}
                error={fe(errors.subject?.accountId, 'accountId')}
                autoComplete="off"
              />
              <TextArea
                className="mr-span-12"
                label={t('request.fields.address')}
                registration={register('subject.address')}
                error={fe(errors.subject?.address)}
                rows={2}
              />
            </div>
          </fieldset>

          {role === 'legal_representative' && (
            <fieldset className="mr-fieldset" data-testid="representative-fields">
              <legend>{t('request.open.representative')}</legend>
              <div className="mr-grid">
                <TextInput
                  className="mr-span-6"
                  label={t('request.fields.representativeName')}
                  required
                  registration={register('representative.name')}
                  error={fe(errors.representative?.name)}
                />
                <SelectInput
                  className="mr-span-6"
                  label={t('request.fields.relation')}
                  registration={register('representative.relation')}
                  options={REPRESENTATIVE_RELATIONS.map((r) => ({ value: r, label: t(RELATION_KEYS[r]) }))}
                  error={fe(errors.representative?.relation)}
                />
                <SelectInput
                  className="mr-span-6"
                  label={t('request.fields.gender')}
                  hint={t('request.fields.genderHint')}
                  registration={register('representative.gender')}
                  options={genderOptions}
                />
                <TextInput
                  className="mr-span-12"
                  label={t('request.fields.representativeAddress')}
                  registration={register('representative.address')}
                  error={fe(errors.representative?.address)}
                />
                <TextInput
                  className="mr-span-6"
                  label={t('request.fields.authorityDocument')}
                  hint={t('request.fields.authorityDocumentHint')}
                  required
                  registration={register('representative.authorityDocument.type')}
                  error={fe(errors.representative?.authorityDocument?.type)}
                />
                <TextInput
                  className="mr-span-2"
                  label={t('request.fields.documentNumber')}
                  registration={register('representative.authorityDocument.number')}
                  error={fe(errors.representative?.authorityDocument?.number)}
                />
                <TextInput
                  className="mr-span-4"
                  type="date"
                  label={t('request.fields.documentDate')}
                  registration={register('representative.authorityDocument.date')}
                  error={fe(errors.representative?.authorityDocument?.date)}
                />
                <TextInput
                  className="mr-span-12"
                  label={t('request.fields.documentIssuer')}
                  registration={register('representative.authorityDocument.issuer')}
                  error={fe(errors.representative?.authorityDocument?.issuer)}
                />
              </div>
            </fieldset>
          )}

          {role === 'authorized_body' && (
            <fieldset className="mr-fieldset" data-testid="authority-fields">
              <legend>{t('request.open.authorizedBody')}</legend>
              <div className="mr-grid">
                <SelectInput
                  className="mr-span-4"
                  label={t('request.fields.bodyKind')}
                  registration={register('authorizedBody.kind')}
                  options={AUTHORIZED_BODY_KINDS.map((k) => ({ value: k, label: t(BODY_KIND_KEYS[k]) }))}
                  error={fe(errors.authorizedBody?.kind)}
                />
                <TextInput
                  className="mr-span-8"
                  label={t('request.fields.bodyName')}
                  required
                  registration={register('authorizedBody.name')}
                  error={fe(errors.authorizedBody?.name)}
                />
                <TextInput
                  className="mr-span-4"
                  label={t('request.fields.bodyReference')}
                  registration={register('authorizedBody.reference')}
                  error={fe(errors.authorizedBody?.reference)}
                />
                <TextInput
                  className="mr-span-4"
                  type="date"
                  label={t('request.fields.bodyReferenceDate')}
                  registration={register('authorizedBody.referenceDate')}
                  error={fe(errors.authorizedBody?.referenceDate)}
                />
                <TextInput
                  className="mr-span-4"
                  label={t('request.fields.bodyOfficial')}
                  hint={t('request.fields.bodyOfficialHint')}
                  registration={register('authorizedBody.official')}
                  error={fe(errors.authorizedBody?.official)}
                />
                <TextInput
                  className="mr-span-8"
                  label={t('request.fields.bodyOfficialName')}
                  hint={t('request.fields.bodyOfficialNameHint')}
                  registration={register('authorizedBody.officialName')}
                  error={fe(errors.authorizedBody?.officialName)}
                />
                <SelectInput
                  className="mr-span-4"
                  label={t('request.fields.gender')}
                  hint={t('request.fields.genderHint')}
                  registration={register('authorizedBody.officialGender')}
                  options={genderOptions}
                />
                <TextInput
                  className="mr-span-12"
                  label={t('request.fields.bodyAddress')}
                  registration={register('authorizedBody.address')}
                  error={fe(errors.authorizedBody?.address)}
                />
              </div>
            </fieldset>
          )}

          {!letterNo && (
            <fieldset className="mr-fieldset" data-testid="direct-fields">
              <legend>{t('request.open.direct')}</legend>
              <div className="mr-grid">
                <SelectInput
                  className="mr-span-6"
                  label={t('request.fields.directReason')}
                  required
                  registration={register('direct.reason')}
                  options={DIRECT_OPEN_REASONS.map((r) => ({ value: r, label: t(DIRECT_REASON_KEYS[r]) }))}
                  placeholder={t('request.choose')}
                  error={fe(errors.direct?.reason)}
                />
                <TextInput
                  className="mr-span-6"
                  type="datetime-local"
                  label={t('request.fields.receivedAt')}
                  hint={t('request.fields.receivedAtHint')}
                  registration={register('direct.receivedAt')}
                  error={fe(errors.direct?.receivedAt)}
                />
                <TextArea
                  className="mr-span-12"
                  label={t('request.fields.directNote')}
                  required
                  registration={register('direct.note')}
                  error={fe(errors.direct?.note)}
                />
              </div>
            </fieldset>
          )}

          {error && <ErrorMessage error={error} />}
          <div className="actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={busy}
              data-testid="open-request-submit"
            >
              {busy ? t('request.open.checking') : t('request.open.submit')}
            </button>
          </div>
        </div>

        <aside className="rq-open-side">
          {letter && (
            <section className="card" aria-labelledby="rq-open-letter" data-testid="open-request-letter">
              <h2 id="rq-open-letter">{t('request.open.fromLetter')}</h2>
              <dl className="facts">
                <dt>{t('mailroom.fields.incomingNo')}</dt>
                <dd>
                  <a className="mr-mono" href={href('incoming', String(letter.id))}>
                    {letter.incomingNo}
                  </a>
                </dd>
                <dt>{t('mailroom.fields.receivedAt')}</dt>
                <dd>{formatDateTime(letter.receivedAt, i18n.language)}</dd>
                <dt>{t('mailroom.fields.channel')}</dt>
                <dd>{t(MAIL_CHANNEL_KEYS[letter.channel])}</dd>
                <dt>{t('mailroom.fields.documentType')}</dt>
                <dd>{letter.documentType ?? t('mailroom.record.none')}</dd>
                <dt>{t('mailroom.fields.summary')}</dt>
                <dd className="mr-pre">{letter.summary}</dd>
              </dl>
            </section>
          )}
          <section className="card" aria-labelledby="rq-open-deadline" data-testid="open-request-deadline">
            <h2 id="rq-open-deadline">{t('request.open.deadline')}</h2>
            {!type ? (
              <p className="muted">{t('request.open.deadlineChooseType')}</p>
            ) : preview.error ? (
              <ErrorMessage error={preview.error} />
            ) : !pre?.deadline ? (
              <p className="muted">{t('common.loading')}</p>
            ) : (
              <>
                <dl className="facts">
                  <dt>{t('request.deadline.received')}</dt>
                  <dd>{formatDay(pre.deadline.received, i18n.language)}</dd>
                  <dt>{t('request.deadline.due')}</dt>
                  <dd data-testid="open-request-due">
                    <strong>{formatDay(pre.deadline.due, i18n.language)}</strong>{' '}
                    <span className="muted">
                      {t('request.deadline.workingDays', { count: pre.deadline.workingDays })}
                    </span>
                  </dd>
                  <dt>{t('request.deadline.statutoryDue')}</dt>
                  <dd>
                    {formatDay(pre.deadline.statutoryDue, i18n.language)}{' '}
                    <span className="muted">
                      {t('request.deadline.workingDays', { count: pre.deadline.statutoryWorkingDays })}
                    </span>
                  </dd>
                </dl>
                {pre.deadline.warnings.map((w) => (
                  <p key={w} className="alert alert-warn" role="note">
                    {warningText(t, w)}
                  </p>
                ))}
              </>
            )}
            {linked.length > 0 && (
              <div className="alert alert-warn" role="note" data-testid="letter-linked-requests">
                <p>{t('request.open.letterHasRequests')}</p>
                <ul className="mr-plain">
                  {linked.map((id) => (
                    <li key={id}>
                      <a className="mr-mono" href={href('requests', id)}>
                        {id}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        </aside>
      </form>

      <Dialog
        open={dupes !== null}
        title={t('request.open.duplicatesTitle')}
        onClose={() => setDupes(null)}
        onSubmit={() => void open(getValues(), true)}
        className="mr-dialog-wide"
        actions={
          <>
            <button type="button" className="button" onClick={() => setDupes(null)} data-autofocus>
              {t('request.open.duplicatesBack')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy} data-testid="open-anyway">
              {t('request.open.openAnyway')}
            </button>
          </>
        }
      >
        <p>{t('request.open.duplicatesText')}</p>
        <table className="mr-simple-table" data-testid="request-duplicates">
          <thead>
            <tr>
              <th scope="col">{t('request.fields.number')}</th>
              <th scope="col">{t('request.fields.type')}</th>
              <th scope="col">{t('request.fields.state')}</th>
              <th scope="col">{t('request.fields.subjectName')}</th>
              <th scope="col">{t('request.deadline.due')}</th>
              <th scope="col">{t('request.open.match')}</th>
            </tr>
          </thead>
          <tbody>
            {(dupes ?? []).map((d) => (
              <tr key={d.id}>
                <td>
                  <span className="mr-mono">{d.id}</span>
                </td>
                <td>{t(TYPE_KEYS[d.type])}</td>
                <td>{t(STATE_KEYS[d.state])}</td>
                <td>
                  {d.subject?.name ?? '—'}{' '}
                  {d.subject?.iinMasked && <span className="mr-mono muted">{d.subject.iinMasked}</span>}
                </td>
                <td>{formatDay(d.due, i18n.language)}</td>
                <td>
                  {d.match === 'iin'
                    ? t('request.open.matchIin')
                    : d.match === 'letter'
                      ? t('request.open.matchLetter')
                      : t('request.open.matchNameAddress')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </>
  );
}
