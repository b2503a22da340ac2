// Moved: the Almaty clock and calendar dates are common/time/almaty.ts. This re-export stays only
// until electron/mailroom/seed.ts (being reworked on another branch) imports from there; then
// delete this file.
export { almatyParts, fromAlmatyWallClock } from '../time/almaty';
