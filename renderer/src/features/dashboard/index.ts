// What other features and the app's composition may use of dashboard: features meet only
// through this file (lint rule local/feature-boundaries).
export { BarChart } from './BarChart';
export { DashboardPage } from './DashboardPage';
export { barsByType } from './MonthChart';
