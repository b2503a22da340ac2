// Saving a letter from the intake form: the tracking warning must be confirmed, possible
// duplicates are shown first (and again when another desk registered the same letter a moment
// ago), scans go with the save or follow it, and the core's refusals land on their fields.
import { useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type {
  ConfirmableWarning,
  IncomingEntry,
  IntakeCreateInput,
} from '../../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../../common/errors';
import { api, toPayload } from '../../../api/client';
import {
  applyIssues,
  focusTrackingConfirm,
  trackingConfirmation,
  useSaveGuard,
} from '../form/useRegisterForm';
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
  const [duplicates, setDuplicates] = useState<PendingSave | null>(null);
  const save = useSaveGuard((e) => {
    applyIssues(form.setError, e, API_FIELD_PATHS, { revealTracking, focus: formRef });
    const file = e.details?.file;
    if (typeof file === 'number' && scans[file]) onScanError(scans[file].key, e);
  });

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

  const run = (values: FormOut, mode: 'view' | 'next') =>
    save.guarded(async () => {
      save.setApiError(undefined);
      const input = toCreateInput(values, receivedTyped());
      const confirm = trackingConfirmation(input.trackingNumber, confirmedFor, () => {
        revealTracking();
        form.setError('trackingNumber', { type: 'custom', message: 'confirm_tracking' });
        focusTrackingConfirm(formRef);
      });
      if (!confirm) return;
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
    if (!p || save.busy()) return Promise.resolve();
    setDuplicates(null);
    return save.guarded(() => create(p.input, [...p.confirm, 'duplicate'], p.mode));
  };

  const { apiError, setApiError, saving } = save;
  return { apiError, setApiError, saving, duplicates, setDuplicates, run, confirmDuplicate };
}
