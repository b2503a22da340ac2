// Error codes subject requests and the calendar add. They travel as
// { code, messageKey: `errors.${code}`, details }; details never hold personal data. Default texts
// below are for the renderer's translations and the CLI.

export const REQUEST_ERROR_CODES = [
  /** The state machine refuses the step. details: {from, to, allowed: [...]} */
  'REQUEST_ILLEGAL_TRANSITION',
  /** Possible duplicates exist; open again with confirmDuplicates. details: {duplicates: [request ids]} */
  'REQUEST_DUPLICATE',
  /** A letter given by Вх. № or id is not in the incoming register. details: {letter} (the number as given) */
  'REQUEST_LETTER_NOT_FOUND',
  /** A letter's register entry is cancelled. details: {letter} */
  'REQUEST_LETTER_CANCELLED',
  /** The IIN's check digit or structure is wrong, or it is a BIN. details: {reason} */
  'REQUEST_IIN_INVALID',
  /** Identity must be recorded (or why none is needed) before work starts. */
  'REQUEST_VERIFICATION_REQUIRED',
  /** The decision form is for another request type. details: {requestType, decisionType} */
  'REQUEST_DECISION_TYPE',
  /** The action needs the subject's central account id (suppress: or a phone). details: {action, alternative?} */
  'REQUEST_ACCOUNT_REQUIRED',
  /** Erasure needs the subject's IIN (central keys biometric/KYC data by it). details: {action} */
  'REQUEST_IIN_REQUIRED',
  /** A withdrawal may be refused only if contrary to law or an obligation is unfulfilled (Art. 8 p.2). details: {refusalGround, allowed?, reason?} */
  'REQUEST_REFUSAL_NOT_ALLOWED',
  /** The request's personal data was purged: it is a tombstone and cannot change. */
  'REQUEST_PURGED',
  /** The request is closed or cancelled and cannot change. details: {state} */
  'REQUEST_FINISHED',
  /** A calendar year or deadline-rules file does not pass the schema. details: {issues: [{path, message}]} */
  'CALENDAR_INVALID',
  /** The calendar file is for another year than the one being edited. details: {expected, got} */
  'CALENDAR_YEAR_MISMATCH',
  /** A central export file could not be read. details: {problem, line?, column?} */
  'ACCESS_EXPORT_INVALID',
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

/** One line for a terminal (the CLI prints it on stderr). */
export const REQUEST_HUMAN_ERRORS: Record<RequestErrorCode, string> = {
  REQUEST_ILLEGAL_TRANSITION: 'this step is not possible in the request’s current state',
  REQUEST_DUPLICATE: 'possible duplicate of an open request (confirm with "confirmDuplicates": true)',
  REQUEST_LETTER_NOT_FOUND: 'no such letter in the incoming register',
  REQUEST_LETTER_CANCELLED: 'the incoming register entry is cancelled',
  REQUEST_IIN_INVALID: 'the IIN is not valid',
  REQUEST_VERIFICATION_REQUIRED: 'record identity verification first',
  REQUEST_DECISION_TYPE: 'the decision is for another request type',
  REQUEST_ACCOUNT_REQUIRED: 'the subject’s central account id is needed for this action',
  REQUEST_IIN_REQUIRED: 'the subject’s IIN is needed for erasure',
  REQUEST_REFUSAL_NOT_ALLOWED:
    'a withdrawal may be refused only if contrary to law or an obligation is unfulfilled',
  REQUEST_PURGED: 'the request’s personal data was purged',
  REQUEST_FINISHED: 'the request is closed or cancelled',
  CALENDAR_INVALID: 'the calendar data is not valid',
  CALENDAR_YEAR_MISMATCH: 'the file is for another year',
  ACCESS_EXPORT_INVALID: 'the export file could not be read',
};
