// Manual entry in the outgoing register (letters written outside the app; the letters feature
// registers its own). Opened from an incoming letter ("Register a reply") it starts with the
// sender as addressee, the Вх. № it answers and the letter's language.
// Keyboard as in the intake form: Enter in the tracking field moves on, Enter elsewhere saves and
// opens the entry, Ctrl+Enter saves and opens a fresh form.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  CHANNELS,
  outgoingFields,
  PARTY_KINDS,
  REPLY_LANGUAGES,
  type ConfirmableWarning,
  type IncomingEntry,
  type OutgoingCreateInput,
} from '../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../common/errors';
import { checkTracking } from '../../../common/mailroom/tracking';
import { api, toPayload } from '../api/client';
import { href, navigate } from '../app/router';
import { almatyDay, formatDateTime } from '../format/dates';
import { apiIssues, issueText, mailroomErrorText } from './errors';
import { isCtrlEnter } from './keyboard';
import { rememberRegistered } from './registered';
import { TrackingField } from './TrackingField';
import { CHANNEL_KEYS, PARTY_KIND_KEYS, REPLY_LANGUAGE_KEYS } from './vocab';

/** The contract's fields for a new outgoing entry, with its status (draft or already sent). */
export const outgoingFormSchema = z.strictObject({
  ...outgoingFields,
  status: z.enum(['draft', 'sent']).optional(),
});
type FormIn = z.input<typeof outgoingFormSchema>;
type FormOut = z.output<typeof outgoingFormSchema>;

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const toSheets = (v: unknown) => {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isNaN(n) ? v : n;
};

function fresh(
  language: 'kk' | 'ru' | 'en',
  keep?: { method?: FormIn['method']; date?: string | undefined },
): FormIn {
  return {
    date: keep?.date ?? almatyDay(),
    addressee: { kind: null, name: '', address: '' },
    summary: '',
    signatory: '',
    inReplyTo: '',
    method: keep?.method ?? 'registered_mail',
    trackingNumber: '',
    courierCompany: '',
    waybill: '',
    sheets: null,
    language,
    notes: '',
    status: 'draft',
  };
}

