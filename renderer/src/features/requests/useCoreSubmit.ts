// Saving a request form: the call runs once the form's own check passes; when the core refuses,
// its field issues land on their fields (the path without the input's prefix) and its error is
// kept to show under the form.
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ErrorPayload } from '../../../../common/errors';
import { toPayload } from '../../api/client';
import { coreIssues } from './form';

export function useCoreSubmit<V extends FieldValues>(
  form: UseFormReturn<V>,
  call: (values: V) => Promise<void>,
  options: { prefix?: RegExp; focusFirst?: boolean; onRefused?: (p: ErrorPayload) => void } = {},
) {
  const [error, setError] = useState<ErrorPayload>();
  const save = form.handleSubmit(async (v) => {
    setError(undefined);
    try {
      await call(v);
    } catch (e) {
      const p = toPayload(e);
      options.onRefused?.(p);
      coreIssues(p).forEach((i, n) =>
        form.setError(
          (options.prefix ? i.path.replace(options.prefix, '') : i.path) as Path<V>,
          { type: i.code, message: i.code },
          options.focusFirst ? { shouldFocus: n === 0 } : undefined,
        ),
      );
      setError(p);
    }
  });
  return { save, error };
}
