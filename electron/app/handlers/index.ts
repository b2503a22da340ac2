import type { HandlerTable } from '../dispatch';
import { wireFeatures } from '../wiring';
import { adminHandlers } from './admin';
import { appHandlers } from './app';
import { syncHandlers } from '../../sync';
import { mailroomHandlers } from '../../mailroom';
import { lettersHandlers } from '../../letters';
import { authHandlers } from '../../accounts';
import { requestHandlers } from '../../requests';
import { machineHandlers } from './machine';
import { breachHandlers } from '../../breaches';

wireFeatures();

export const HANDLERS: HandlerTable = {
  ...appHandlers,
  ...syncHandlers,
  ...adminHandlers,
  ...authHandlers,
  ...mailroomHandlers,
  ...lettersHandlers,
  ...requestHandlers,
  ...machineHandlers,
  ...breachHandlers,
};
