// What other features and the app's composition may use of requests: features meet only
// through this file (lint rule local/feature-boundaries).
export { almatyLocalToIso, coreIssues } from './form';
export { BatchAcknowledge } from './list/BatchAcknowledge';
export { Due } from './list/Due';
export { RequestsListPage } from './list/RequestsListPage';
export { countdownText, formatDay, stateName, typeName } from './list/vocab';
export { withRequestRoutes } from './route';
export { warningText } from './vocab';
export { historyEventText } from './vocab';
export { reasonCodeText } from './vocab';
