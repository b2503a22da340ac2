// What other features and the app's composition may use of letters: features meet only
// through this file (lint rule local/feature-boundaries).
export { registerLetter } from './cli';
export {
  prepareDocx,
  PreparedDocx,
  type DocxOptions,
  type DocxRenderer,
  type PreparedDocxParts,
} from './docx';
export { lettersHandlers } from './handlers';
export { LETTERS_PERSONAL_DATA } from './personal-data';
export { renderLetter } from './render';
export { mailroomOutgoing } from './outgoing';
export { batchAcknowledge, generateLetter } from './service';
export { readLetterhead } from './queries';
export { type LetterDeps } from './deps';
export { shippedTemplate } from './shipped';
