// Pure mailroom code shared by the renderer and the core: tracking-number check, number formats,
// scan file checks, Almaty dates, text keys and error codes.
export * from './almaty';
export * from './tracking';
export * from './number-format';
export * from './scan-files';
export * from './text';
export * from './errors';
