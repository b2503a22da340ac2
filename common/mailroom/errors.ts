// Error codes the mailroom adds (they travel as { code, messageKey: `errors.${code}`, details }),
// with default texts the renderer may load into its translations. Details never hold personal data.

export const MAILROOM_ERROR_CODES = [
  'DUPLICATE',
  'SCAN_TYPE',
  'SCAN_TOO_LARGE',
  'SCAN_EMPTY',
  'EXPORT_TOO_LARGE',
] as const;
export type MailroomErrorCode = (typeof MAILROOM_ERROR_CODES)[number];

/**
 * Codes inside VALIDATION details.issues[] ({path, code, …}) that the mailroom adds to zod's own
 * (zod's refinements arrive as 'custom' with the field's path: an impossible date, from after to).
 *   tracking_check_digit, tracking_format  confirmable warnings (issue has confirmable: true;
 *                                          details.unconfirmedWarnings lists them)
 *   iin_invalid            sender.iin fails its checks (issue has reason and kind, never the value)
 *   received_at_invalid    a date-time that is not a real moment
 *   received_in_future     receipt time more than 5 minutes ahead of the desk's clock
 *   date_in_future         senderRef.date, an outgoing date or sending time in the future
 *   year_change            an edit would move an entry to another year (its number is that year's)
 *   reply_not_found        outgoing inReplyTo names no incoming entry
 *   base64                 a scan's dataBase64 is not base64
 *   number_format          a register number pattern is refused (issue has problem)
 *   out_of_range           scanMaxBytes outside 1 MiB … 32 MiB (issue has min, max)
 *   cursor_invalid         a list cursor that is not one this list order gave out
 *   unreadable, invalid_json   (CLI only) the JSON file
 */
export const MAILROOM_ISSUE_CODES = [
  'tracking_check_digit',
  'tracking_format',
  'iin_invalid',
  'received_at_invalid',
  'received_in_future',
  'date_in_future',
  'year_change',
  'reply_not_found',
  'base64',
  'number_format',
  'out_of_range',
  'cursor_invalid',
  'unreadable',
  'invalid_json',
] as const;

/** CONFLICT details.reason values from the mailroom. */
export const MAILROOM_CONFLICT_REASONS = ['cancelled', 'already_cancelled', 'status_transition'] as const;

/** One line for a terminal (the CLI prints it on stderr). */
export const MAILROOM_HUMAN_ERRORS: Record<MailroomErrorCode, string> = {
  DUPLICATE: 'possible duplicate of an entry already registered (confirm with --confirm-warnings duplicate)',
  SCAN_TYPE: 'not a PDF, JPEG, PNG or TIFF file (checked from its content, not its name)',
  SCAN_TOO_LARGE: 'the file is larger than the scan size limit',
  SCAN_EMPTY: 'the file is empty',
  EXPORT_TOO_LARGE: 'too many entries for one export in this format; choose a shorter period',
};
