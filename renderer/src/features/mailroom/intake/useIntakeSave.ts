// Saving a letter from the intake form: the tracking warning must be confirmed, possible
// duplicates are shown first (and again when another desk registered the same letter a moment
// ago), scans go with the save or follow it, and the core's refusals land on their fields.
import { useRef, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type {
  ConfirmableWarning,
  IncomingEntry,
  IntakeCreateInput,
} from '../../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../../common/errors';
import { checkTracking } from '../../../../../common/mailroom/tracking';
import { api, toPayload } from '../../../api/client';
import { apiIssues } from '../errors';
import type { CheckedScan } from '../ScanDropZone';
import {
  API_FIELD_PATHS,
  INLINE_SCAN_BYTES,
  toCreateInput,
  type FormIn,
  type FormOut,
  type PendingSave,
} from './values';

interface Options {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  formRef: RefObject<HTMLFormElement | null>;
  scans: CheckedScan[];
  confirmedFor: string | null;
  /** Whether the clerk typed the receipt time (else the core stamps the moment of saving). */
  receivedTyped: () => boolean;
  revealTracking: () => void;
  onScanError: (key: string, e: ErrorPayload) => void;
  onSaved: (
    entry: IncomingEntry,
    input: IntakeCreateInput,
    mode: 'view' | 'next',
    scanProblems: number,
  ) => Promise<void>;
}

export function useIntakeSave({
  form,
  formRef,
  scans,
  confirmedFor,
  receivedTyped,
  revealTracking,
  onScanError,
  onSaved,
}: Options) {
  const [apiError, setApiError] = useState<ErrorPayload>();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const [duplicates, setDuplicates] = useState<PendingSave | null>(null);

  const focusTrackingConfirm = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>('[data-confirm="tracking"]')?.focus(),
    );

  const applyApiError = (e: ErrorPayload) => {
    setApiError(e);
    let focused = false;
    for (const issue of apiIssues(e)) {
      if (issue.code === 'tracking_check_digit' || issue.code === 'tracking_format') {
        revealTracking();
        focusTrackingConfirm();
        focused = true;
        continue;
      }
      if ((API_FIELD_PATHS as readonly string[]).includes(issue.path)) {
        form.setError(
          issue.path as 'summary',
          { type: issue.code, message: issue.code },
          { shouldFocus: !focused },
        );
        focused = true;
      }
    }
    const file = e.details?.file;
    if (typeof file === 'number' && scans[file]) onScanError(scans[file].key, e);
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
    await onSaved(entry, input, mode, scanProblems);
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

  /** One save at a time: a second Enter while the first is on its way does nothing. */
  const guarded = async (body: () => Promise<void>) => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    try {
      await body();
    } catch (e) {
      applyApiError(toPayload(e));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const run = (values: FormOut, mode: 'view' | 'next') =>
    guarded(async () => {
      setApiError(undefined);
      const input = toCreateInput(values, receivedTyped());
      const confirm: ConfirmableWarning[] = [];
      const tc = checkTracking(input.trackingNumber ?? '');
      if (tc.status === 'warning') {
        if (confirmedFor !== tc.normalized) {
          revealTracking();
          form.setError('trackingNumber', { type: 'custom', message: 'confirm_tracking' });
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
    });

  const confirmDuplicate = () => {
    const p = duplicates;
    if (!p || savingRef.current) return Promise.resolve();
    setDuplicates(null);
    return guarded(() => create(p.input, [...p.confirm, 'duplicate'], p.mode));
  };

  return { apiError, setApiError, saving, duplicates, setDuplicates, run, confirmDuplicate };
}
