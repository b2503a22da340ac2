// The one handler table both transports dispatch to, built from the app's composition.
//
// Conventions every feature follows:
// - A handler is thin: dispatch has already checked the session, the role and the input against
//   the contract, so the handler parses nothing and calls the feature's service.
// - A service that writes opens its own transaction: `fn(server, actor, input)`, where `input` is
//   the call's parsed input. Where one transaction spans features (letters registering in the
//   outgoing register, a sent reply answering its request) the feature also exports an
//   `…InTx(tx, actor, input)` helper the other side calls inside its own Server.write.
// - Features meet only through their index.ts and the composition in app/compose.ts.
import type { HandlerTable } from '../dispatch';
import { composeFeatures, type Composition } from '../compose';
import { adminHandlers } from './admin';
import { appHandlers } from './app';
import { syncHandlers } from '../../sync';
import { mailroomHandlers } from '../../mailroom';
import { lettersHandlers } from '../../letters';
import { authHandlers } from '../../accounts';
import { requestHandlers } from '../../requests';
import { machineHandlers } from './machine';
import { breachHandlers } from '../../breaches';

export function buildHandlers(features: Composition): HandlerTable {
  return {
    ...appHandlers,
    ...syncHandlers,
    ...adminHandlers,
    ...authHandlers,
    ...mailroomHandlers,
    ...lettersHandlers(features.letters),
    ...requestHandlers(features.requests),
    ...machineHandlers,
    ...breachHandlers,
  };
}

export const HANDLERS: HandlerTable = buildHandlers(composeFeatures());
