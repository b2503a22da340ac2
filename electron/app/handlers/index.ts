import type { HandlerTable } from '../dispatch';
import { appHandlers } from './app';
import { authHandlers } from './auth';

export const HANDLERS: HandlerTable = {
  ...appHandlers,
  ...authHandlers,
};
