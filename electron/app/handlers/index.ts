import type { HandlerTable } from '../dispatch';
import { appHandlers } from './app';

export const HANDLERS: HandlerTable = {
  ...appHandlers,
};
