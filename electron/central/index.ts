// What other features and the app's composition may use of central: features meet only
// through this file (lint rule local/feature-boundaries).
export { registerCentral } from './cli';
export { startCentral } from './server';
