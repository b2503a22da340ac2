// What other features and the app's composition may use of accounts: features meet only
// through this file (lint rule local/feature-boundaries).
export { hasUsers, insertPreparedUser, listAccounts, prepareUser } from './accounts';
export { authHandlers } from './handlers';
export { writeAuditSummaries } from './signin';
export { SignInGuard } from './throttle';
