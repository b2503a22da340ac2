// Opening the request: the form checks what the core checks (the contract's schema, and the IIN's
// check digit and date of birth), asks requests.precheck for possible duplicates first (the
// officer confirms them to go on), then requests.open; the core's field issues land on their
// fields.
import { useMemo, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { IncomingEntry } from '../../../../../common/contract/mailroom';
import type { PrecheckResult } from '../../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../../common/errors';
import { validateIinBin } from '../../../../../common/identifiers/iin';
import { openRequestSchema } from '../../../../../common/requests/schemas';
import { api, toPayload } from '../../../api/client';
import { navigate } from '../../../app/router';
import { contractResolver, coreIssues } from '../form';
import { openDefaults, toInput, type OpenForm } from './values';

function useOpenResolver(letterNo: string | null) {
  return useMemo<Resolver<OpenForm>>(() => {
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
}

export function useOpenRequest(letter: IncomingEntry | null) {
  const letterNo = letter?.incomingNo ?? null;
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);
  const [dupes, setDupes] = useState<PrecheckResult['duplicates'] | null>(null);
  const form = useForm<OpenForm>({
    resolver: useOpenResolver(letterNo),
    defaultValues: openDefaults(letter),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const showError = (p: ErrorPayload) => {
    if (p.code === 'REQUEST_IIN_INVALID') {
      form.setError('subject.iin', { type: 'iin', message: 'iin' }, { shouldFocus: true });
      return;
    }
    let first = true;
    for (const issue of p.code === 'VALIDATION' ? coreIssues(p) : []) {
      form.setError(
        issue.path as 'subject.name',
        { type: issue.code, message: issue.code },
        { shouldFocus: first },
      );
      first = false;
    }
    setError(p);
  };

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
      showError(toPayload(e));
    } finally {
      setBusy(false);
    }
  };

  return { form, letterNo, open, busy, error, dupes, closeDupes: () => setDupes(null) };
}
