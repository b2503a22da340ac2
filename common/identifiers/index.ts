export * from './s10';
export * from './iin';