export function OutgoingForm({ replyTo }: { replyTo?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.language === 'kk' || i18n.language === 'en' ? i18n.language : 'ru';
  const ids = {
    date: useId(),
    status: useId(),
    name: useId(),
    kind: useId(),
    address: useId(),
    summary: useId(),
    reply: useId(),
    replyHint: useId(),
    signatory: useId(),
    method: useId(),
    courier: useId(),
    waybill: useId(),
    sheets: useId(),
    language: useId(),
    notes: useId(),
  };
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(outgoingFormSchema),
    defaultValues: fresh(uiLang),
  });
  const {
    register,
    handleSubmit,
    reset,
    getValues,
    setValue,
    setError,
    formState: { errors },
  } = form;
  const method = useWatch({ control: form.control, name: 'method' });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const inReplyTo = useWatch({ control: form.control, name: 'inReplyTo' });
  const formRef = useRef<HTMLFormElement>(null);
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [apiError, setApiError] = useState<ErrorPayload>();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const [banner, setBanner] = useState<{ id: number; number: string } | null>(null);
  const [answered, setAnswered] = useState<IncomingEntry | null | 'missing'>(null);

  // After the render (a reset re-registers the fields) and after the page's heading focus.
  const [focusTick, setFocusTick] = useState(0);
  const focusFirst = () => setFocusTick((n) => n + 1);
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[name="addressee.name"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [focusTick]);

  // Opened as a reply: the incoming letter's sender, number and language.
  useEffect(() => {
    if (!replyTo) return;
    let alive = true;
    api
      .call('intake.get', { incomingNo: replyTo })
      .then((e) => {
        if (!alive) return;
        reset({
          ...fresh(e.language === 'kk' || e.language === 'en' || e.language === 'ru' ? e.language : uiLang),
          addressee: { kind: e.sender.kind, name: e.sender.name, address: e.sender.address ?? '' },
          inReplyTo: e.incomingNo,
        });
        focusFirst();
      })
      .catch(() => alive && setValue('inReplyTo', replyTo));
    return () => {
      alive = false;
    };
    // Only a new reply target refills the form; a language switch must not wipe what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replyTo]);

  // The letter it answers, looked up as the number is typed.
  useEffect(() => {
    const no = (inReplyTo ?? '').trim();
    if (!no) {
      setAnswered(null);
      return;
    }
    let alive = true;
    const timer = setTimeout(() => {
      api
        .call('intake.get', { incomingNo: no })
        .then((e) => alive && setAnswered(e))
        .catch(() => alive && setAnswered('missing'));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [inReplyTo]);

  useEffect(() => setReveal(false), [tracking]);

  const run = async (values: FormOut, mode: 'view' | 'next') => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    setApiError(undefined);
    try {
      const input: OutgoingCreateInput = { ...values };
      if (values.method !== 'courier') {
        input.courierCompany = null;
        input.waybill = null;
      }
      if (values.method === 'by_hand' || values.method === 'electronic') input.trackingNumber = null;
      const confirm: ConfirmableWarning[] = [];
      const tc = checkTracking(input.trackingNumber ?? '');
      if (tc.status === 'warning') {
        if (confirmedFor !== tc.normalized) {
          setReveal(true);
          setError('trackingNumber', { type: 'custom', message: 'confirm_tracking' });
          requestAnimationFrame(() =>
            formRef.current?.querySelector<HTMLInputElement>('[data-confirm="tracking"]')?.focus(),
          );
          return;
        }
        confirm.push(tc.warning!);
      }
      const entry = await api.call('outgoing.create', {
        ...input,
        ...(confirm.length ? { confirmWarnings: confirm } : {}),
      });
      if (mode === 'next') {
        reset(fresh(uiLang, { method: values.method, date: getValues('date') }));
        setConfirmedFor(null);
        setBanner({ id: entry.id, number: entry.outgoingNo });
        focusFirst();
      } else {
        rememberRegistered('outgoing', entry.id, entry.outgoingNo);
        navigate('outgoing', String(entry.id));
      }
    } catch (e) {
      const p = toPayload(e);
      setApiError(p);
      for (const issue of apiIssues(p)) {
        if (issue.code === 'tracking_check_digit' || issue.code === 'tracking_format') setReveal(true);
        else if (['date', 'summary', 'inReplyTo', 'addressee.name', 'sheets'].includes(issue.path))
          setError(issue.path as 'summary', { type: issue.code, message: issue.code });
      }
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const submitView = handleSubmit((v) => run(v, 'view'));
  const submitNext = handleSubmit((v) => run(v, 'next'));
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (isCtrlEnter(e)) {
      e.preventDefault();
      void submitNext();
    }
  };

  const err = (e: FieldError | undefined, field?: string) => {
    if (!e) return undefined;
    if (e.message === 'confirm_tracking') return t('mailroom.tracking.confirmFirst');
    return issueText(t, e.type, e.message, field);
  };
  const nameError = err(errors.addressee?.name);
  const summaryError = err(errors.summary);
  const dateError = err(errors.date);
  const replyError = err(errors.inReplyTo);
  const sheetsError = err(errors.sheets, 'sheets');
  const trackingShown = method === 'registered_mail' || method === 'courier';

  return (
    <>
      {banner && (
        <div className="mr-banner" role="status" data-testid="registered-banner">
          <span className="mr-banner-text">
            {t('mailroom.outgoing.registeredPrefix')}{' '}
            <a className="mr-banner-number" href={href('outgoing', String(banner.id))}>
              {banner.number}
            </a>{' '}
            {t('mailroom.intake.registeredSuffix')}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.close')}
            onClick={() => setBanner(null)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
      <form
        ref={formRef}
        className="mr-form"
        noValidate
        onSubmit={(e) => void submitView(e)}
        onKeyDown={onKeyDown}
        aria-label={t('mailroom.outgoing.formLabel')}
        data-testid="outgoing-form"
      >
        <div className="mr-columns-out">
          <fieldset className="mr-fieldset mr-area-addressee">
            <legend>{t('mailroom.outgoing.addressee')}</legend>
            <div className="mr-grid">
              <div className="field mr-span-12">
                <label htmlFor={ids.name}>
                  {t('mailroom.fields.addresseeName')}{' '}
                  <span className="mr-required" aria-hidden="true">
                    *
                  </span>
                </label>
                <input
                  id={ids.name}
                  autoComplete="off"
                  aria-required="true"
                  aria-invalid={Boolean(nameError)}
                  aria-describedby={nameError ? `${ids.name}-err` : undefined}
                  {...register('addressee.name')}
                />
                {nameError && (
                  <p className="field-error" id={`${ids.name}-err`} role="alert">
                    {nameError}
                  </p>
                )}
              </div>
              <div className="field mr-span-6">
                <label htmlFor={ids.kind}>{t('mailroom.fields.senderKind')}</label>
                <select id={ids.kind} {...register('addressee.kind', { setValueAs: emptyToNull })}>
                  <option value="">{t('mailroom.fields.kindUnknown')}</option>
                  {PARTY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(PARTY_KIND_KEYS[k])}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field mr-span-6">
                <label htmlFor={ids.reply}>{t('mailroom.fields.inReplyTo')}</label>
                <input
                  id={ids.reply}
                  className="input-mono"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={Boolean(replyError) || answered === 'missing'}
                  aria-describedby={ids.replyHint}
                  {...register('inReplyTo')}
                />
                <p
                  className={`field-hint mr-status ${answered === 'missing' ? 'mr-status-warn' : 'mr-status-muted'}`}
                  id={ids.replyHint}
                >
                  {answered === 'missing'
                    ? t('mailroom.outgoing.replyMissing')
                    : answered
                      ? t('mailroom.outgoing.replyFound', {
                          name: answered.sender.name,
                          at: formatDateTime(answered.receivedAt, i18n.language),
                        })
                      : t('mailroom.outgoing.replyHint')}
                </p>
                {replyError && (
                  <p className="field-error" role="alert">
                    {replyError}
                  </p>
                )}
              </div>
              <div className="field mr-span-12">
                <label htmlFor={ids.address}>{t('mailroom.fields.addresseeAddress')}</label>
                <input id={ids.address} autoComplete="off" {...register('addressee.address')} />
              </div>
            </div>
          </fieldset>
          <fieldset className="mr-fieldset mr-area-letter">
            <legend>{t('mailroom.intake.letter')}</legend>
            <div className="mr-grid">
              <div className="field mr-span-6">
                <label htmlFor={ids.date}>{t('mailroom.fields.outgoingDate')}</label>
                <input
                  id={ids.date}
                  type="date"
                  aria-invalid={Boolean(dateError)}
                  {...register('date', { setValueAs: (v) => (v === '' ? undefined : v) })}
                />
                {dateError && (
                  <p className="field-error" role="alert">
                    {dateError}
                  </p>
                )}
              </div>
              <div className="field mr-span-6">
                <label htmlFor={ids.language}>{t('mailroom.fields.replyLanguage')}</label>
                <select id={ids.language} {...register('language')}>
                  {REPLY_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {t(REPLY_LANGUAGE_KEYS[l])}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field mr-span-6">
                <label htmlFor={ids.signatory}>{t('mailroom.fields.signatory')}</label>
                <input id={ids.signatory} autoComplete="off" {...register('signatory')} />
              </div>
              <div className="field mr-span-6">
                <label htmlFor={ids.status}>{t('mailroom.fields.status')}</label>
                <select id={ids.status} {...register('status')}>
                  <option value="draft">{t('mailroom.outgoingStatus.draft')}</option>
                  <option value="sent">{t('mailroom.outgoingStatus.sent')}</option>
                </select>
              </div>
              <div className="field mr-span-12">
                <label htmlFor={ids.summary}>
                  {t('mailroom.fields.summary')}{' '}
                  <span className="mr-required" aria-hidden="true">
                    *
                  </span>
                </label>
                <textarea
                  id={ids.summary}
                  rows={2}
                  aria-required="true"
                  aria-invalid={Boolean(summaryError)}
                  {...register('summary')}
                />
                {summaryError && (
                  <p className="field-error" role="alert">
                    {summaryError}
                  </p>
                )}
              </div>
              <div className="field mr-span-3">
                <label htmlFor={ids.sheets}>{t('mailroom.fields.sheets')}</label>
                <input
                  id={ids.sheets}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  aria-invalid={Boolean(sheetsError)}
                  {...register('sheets', { setValueAs: toSheets })}
                />
                {sheetsError && (
                  <p className="field-error" role="alert">
                    {sheetsError}
                  </p>
                )}
              </div>
              <div className="field mr-span-9">
                <label htmlFor={ids.notes}>{t('mailroom.fields.notes')}</label>
                <input id={ids.notes} autoComplete="off" {...register('notes')} />
              </div>
            </div>
          </fieldset>
          <fieldset className="mr-fieldset mr-area-sending">
            <legend>{t('mailroom.outgoing.sending')}</legend>
            <div className="mr-grid">
              <div className="field mr-span-12">
                <label htmlFor={ids.method}>{t('mailroom.fields.method')}</label>
                <select id={ids.method} {...register('method')}>
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(CHANNEL_KEYS[c])}
                    </option>
                  ))}
                </select>
              </div>
              {trackingShown && (
                <TrackingField
                  className="mr-span-12"
                  label={t('mailroom.fields.trackingNumber')}
                  value={tracking}
                  registration={register('trackingNumber')}
                  confirmedFor={confirmedFor}
                  onConfirm={(v) => {
                    setConfirmedFor(v);
                    if (v) form.clearErrors('trackingNumber');
                  }}
                  reveal={reveal}
                  error={err(errors.trackingNumber)}
                  testId="out-tracking"
                />
              )}
              {method === 'courier' && (
                <>
                  <div className="field mr-span-6">
                    <label htmlFor={ids.courier}>{t('mailroom.fields.courierCompany')}</label>
                    <input id={ids.courier} autoComplete="off" {...register('courierCompany')} />
                  </div>
                  <div className="field mr-span-6">
                    <label htmlFor={ids.waybill}>{t('mailroom.fields.waybill')}</label>
                    <input
                      id={ids.waybill}
                      className="input-mono"
                      autoComplete="off"
                      {...register('waybill')}
                    />
                  </div>
                </>
              )}
            </div>
          </fieldset>
        </div>
        {apiError && (
          <div className="alert alert-error" role="alert" data-testid="outgoing-error">
            <p>
              {apiError.code === 'VALIDATION'
                ? t('mailroom.intake.fixErrors')
                : mailroomErrorText(t, apiError)}
            </p>
            {apiError.code !== 'VALIDATION' && (
              <p className="alert-code">{t('common.errorCode', { code: apiError.code })}</p>
            )}
          </div>
        )}
        <div className="mr-actionbar">
          <button
            type="submit"
            className="button button-primary"
            disabled={saving}
            data-testid="outgoing-save"
          >
            {t('mailroom.intake.save')}
          </button>
          <button type="button" className="button" disabled={saving} onClick={() => void submitNext()}>
            {t('mailroom.intake.saveNext')} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </button>
        </div>
      </form>
    </>
  );
}
