// What other features and the app's composition may use of mailroom: features meet only
// through this file (lint rule local/feature-boundaries).
export { IinHint } from './IinHint';
export { IncomingPage, OutgoingPage } from './RegisterPage';
export { RegisterTable } from './RegisterTable';
export { SearchPage } from './SearchPage';
export { TrackingField } from './TrackingField';
export { bytesToBase64, downloadBase64, formatBytes } from './bytes';
export { formatDay } from './format';
export { usePagedRows } from './usePagedRows';
export type { PageRequest } from './usePagedRows';
export { CHANNEL_KEYS, OUTGOING_STATUS_KEYS, REPLY_LANGUAGE_KEYS } from './vocab';
