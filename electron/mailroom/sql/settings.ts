// The mailroom's keys in the settings table (read and written through sql/settings.ts).

export const SETTING_KEYS = {
  incomingNumberFormat: 'mailroom.incoming.numberFormat',
  outgoingNumberFormat: 'mailroom.outgoing.numberFormat',
  scanMaxBytes: 'mailroom.scans.maxBytes',
  draftsKey: 'drafts.key',
} as const;
