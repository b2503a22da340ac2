// What other features and the app's composition may use of mailroom: features meet only
// through this file (lint rule local/feature-boundaries).
export { registerMailroom } from './cli';
export { mailroomHandlers } from './handlers';
export { registerIncoming, registerIncomingInTx } from './intake';
export {
  registerOutgoing,
  registerOutgoingInTx,
  setOutgoingStatusInTx,
  updateOutgoingInTx,
} from './outgoing';
export { MAILROOM_PERSONAL_DATA } from './personal-data';
export { searchRegisters } from './search';
export { mergeMailIndexStep } from './sql/fts-merge';
export { textsMatch } from './sql/search';
export { seedDemo } from './seed';
export { Gen as DemoGen, mulberry32 } from './seed-gen';
export {
  countIncoming,
  countIncomingCapped,
  incomingHead,
  incomingIdByNumber,
  listIncoming,
} from './sql/incoming';
export { getOutgoing } from './sql/outgoing';
export {
  findIncomingLetter,
  getIncomingLetters,
  lettersAwaitingRequest,
  repliesOf,
  setLetterDue,
  unclassifiedLetters,
} from './sql/request-links';
export type { IncomingLetterInfo } from './sql/request-links';
