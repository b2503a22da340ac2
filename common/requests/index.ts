// Subject requests (issue 5), the pure part: vocabulary, state machine, input schemas, decision
// planning, central-export parsing, CSV, countdown and error codes. Runs in the renderer too.
export * from './vocab';
export * from './lifecycle';
export * from './schemas';
export * from './decisions';
export * from './access-export';
export * from './csv';
export * from './countdown';
export * from './errors';
export * from './document-types';
