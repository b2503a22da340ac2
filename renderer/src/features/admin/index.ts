// What other features and the app's composition may use of admin: features meet only
// through this file (lint rule local/feature-boundaries).
export { AdminDataSection, AdminScreen, isAdminScreen } from './AdminScreens';
