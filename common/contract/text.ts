// Characters XML 1.0 cannot carry: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone
// surrogates. A name holding one makes the DOCX letter and the register export malformed, and a
// NUL corrupts CSV. Every call's input is checked once, at the contract, for every string in it
// (object keys included), so no text field can forget the check; the refusal names the field.
import { z } from 'zod';

// Lone surrogates: a high one not followed by a low one, or a low one not preceded by a high one.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const XML_INVALID_TEXT = 'xml_invalid_char';

export function hasXmlInvalidChar(s: string): boolean {
  return XML_INVALID.test(s);
}

/** Removes what hasXmlInvalidChar finds (for text that must be written out whatever it holds). */
export function stripXmlInvalid(s: string): string {
  return s.replace(new RegExp(XML_INVALID.source, 'g'), '');
}

/** Paths of every string (and object key) in a value that holds an XML-invalid character. */
export function findInvalidText(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (typeof value === 'string') {
    if (hasXmlInvalidChar(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findInvalidText(v, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // The key itself is not echoed back: the path stops at its parent.
      if (hasXmlInvalidChar(k)) out.push([...path, '(key)']);
      findInvalidText(v, [...path, k], out);
    }
  }
  return out;
}

/**
 * The schema, refusing first any input with an XML-invalid character in any string. Typed as the
 * schema itself: the check changes no value, so input and output types stay those of `schema`.
 */
export function xmlSafe<S extends z.ZodType>(schema: S): S {
  const checked = z.unknown().superRefine((value, ctx) => {
    for (const path of findInvalidText(value))
      ctx.addIssue({ code: 'custom', path, message: XML_INVALID_TEXT, params: { reason: XML_INVALID_TEXT } });
  });
  return checked.pipe(schema) as unknown as S;
}
