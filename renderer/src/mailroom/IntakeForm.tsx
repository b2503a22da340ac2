// The intake form: one letter registered in the incoming register, keyboard first.
// - Tab order follows the page; the first field to type in (the tracking number, or the sender
//   when the channel has none) has the focus when the form opens.
// - Enter in the tracking field (a barcode scanner ends with it) moves to the next field; Enter
//   elsewhere saves and opens the record; Ctrl+Enter saves and opens a fresh form that keeps the
//   channel and the date received.
// - A tracking warning must be confirmed (checkbox under the field); possible duplicates are shown
//   and must be confirmed; the assigned Вх. № is announced after the save.
// - What is typed is kept as an encrypted draft (drafts.ts) and offered back after a crash.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch, type FieldError, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CHANNELS,
  incomingInputSchema,
  LANGUAGES,
  PARTY_KINDS,
  type Channel,
  type ConfirmableWarning,
  type DuplicateMatch,
  type IncomingInput,
  type IntakeCreateInput,
  type Language,
} from '../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../common/errors';
import { validateIinBin } from '../../../common/identifiers/iin';
import { almatyParts } from '../../../common/mailroom/almaty';
import { DEFAULT_SCAN_MAX_BYTES, SCAN_KINDS } from '../../../common/mailroom/scan-files';
import { checkTracking } from '../../../common/mailroom/tracking';
import type { z } from 'zod';
import { api, toPayload } from '../api/client';
import { useCall } from '../api/hooks';
import { href, navigate } from '../app/router';
import { Dialog } from '../components/Dialog';
import { formatTime } from '../format/dates';
import { formatBytes } from './bytes';
import { deleteDraft, loadDraft, saveDraft, type Draft } from './drafts';
import { DuplicateList } from './DuplicateList';
import { apiIssues, issueText, mailroomErrorText } from './errors';
import { IinHint } from './IinHint';
import { isCtrlEnter } from './keyboard';
import { rememberRegistered } from './registered';
import { RefusedScans, ScanDropZone, type CheckedScan, type RefusedScan } from './ScanDropZone';
import { TrackingField } from './TrackingField';
import { CHANNEL_KEYS, LETTER_LANGUAGE_KEYS, PARTY_KIND_KEYS, SCAN_KIND_KEYS } from './vocab';

type FormIn = IncomingInput;
type FormOut = z.output<typeof incomingInputSchema>;

export const INTAKE_DRAFT_SLOT = 'intake';
/** Scans up to this total go with the save itself (one transaction); larger sets follow one by one. */
const INLINE_SCAN_BYTES = 24 * 1024 * 1024;

const baseResolver = zodResolver(incomingInputSchema);

/** The contract's own schema, plus the IIN/BIN check the core runs (so the form refuses what the core would). */
const resolver: Resolver<FormIn, unknown, FormOut> = async (values, ctx, options) => {
  const result = await baseResolver(values, ctx, options);
  const iin = values.sender?.iin?.trim();
  if (iin && !validateIinBin(iin).valid) {
    const errors = result.errors as FieldErrors<FormIn>;
    const sender = { ...(errors.sender ?? {}), iin: { type: 'custom', message: 'iin_invalid' } };
    return { values: {}, errors: { ...errors, sender } as FieldErrors<FormIn> };
  }
  return result;
};

export function hasTracking(channel: Channel): boolean {
  return channel === 'registered_mail' || channel === 'courier';
}

/** Now, as Almaty wall-clock time for an <input type="datetime-local"> (the core reads it as Almaty). */
export function almatyNowLocal(): string {
  const p = almatyParts(new Date());
  return `${p.date}T${p.time}`;
}

function uiLetterLanguage(ui: string): Language {
  return ui === 'kk' || ui === 'en' ? ui : 'ru';
}

/** The language a text is written in, from its letters (Kazakh letters → kk, Cyrillic → ru, Latin → en). */
export function guessLanguage(text: string): Language | null {
  if (/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text)) return 'kk';
  if (/[а-яё]/i.test(text)) return 'ru';
  if (/[a-z]{3}/i.test(text)) return 'en';
  return null;
}

