// What other features and the app's composition may use of audit: features meet only
// through this file (lint rule local/feature-boundaries).
export { downloadText } from './download';
export { AuditPage } from './AuditPage';
