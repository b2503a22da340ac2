import type { mailroomCalls } from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { checkTracking } from '../../common/mailroom/tracking';
import { draftsKey } from './drafts';
import { checkDuplicates } from './duplicates';
import { exportRegister } from './export';
import { setOutgoingStatus } from './outgoing';
import { INCOMING_PARTS, OUTGOING_PARTS, type RegisterParts } from './register-parts';
import { listCorrections } from './sql/corrections';
import { addScan, listScans, removeScan } from './scans';
import { searchRegisters } from './search';
import { getMailroomSettings, setMailroomSettings } from './settings';
import { listOfficers } from './sql/incoming';
import { getScanContent } from './sql/scans';
import type { CallContext, Handler } from '../app/dispatch';
import type { ListOptions } from '../sql/paging';
import type { DB, Server } from '../sql/server';
import type { RegisterDescriptor } from '../../common/mailroom/registers';
import { holdsFullIin, listedIds, readAudited } from '../app/viewed';

type MailroomHandlers = { [K in keyof typeof mailroomCalls]: Handler<K> };

function found<T>(value: T | null, entity: string): T {
  if (value === null) throw new PdError('NOT_FOUND', { entity });
  return value;
}

/** One entry in full, audited as viewed (it shows the IIN and scans). */
function viewEntry<E extends { id: number }>(
  server: Server,
  actor: string,
  d: RegisterDescriptor,
  get: (db: DB) => E | null,
): E {
  return readAudited(
    server,
    actor,
    { action: `${d.register}.viewed`, entityType: d.register, entityId: (e) => String(e.id) },
    () => found(get(server.db), d.entity),
  );
}

/** The calls both registers answer alike (create, get, list, count, update, cancel), under `prefix`. */
function registerHandlers<P extends string, S extends string, F, R, E extends { id: number }, C, U>(
  prefix: P,
  { sql, ...s }: RegisterParts<S, F, R, E, C, U>,
) {
  const byNumber = (i: { id?: number } & Record<string, unknown>) =>
    i.id !== undefined ? { id: i.id } : { number: i[sql.d.numberField] as string };
  return prefixed(prefix, {
    create: (i: C, { core, actor }: CallContext) => s.create(core.db(), actor, i),
    get: (i: { id?: number } & Record<string, unknown>, { core, actor }: CallContext) =>
      viewEntry(core.db(), actor, sql.d, (db) => sql.get(db, byNumber(i))),
    list: (i: ListOptions<S, F>, { core }: CallContext) => core.db().read((db) => sql.list(db, i)),
    count: (i: { filter?: F; cap?: number }, { core }: CallContext) =>
      core.db().read((db) => sql.countCapped(db, i.filter, i.cap)),
    update: (i: U, { core, actor, role }: CallContext) =>
      s.correct(core.db(), { username: actor, role: role! }, i),
    cancel: (i: { id: number; reason: string }, { core, actor }: CallContext) =>
      s.cancel(core.db(), actor, i),
  });
}

function prefixed<P extends string, T extends object>(prefix: P, calls: T) {
  return Object.fromEntries(Object.entries(calls).map(([k, v]) => [`${prefix}.${k}`, v])) as {
    [K in keyof T & string as `${P}.${K}`]: T[K];
  };
}

export const mailroomHandlers: MailroomHandlers = {
  'intake.checkTracking': (i) => checkTracking(i.trackingNumber),
  'intake.checkDuplicates': (i, { core }) => checkDuplicates(core.db(), i),
  ...registerHandlers('intake', INCOMING_PARTS),
  'intake.officers': (_i, { core }) => ({ officers: core.db().read(listOfficers) }),

  ...registerHandlers('outgoing', OUTGOING_PARTS),
  'mailroom.corrections': (i, { core }) => ({
    corrections: core.db().read((db) => listCorrections(db, i.register, i.id)),
  }),
  'outgoing.setStatus': (i, { core, actor }) => setOutgoingStatus(core.db(), actor, i),

  'scans.add': (i, { core, actor }) => addScan(core.db(), actor, i),
  'scans.list': (i, { core }) => ({
    scans: core.db().read((db) => listScans(db, i.register ?? 'incoming', i.letterId)),
  }),
  'scans.get': (i, { core, actor }) => {
    const server = core.db();
    return readAudited(
      server,
      actor,
      { action: 'scan.viewed', entityType: 'scan', entityId: () => String(i.id) },
      () => found(getScanContent(server.db, i.id), 'scan'),
    );
  },
  'scans.remove': (i, { core, actor }) => removeScan(core.db(), actor, i),

  'mailroom.search': (i, { core, actor }) => {
    const server = core.db();
    if (!holdsFullIin(i.query)) return server.read((db) => searchRegisters(db, i));
    // Looking a person up by their IIN is a read of their data: who did it, and what was found.
    const found = (r: { hits: { register: string; id: number }[] }) =>
      listedIds(r.hits.map((h) => `${h.register}:${h.id}`));
    return readAudited(
      server,
      actor,
      {
        action: 'search.by_iin',
        entityType: 'search',
        entityId: () => 'iin',
        summary: (r) => `searched by a full IIN; found: ${found(r) || 'nothing'}`,
      },
      () => searchRegisters(server.db, i),
    );
  },
  'mailroom.export': (i, ctx) => exportRegister(ctx.core.db(), ctx.actor, i, ctx),
  'mailroom.settings.get': (_i, { core }) => {
    const server = core.db();
    return server.read((db) => getMailroomSettings(db, server.now()));
  },
  'mailroom.settings.set': (i, { core, actor }) => setMailroomSettings(core.db(), actor, i),

  'drafts.key': (_i, { core, actor }) => draftsKey(core.db(), actor),
};