export function freshIntake(keep: {
  channel?: Channel;
  receivedAt?: string | undefined;
  language: Language;
}): FormIn {
  return {
    receivedAt: keep.receivedAt ?? almatyNowLocal(),
    channel: keep.channel ?? 'registered_mail',
    trackingNumber: '',
    courierCompany: '',
    waybill: '',
    sender: { kind: null, name: '', iin: '', address: '' },
    senderRef: { number: '', date: null },
    documentType: '',
    language: keep.language,
    summary: '',
    sheets: null,
    enclosures: '',
    notes: '',
    assignedTo: '',
  };
}

/** Whether a draft holds anything typed (beyond the defaults). */
function draftHasContent(v: FormIn): boolean {
  const texts = [
    v.trackingNumber,
    v.courierCompany,
    v.waybill,
    v.sender?.name,
    v.sender?.iin,
    v.sender?.address,
    v.senderRef?.number,
    v.documentType,
    v.summary,
    v.enclosures,
    v.notes,
    v.assignedTo,
  ];
  return texts.some((s) => typeof s === 'string' && s.trim() !== '') || (v.sheets ?? null) !== null;
}

type DraftState = 'idle' | 'pending' | 'saved' | 'error';

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const toSheets = (v: unknown) => {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isNaN(n) ? v : n;
};

interface Pending {
  input: IntakeCreateInput;
  confirm: ConfirmableWarning[];
  mode: 'view' | 'next';
  matches: DuplicateMatch[];
}

