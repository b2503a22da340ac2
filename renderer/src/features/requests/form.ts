// Forms of the request screen check what the core checks: the form's strings are turned into the
// contract's input and parsed with the contract's own zod schema; each issue lands on the field at
// its path (field names follow the contract's paths). Field errors are shown as sentences, never
// as zod's English messages.
import type { TFunction } from 'i18next';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorPayload } from '../../../../common/errors';

/** '' and whitespace mean "not given". */
export function opt(s: string | null | undefined): string | undefined {
  const v = (s ?? '').trim();
  return v ? v : undefined;
}

/** One entry per non-empty line. */
export function lines(s: string | null | undefined): string[] {
  return (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function setPath(target: Record<string, unknown>, path: readonly PropertyKey[], error: FieldError): void {
  let node = target;
  const keys = path.map(String);
  if (keys.length === 0) keys.push('root');
  keys.forEach((k, i) => {
    if (i === keys.length - 1) {
      if (!node[k]) node[k] = error;
      return;
    }
    const next = node[k];
    if (!next || typeof next !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  });
}

/** Issues of a zod parse as react-hook-form errors at the same paths. */
export function issuesToErrors(
  issues: z.ZodError['issues'],
  pathMap?: (path: string) => string,
): FieldErrors {
  const out: Record<string, unknown> = {};
  for (const issue of issues) {
    const joined = issue.path.map(String).join('.');
    const mapped = pathMap ? pathMap(joined) : joined;
    setPath(out, mapped ? mapped.split('.') : [], { type: issue.code, message: issue.message });
  }
  return out as FieldErrors;
}

/**
 * A resolver from the contract's schema: `toInput` builds the call's input from the form values;
 * the values pass through unchanged when the input parses.
 */
export function contractResolver<V extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: V) => unknown,
  pathMap?: (path: string) => string,
): Resolver<V> {
  return (values) => {
    const r = schema.safeParse(toInput(values));
    if (r.success) return { values, errors: {} };
    return { values: {}, errors: issuesToErrors(r.error.issues, pathMap) as FieldErrors<V> };
  };
}

/** Sentences for some fields whose format the schema checks. */
const FIELD_FORMAT_KEYS: Record<string, string> = {
  iin: 'request.issues.iin',
  phone: 'request.issues.phone',
  email: 'request.issues.email',
  accountId: 'request.issues.accountId',
  numberLast4: 'request.issues.last4',
  fee: 'request.issues.number',
};

/** A field error as a sentence. `field` is the last part of the field's path. */
export function fieldErrorText(
  t: TFunction,
  error: FieldError | undefined,
  field?: string,
): string | undefined {
  if (!error) return undefined;
  const type = String(error.type ?? '');
  const message = typeof error.message === 'string' ? error.message : '';
  if (type === 'server') return message || t('request.issues.invalid');
  if (field && FIELD_FORMAT_KEYS[field] && type !== 'too_small' && type !== 'invalid_type')
    return t(FIELD_FORMAT_KEYS[field]!);
  if (message === 'range_order') return t('request.issues.rangeOrder');
  switch (type) {
    case 'too_small':
    case 'invalid_type':
    case 'custom':
      return t('request.issues.required');
    case 'too_big':
      return t('request.issues.tooLong');
    default:
      return t('request.issues.invalid');
  }
}

/** Issues of a VALIDATION error from the core, as {path, code}. */
export function coreIssues(error: ErrorPayload | undefined): Array<{ path: string; code: string }> {
  if (!error || error.code !== 'VALIDATION') return [];
  const issues = error.details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues
    .filter((i): i is { path: unknown; code: unknown } => !!i && typeof i === 'object')
    .map((i) => ({
      path: Array.isArray(i.path) ? i.path.map(String).join('.') : String(i.path ?? ''),
      code: String(i.code ?? 'invalid'),
    }));
}

/** 'YYYY-MM-DDTHH:mm' typed in a datetime-local field (Almaty wall-clock time) → ISO with +05:00. */
export function almatyLocalToIso(local: string | null | undefined): string | undefined {
  const v = (local ?? '').trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v)) return `${v.length === 16 ? `${v}:00` : v}+05:00`;
  return v;
}
