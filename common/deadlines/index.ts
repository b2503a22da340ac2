// Working-day calendar and request deadlines (pure: runs in the main process and the renderer).
export * from './calendar-schema';
export * from './calendar';
export * from './deadlines';
export { isIsoDate, type IsoDate } from '../time/almaty';