export function IntakeForm() {
  const { t, i18n } = useTranslation();
  const ids = {
    received: useId(),
    channel: useId(),
    courier: useId(),
    waybill: useId(),
    name: useId(),
    kind: useId(),
    iin: useId(),
    iinHint: useId(),
    address: useId(),
    refNo: useId(),
    refDate: useId(),
    docType: useId(),
    docTypes: useId(),
    language: useId(),
    summary: useId(),
    sheets: useId(),
    enclosures: useId(),
    notes: useId(),
    assigned: useId(),
    officers: useId(),
    scanKind: useId(),
  };
  const settings = useCall('mailroom.settings.get', {});
  const officers = useCall('intake.officers', {});
  const maxBytes = settings.data?.scanMaxBytes ?? DEFAULT_SCAN_MAX_BYTES;

  const defaultLanguage = uiLetterLanguage(i18n.language);
  const form = useForm<FormIn, unknown, FormOut>({
    resolver,
    defaultValues: freshIntake({ language: defaultLanguage }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const {
    register,
    handleSubmit,
    reset,
    setValue,
    getValues,
    setError,
    formState: { errors, dirtyFields },
  } = form;
  const channel = useWatch({ control: form.control, name: 'channel' });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const iinValue = useWatch({ control: form.control, name: 'sender.iin' });
  const formRef = useRef<HTMLFormElement>(null);

  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [iinFocused, setIinFocused] = useState(false);
  const [scans, setScans] = useState<CheckedScan[]>([]);
  const [refused, setRefused] = useState<RefusedScan[]>([]);
  const [scanKind, setScanKind] = useState<(typeof SCAN_KINDS)[number]>('letter');
  const [scanErrors, setScanErrors] = useState<Record<string, ErrorPayload>>({});
  const [apiError, setApiError] = useState<ErrorPayload>();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const [banner, setBanner] = useState<{ id: number; number: string; scanProblems: number } | null>(null);
  const [duplicates, setDuplicates] = useState<Pending | null>(null);
  const [trackingMatches, setTrackingMatches] = useState<DuplicateMatch[]>([]);

  // ---- drafts ------------------------------------------------------------------------------
  const [offer, setOffer] = useState<Draft<FormIn> | null>(null);
  const [offerLater, setOfferLater] = useState(false);
  const [draftState, setDraftState] = useState<DraftState>('idle');
  const [draftAt, setDraftAt] = useState<string | null>(null);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const draftPaused = useRef(true);

  useEffect(() => {
    let alive = true;
    loadDraft<FormIn>(INTAKE_DRAFT_SLOT)
      .then((d) => {
        if (!alive) return;
        if (d && draftHasContent(d.values)) setOffer(d);
        else draftPaused.current = false;
      })
      .catch(() => {
        if (alive) draftPaused.current = false;
      });
    return () => {
      alive = false;
      clearTimeout(draftTimer.current);
    };
  }, []);

  useEffect(() => {
    const sub = form.watch((_values, info) => {
      if (info.type !== 'change' || draftPaused.current) return;
      setDraftState('pending');
      clearTimeout(draftTimer.current);
      draftTimer.current = setTimeout(() => {
        saveDraft(INTAKE_DRAFT_SLOT, getValues())
          .then((d) => {
            setDraftAt(d.savedAt);
            setDraftState('saved');
          })
          .catch(() => setDraftState('error'));
      }, 300);
    });
    return () => sub.unsubscribe();
  }, [form, getValues]);

  const restoreDraft = () => {
    if (!offer) return;
    reset({ ...freshIntake({ language: defaultLanguage }), ...offer.values });
    setDraftAt(offer.savedAt);
    setDraftState('saved');
    setOffer(null);
    setOfferLater(false);
    draftPaused.current = false;
    focusFirst();
  };
  const discardDraft = () => {
    setOffer(null);
    setOfferLater(false);
    draftPaused.current = false;
    void deleteDraft(INTAKE_DRAFT_SLOT);
    focusFirst();
  };

  // ---- focus -------------------------------------------------------------------------------
  // Asked for by a counter and done after the render (a reset re-registers the fields), one frame
  // later (after the page's own heading focus: parents' effects run after their children's).
  const [focusTick, setFocusTick] = useState(0);
  const focusFirst = useCallback(() => setFocusTick((n) => n + 1), []);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const name = hasTracking(getValues('channel')) ? 'trackingNumber' : 'sender.name';
      formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusTick, getValues]);

  // ---- as-you-type checks ------------------------------------------------------------------
  useEffect(() => {
    // A new number needs its own confirmation.
    setReveal(false);
    const c = checkTracking(tracking ?? '');
    if (c.status === 'empty' || c.incomplete) {
      setTrackingMatches([]);
      return;
    }
    let alive = true;
    const timer = setTimeout(() => {
      api
        .call('intake.checkDuplicates', { trackingNumber: c.normalized })
        .then((r) => alive && setTrackingMatches(r.matches))
        .catch(() => alive && setTrackingMatches([]));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [tracking]);

  // The letter's language follows what is typed until the clerk picks one.
  const guessFrom = (text: string) => {
    if (dirtyFields.language) return;
    const g = guessLanguage(text);
    if (g && g !== getValues('language')) setValue('language', g);
  };

  // ---- saving ------------------------------------------------------------------------------
  const focusTrackingConfirm = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>('[data-confirm="tracking"]')?.focus(),
    );

  const applyApiError = (e: ErrorPayload) => {
    setApiError(e);
    const fields: Record<string, string> = {
      receivedAt: 'receivedAt',
      trackingNumber: 'trackingNumber',
      'sender.name': 'sender.name',
      'sender.iin': 'sender.iin',
      'sender.address': 'sender.address',
      'senderRef.date': 'senderRef.date',
      'senderRef.number': 'senderRef.number',
      summary: 'summary',
      sheets: 'sheets',
    };
    let focused = false;
    for (const issue of apiIssues(e)) {
      if (issue.code === 'tracking_check_digit' || issue.code === 'tracking_format') {
        setReveal(true);
        focusTrackingConfirm();
        focused = true;
        continue;
      }
      const field = fields[issue.path];
      if (field) {
        setError(field as 'summary', { type: issue.code, message: issue.code }, { shouldFocus: !focused });
        focused = true;
      }
    }
    const file = e.details?.file;
    if (typeof file === 'number' && scans[file]) setScanErrors({ [scans[file].key]: e });
  };

  const create = async (input: IntakeCreateInput, confirm: ConfirmableWarning[], mode: 'view' | 'next') => {
    const total = scans.reduce((n, s) => n + s.bytes, 0);
    const inline = total <= INLINE_SCAN_BYTES;
    const uploads = scans.map((s) => ({ fileName: s.label, dataBase64: s.dataBase64, kind: s.kind }));
    const entry = await api.call('intake.create', {
      ...input,
      ...(confirm.length ? { confirmWarnings: confirm } : {}),
      ...(inline && uploads.length ? { scans: uploads } : {}),
    });
    let scanProblems = 0;
    if (!inline) {
      for (const u of uploads) {
        try {
          await api.call('scans.add', { register: 'incoming', letterId: entry.id, ...u });
        } catch {
          scanProblems++;
        }
      }
    }
    clearTimeout(draftTimer.current);
    await deleteDraft(INTAKE_DRAFT_SLOT).catch(() => undefined);
    setDraftState('idle');
    setDraftAt(null);
    if (mode === 'next') {
      const keep = { channel: input.channel, receivedAt: getValues('receivedAt'), language: defaultLanguage };
      reset(freshIntake(keep));
      setScans([]);
      setRefused([]);
      setScanErrors({});
      setConfirmedFor(null);
      setReveal(false);
      setTrackingMatches([]);
      setBanner({ id: entry.id, number: entry.incomingNo, scanProblems });
      focusFirst();
    } else {
      rememberRegistered('incoming', entry.id, entry.incomingNo);
      navigate('incoming', String(entry.id));
    }
  };

  /** Shows the entries this letter may duplicate (true), or finds none (false). */
  const offerDuplicates = async (
    input: IntakeCreateInput,
    confirm: ConfirmableWarning[],
    mode: 'view' | 'next',
  ) => {
    const { matches } = await api.call('intake.checkDuplicates', {
      trackingNumber: input.trackingNumber ?? null,
      senderName: input.sender.name,
      receivedAt: input.receivedAt ?? null,
      summary: input.summary,
    });
    if (matches.length === 0) return false;
    setDuplicates({ input, confirm, mode, matches });
    return true;
  };

  const run = async (values: FormOut, mode: 'view' | 'next') => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    setApiError(undefined);
    try {
      const input: IntakeCreateInput = { ...values };
      if (!hasTracking(values.channel)) input.trackingNumber = null;
      if (values.channel !== 'courier') {
        input.courierCompany = null;
        input.waybill = null;
      }
      if (!input.senderRef?.number && !input.senderRef?.date) input.senderRef = null;
      const confirm: ConfirmableWarning[] = [];
      const tc = checkTracking(input.trackingNumber ?? '');
      if (tc.status === 'warning') {
        if (confirmedFor !== tc.normalized) {
          setReveal(true);
          setError('trackingNumber', { type: 'custom', message: 'confirm_tracking' });
          focusTrackingConfirm();
          return;
        }
        confirm.push(tc.warning!);
      }
      if (await offerDuplicates(input, confirm, mode)) return;
      try {
        await create(input, confirm, mode);
      } catch (e) {
        // Another desk registered the same letter a moment ago: show it the same way.
        if (toPayload(e).code === 'DUPLICATE' && (await offerDuplicates(input, confirm, mode))) return;
        throw e;
      }
    } catch (e) {
      applyApiError(toPayload(e));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const confirmDuplicate = async () => {
    const p = duplicates;
    if (!p || savingRef.current) return;
    setDuplicates(null);
    savingRef.current = true;
    setSaving(true);
    try {
      await create(p.input, [...p.confirm, 'duplicate'], p.mode);
    } catch (e) {
      applyApiError(toPayload(e));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const submitView = handleSubmit((v) => run(v, 'view'));
  const submitNext = handleSubmit((v) => run(v, 'next'));

  const onFormKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (isCtrlEnter(e)) {
      e.preventDefault();
      void submitNext();
    }
  };

  const clearForm = () => {
    reset(
      freshIntake({ channel: getValues('channel'), receivedAt: almatyNowLocal(), language: defaultLanguage }),
    );
    setScans([]);
    setRefused([]);
    setConfirmedFor(null);
    setReveal(false);
    setApiError(undefined);
    clearTimeout(draftTimer.current);
    void deleteDraft(INTAKE_DRAFT_SLOT);
    setDraftState('idle');
    setDraftAt(null);
    focusFirst();
  };

  // ---- rendering helpers ---------------------------------------------------------------------
  const err = (e: FieldError | undefined, field?: string): string | undefined => {
    if (!e) return undefined;
    if (e.message === 'confirm_tracking') return t('mailroom.tracking.confirmFirst');
    return issueText(t, e.type, e.message, field);
  };
  const describe = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;
  const docTypes = useMemo(
    () => [
      t('mailroom.docTypes.application'),
      t('mailroom.docTypes.withdrawal'),
      t('mailroom.docTypes.complaint'),
      t('mailroom.docTypes.inquiry'),
      t('mailroom.docTypes.letter'),
      t('mailroom.docTypes.notice'),
    ],
    [t],
  );

  const trackingShown = hasTracking(channel);
  const nameError = err(errors.sender?.name);
  const summaryError = err(errors.summary);
  const receivedError = err(errors.receivedAt);
  const sheetsError = err(errors.sheets, 'sheets');
  const refDateError = err(errors.senderRef?.date);
  const iinError = err(errors.sender?.iin);

  return (
    <>
      {banner && (
        <div className="mr-banner" role="status" data-testid="registered-banner">
          <span className="mr-banner-text">
            {t('mailroom.intake.registeredPrefix')}{' '}
            <a
              className="mr-banner-number"
              href={href('incoming', String(banner.id))}
              data-testid="registered-number"
            >
              {banner.number}
            </a>{' '}
            {t('mailroom.intake.registeredSuffix')}
          </span>
          {banner.scanProblems > 0 && (
            <span className="mr-banner-note">
              {t('mailroom.intake.scanProblems', { count: banner.scanProblems })}
            </span>
          )}
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
      {offerLater && offer && (
        <div className="alert alert-warn mr-draft-later" role="status">
          <span>{t('mailroom.draft.waiting', { time: formatTime(offer.savedAt, i18n.language) })}</span>
          <button type="button" className="button" onClick={restoreDraft}>
            {t('mailroom.draft.restore')}
          </button>
          <button type="button" className="button button-quiet" onClick={discardDraft}>
            {t('mailroom.draft.discard')}
          </button>
        </div>
      )}
      <form
        ref={formRef}
        className="mr-form"
        noValidate
        onSubmit={(e) => void submitView(e)}
        onKeyDown={onFormKeyDown}
        aria-label={t('mailroom.intake.formLabel')}
        data-testid="intake-form"
      >
        <div className="mr-columns">
          <div className="mr-col">
            <fieldset className="mr-fieldset">
              <legend>{t('mailroom.intake.delivery')}</legend>
              <div className="mr-grid">
                <div className="field mr-span-6">
                  <label htmlFor={ids.received}>{t('mailroom.fields.receivedAt')}</label>
                  <input
                    id={ids.received}
                    type="datetime-local"
                    step={60}
                    aria-invalid={Boolean(receivedError)}
                    aria-describedby={describe(receivedError && `${ids.received}-err`)}
                    {...register('receivedAt')}
                  />
                  {receivedError && (
                    <p className="field-error" id={`${ids.received}-err`} role="alert">
                      {receivedError}
                    </p>
                  )}
                </div>
                <div className="field mr-span-6">
                  <label htmlFor={ids.channel}>{t('mailroom.fields.channel')}</label>
                  <select id={ids.channel} {...register('channel')}>
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
                    testId="tracking"
                    extra={
                      trackingMatches.length > 0 && (
                        <p className="field-hint mr-status mr-status-warn" data-testid="tracking-duplicates">
                          {t('mailroom.duplicates.sameTracking', {
                            numbers: trackingMatches.map((m) => m.incomingNo).join(', '),
                          })}
                        </p>
                      )
                    }
                  />
                )}
                {channel === 'courier' && (
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
                        spellCheck={false}
                        {...register('waybill')}
                      />
                    </div>
                  </>
                )}
              </div>
            </fieldset>

            <fieldset className="mr-fieldset">
              <legend>{t('mailroom.intake.sender')}</legend>
              <div className="mr-grid">
                <div className="field mr-span-12">
                  <label htmlFor={ids.name}>
                    {t('mailroom.fields.senderName')}{' '}
                    <span className="mr-required" aria-hidden="true">
                      *
                    </span>
                  </label>
                  <input
                    id={ids.name}
                    autoComplete="off"
                    aria-required="true"
                    aria-invalid={Boolean(nameError)}
                    aria-describedby={describe(nameError && `${ids.name}-err`)}
                    {...register('sender.name', { onChange: (e) => guessFrom(String(e.target.value)) })}
                  />
                  {nameError && (
                    <p className="field-error" id={`${ids.name}-err`} role="alert">
                      {nameError}
                    </p>
                  )}
                </div>
                <div className="field mr-span-6">
                  <label htmlFor={ids.iin}>{t('mailroom.fields.senderIin')}</label>
                  <input
                    id={ids.iin}
                    className="input-mono"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={20}
                    aria-invalid={Boolean(iinError)}
                    aria-describedby={describe(ids.iinHint, iinError && `${ids.iin}-err`)}
                    {...register('sender.iin', { onBlur: () => setIinFocused(false) })}
                    onFocus={() => setIinFocused(true)}
                  />
                  {iinError && (
                    <p className="field-error" id={`${ids.iin}-err`} role="alert">
                      {iinError}
                    </p>
                  )}
                </div>
                <div className="field mr-span-6">
                  <label htmlFor={ids.kind}>{t('mailroom.fields.senderKind')}</label>
                  <select id={ids.kind} {...register('sender.kind', { setValueAs: emptyToNull })}>
                    <option value="">{t('mailroom.fields.senderKindAuto')}</option>
                    {PARTY_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(PARTY_KIND_KEYS[k])}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="mr-span-12 mr-iin-hint">
                  <IinHint value={iinValue} id={ids.iinHint} focused={iinFocused} />
                </div>
                <div className="field mr-span-12">
                  <label htmlFor={ids.address}>{t('mailroom.fields.senderAddress')}</label>
                  <input id={ids.address} autoComplete="off" {...register('sender.address')} />
                </div>
              </div>
            </fieldset>
          </div>
          <div className="mr-col">
            <fieldset className="mr-fieldset">
              <legend>{t('mailroom.intake.letter')}</legend>
              <div className="mr-grid">
                <div className="field mr-span-6">
                  <label htmlFor={ids.refNo}>{t('mailroom.fields.senderRefNumber')}</label>
                  <input id={ids.refNo} autoComplete="off" {...register('senderRef.number')} />
                </div>
                <div className="field mr-span-6">
                  <label htmlFor={ids.refDate}>{t('mailroom.fields.senderRefDate')}</label>
                  <input
                    id={ids.refDate}
                    type="date"
                    aria-invalid={Boolean(refDateError)}
                    aria-describedby={describe(refDateError && `${ids.refDate}-err`)}
                    {...register('senderRef.date', { setValueAs: emptyToNull })}
                  />
                  {refDateError && (
                    <p className="field-error" id={`${ids.refDate}-err`} role="alert">
                      {refDateError}
                    </p>
                  )}
                </div>
                <div className="field mr-span-6">
                  <label htmlFor={ids.docType}>{t('mailroom.fields.documentType')}</label>
                  <input
                    id={ids.docType}
                    list={ids.docTypes}
                    autoComplete="off"
                    {...register('documentType')}
                  />
                  <datalist id={ids.docTypes}>
                    {docTypes.map((d) => (
                      <option key={d} value={d} />
                    ))}
                  </datalist>
                </div>
                <div className="field mr-span-6">
                  <label htmlFor={ids.language}>{t('mailroom.fields.language')}</label>
                  <select id={ids.language} {...register('language')}>
                    {LANGUAGES.map((l) => (
                      <option key={l} value={l}>
                        {t(LETTER_LANGUAGE_KEYS[l])}
                      </option>
                    ))}
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
                    rows={3}
                    aria-required="true"
                    aria-invalid={Boolean(summaryError)}
                    aria-describedby={describe(summaryError && `${ids.summary}-err`)}
                    {...register('summary', { onChange: (e) => guessFrom(String(e.target.value)) })}
                  />
                  {summaryError && (
                    <p className="field-error" id={`${ids.summary}-err`} role="alert">
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
                    aria-describedby={describe(sheetsError && `${ids.sheets}-err`)}
                    {...register('sheets', { setValueAs: toSheets })}
                  />
                  {sheetsError && (
                    <p className="field-error" id={`${ids.sheets}-err`} role="alert">
                      {sheetsError}
                    </p>
                  )}
                </div>
                <div className="field mr-span-9">
                  <label htmlFor={ids.enclosures}>{t('mailroom.fields.enclosures')}</label>
                  <input id={ids.enclosures} autoComplete="off" {...register('enclosures')} />
                </div>
                <div className="field mr-span-7">
                  <label htmlFor={ids.notes}>{t('mailroom.fields.notes')}</label>
                  <input id={ids.notes} autoComplete="off" {...register('notes')} />
                </div>
                <div className="field mr-span-5">
                  <label htmlFor={ids.assigned}>{t('mailroom.fields.assignedTo')}</label>
                  <input
                    id={ids.assigned}
                    list={ids.officers}
                    autoComplete="off"
                    {...register('assignedTo')}
                  />
                  <datalist id={ids.officers}>
                    {(officers.data?.officers ?? []).map((o) => (
                      <option key={o} value={o} />
                    ))}
                  </datalist>
                </div>
              </div>
            </fieldset>
            <fieldset className="mr-fieldset">
              <legend>{t('mailroom.scans.title')}</legend>
              <div className="mr-scan-row">
                <div className="field mr-scan-kind">
                  <label htmlFor={ids.scanKind}>{t('mailroom.scans.kindForNew')}</label>
                  <select
                    id={ids.scanKind}
                    value={scanKind}
                    onChange={(e) => setScanKind(e.target.value as (typeof SCAN_KINDS)[number])}
                  >
                    {SCAN_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(SCAN_KIND_KEYS[k])}
                      </option>
                    ))}
                  </select>
                </div>
                <ScanDropZone
                  maxBytes={maxBytes}
                  kind={scanKind}
                  onFiles={({ accepted, refused: r }) => {
                    setScans((s) => [...s, ...accepted].slice(0, 20));
                    setRefused(r);
                  }}
                />
              </div>
              <RefusedScans refused={refused} />
              {scans.length > 0 && (
                <ul className="mr-pending-scans" data-testid="pending-scans">
                  {scans.map((s) => (
                    <li key={s.key}>
                      <span className="mr-file-label">{s.label}</span>
                      <span className="muted">
                        {t(SCAN_KIND_KEYS[s.kind])} · {formatBytes(s.bytes, i18n.language)}
                      </span>
                      {scanErrors[s.key] && (
                        <span className="field-error" role="alert">
                          {mailroomErrorText(t, scanErrors[s.key]!)}
                        </span>
                      )}
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => setScans((list) => list.filter((x) => x.key !== s.key))}
                      >
                        {t('mailroom.scans.removePending', { name: s.label })}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          </div>
        </div>

        {apiError && apiError.code !== 'VALIDATION' && (
          <div className="alert alert-error" role="alert" data-testid="intake-error">
            <p>{mailroomErrorText(t, apiError)}</p>
            <p className="alert-code">{t('common.errorCode', { code: apiError.code })}</p>
          </div>
        )}
        {apiError && apiError.code === 'VALIDATION' && (
          <div className="alert alert-error" role="alert" data-testid="intake-error">
            <p>{t('mailroom.intake.fixErrors')}</p>
          </div>
        )}

        <div className="mr-actionbar">
          <button type="submit" className="button button-primary" disabled={saving} data-testid="intake-save">
            {t('mailroom.intake.save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => void submitNext()}
            data-testid="intake-save-next"
          >
            {t('mailroom.intake.saveNext')} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </button>
          <button type="button" className="button button-quiet" onClick={clearForm} disabled={saving}>
            {t('mailroom.intake.clear')}
          </button>
          <span
            className="mr-draft-status muted"
            data-testid="draft-status"
            data-draft-state={draftState}
            aria-live="off"
          >
            {draftState === 'pending' && t('mailroom.draft.saving')}
            {draftState === 'saved' &&
              draftAt &&
              t('mailroom.draft.saved', { time: formatTime(draftAt, i18n.language) })}
            {draftState === 'error' && t('mailroom.draft.failed')}
          </span>
        </div>
      </form>

      <Dialog
        open={offer !== null && !offerLater}
        title={t('mailroom.draft.title')}
        onClose={() => setOfferLater(true)}
        onSubmit={restoreDraft}
        actions={
          <>
            <button type="button" className="button" onClick={discardDraft}>
              {t('mailroom.draft.discard')}
            </button>
            <button type="submit" className="button button-primary" data-autofocus>
              {t('mailroom.draft.restore')}
            </button>
          </>
        }
      >
        <p data-testid="draft-offer">
          {offer && t('mailroom.draft.question', { time: formatTime(offer.savedAt, i18n.language) })}
        </p>
        <p className="muted">{t('mailroom.draft.explain')}</p>
      </Dialog>

      <Dialog
        open={duplicates !== null}
        title={t('mailroom.duplicates.title')}
        onClose={() => {
          setDuplicates(null);
          focusFirst();
        }}
        onSubmit={() => void confirmDuplicate()}
        className="mr-dialog-wide"
        actions={
          <>
            <button
              type="button"
              className="button"
              data-autofocus
              onClick={() => {
                setDuplicates(null);
                focusFirst();
              }}
            >
              {t('mailroom.duplicates.back')}
            </button>
            <button type="submit" className="button button-primary" data-testid="duplicate-confirm">
              {t('mailroom.duplicates.registerAnyway')}
            </button>
          </>
        }
      >
        <p>{t('errors.DUPLICATE')}</p>
        {duplicates && <DuplicateList matches={duplicates.matches} />}
      </Dialog>
    </>
  );
}
