// Error codes the letters engine adds. They travel as { code, messageKey: `errors.${code}`,
// details }; details name fields, never their values (they may be personal data).

export const LETTER_ERROR_CODES = [
  /**
   * The letter needs data it does not have. details: {kind, lang, missing: [field keys]}, the keys
   * being placeholder names or input paths (addressee.address, signatory.name); see missing.ts
   * for where each is filled in.
   */
  'LETTER_DATA_MISSING',
] as const;
export type LetterErrorCode = (typeof LETTER_ERROR_CODES)[number];

/** One line for a terminal (the CLI prints it on stderr). */
export const LETTER_HUMAN_ERRORS: Record<LetterErrorCode, string> = {
  LETTER_DATA_MISSING: 'the letter needs data that is missing (see "missing")',
};
