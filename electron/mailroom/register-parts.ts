// Each register's descriptor-built reads and its writing services: what the code serving both
// registers alike (the app's handlers, the CLI) takes instead of one copy per register.
import type { CountResult, Page } from '../../common/contract/mailroom';
import type { CorrectionWho } from '../../common/mailroom/corrections';
import type { RegisterDescriptor } from '../../common/mailroom/registers';
import type { ListOptions } from '../sql/paging';
import type { DB, Server } from '../sql/server';
import { correctIncoming, correctOutgoing } from './corrections';
import { cancelIncoming, registerIncoming } from './intake';
import { cancelOutgoing, registerOutgoing } from './outgoing';
import { INCOMING_SQL } from './sql/incoming';
import { OUTGOING_SQL } from './sql/outgoing';

export interface RegisterParts<S extends string, F, R, E, C, U> {
  sql: {
    d: RegisterDescriptor;
    get(db: DB, key: { id: number } | { number: string }): E | null;
    list(db: DB, o: ListOptions<S, F>): Page<R>;
    countCapped(db: DB, f: F | undefined, cap?: number): CountResult;
  };
  create(server: Server, actor: string, input: C): E;
  correct(server: Server, who: CorrectionWho, input: U): E;
  cancel(server: Server, actor: string, input: { id: number; reason: string }): E;
}

export const INCOMING_PARTS = {
  sql: INCOMING_SQL,
  create: registerIncoming,
  correct: correctIncoming,
  cancel: cancelIncoming,
};
export const OUTGOING_PARTS = {
  sql: OUTGOING_SQL,
  create: registerOutgoing,
  correct: correctOutgoing,
  cancel: cancelOutgoing,
};
