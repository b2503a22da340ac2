// Subject requests (issue 5): the core's API. Handlers, the CLI and other features call these.
export { openRequest, precheck, formatRequestId, REQUEST_ID_PREFIX } from './open';
export { updateRequestFields, linkLetters } from './edit';
export { listRequests, getRequest } from './queries';
export { searchRequests } from './search';
export {
  transitionRequest,
  pauseRequest,
  resumeRequest,
  cancelRequest,
  verifyRequest,
  markAnsweredInTx,
  closeInTx,
  requireRequest,
} from './lifecycle';
export { decide, previewDecision } from './decisions';
export { dashboard } from './dashboard';
export { report, reportCsv } from './reports';
export { runPurge, runPurgeInTurns, listPurges, type RequestsDeps } from './purge';
export { REQUESTS_PERSONAL_DATA } from './personal-data';
export {
  getRequestSettings,
  setRequestSettings,
  REQUEST_SETTING_KEYS,
  DEFAULT_RETENTION_DAYS,
} from './settings';
export { getRequestForLetter, requestLetterData } from './letter-data';
export { deadlineData, computeFor } from './deadlines';
export {
  listCalendarYears,
  getCalendarYear,
  calendarDays,
  putCalendarYear,
  importCalendarFile,
  resetCalendarYear,
  calendarHistory,
  getRules,
  putRules,
  resetRules,
  rulesHistory,
} from './calendar-admin';
export { registerRequests } from './cli';
export { list, openFromFile, parse, readJsonArg, runWithDb, usage, withDb } from './cli-support';
export { applyCountingRule, shippedDeadlineData } from './deadlines';
export { requestHandlers } from './handlers';
