// Pure mailroom code shared by the renderer and the core: tracking-number check, number formats,
// scan file checks, text keys and error codes (Almaty dates: common/time/almaty.ts).
export * from './tracking';
export * from './number-format';
export * from './scan-files';
export * from './text';
export * from './errors';
