// Conversions the register forms' fields share (react-hook-form setValueAs).

/** An empty choice or date is null, as the contract has it. */
export const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** Sheets: empty is null, a number is a number, anything else stays as typed for the schema to refuse. */
export const toSheets = (v: unknown) => {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isNaN(n) ? v : n;
};
