// What the app's composition may use of reports: features meet only through this file
// (lint rule local/feature-boundaries).
export { ReportsPage } from './ReportsPage';
