// What other features and the app's composition may use of letters: features meet only
// through this file (lint rule local/feature-boundaries).
export { RequestLetters } from './RequestLetters';
export { kindName } from './GenerateForm';
