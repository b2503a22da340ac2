// The kinds of subject request the desk tracks (brief: "What the policy promises").
// Kept in its own module so the schema and the deadline code can both use it without a cycle.

export const REQUEST_TYPES = [
  'withdrawal',
  'access',
  'rectification',
  'stop_messages',
  'complaint',
  'blocking',
  'objection',
  'minor_deletion',
] as const;

export type RequestType = (typeof REQUEST_TYPES)[number];

export function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && (REQUEST_TYPES as readonly string[]).includes(value);
}
