// What other features and the app's composition may use of breaches: features meet only
// through this file (lint rule local/feature-boundaries).
export { BreachBoard } from './BreachBoard';
export { BreachesPage } from './BreachesPage';
