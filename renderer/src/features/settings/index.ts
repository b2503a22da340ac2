// What other features and the app's composition may use of settings: features meet only
// through this file (lint rule local/feature-boundaries).
export { BackupWarning } from './BackupWarning';
export { MigrationWarning } from './MigrationWarning';
export { SettingsPage } from './SettingsPage';
