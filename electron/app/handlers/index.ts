import type { HandlerTable } from '../dispatch';
import { adminHandlers } from './admin';
import { appHandlers } from './app';
import { authHandlers } from './auth';

export const HANDLERS: HandlerTable = {
  ...appHandlers,
  ...adminHandlers,
  ...authHandlers,
};
