import type { mailroomCalls } from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { checkTracking } from '../../common/mailroom/tracking';
import { draftsKey } from './drafts';
import { checkDuplicates } from './duplicates';
import { exportRegister } from './export';
import { correctIncoming, correctOutgoing } from './corrections';
import { cancelIncoming, registerIncoming } from './intake';
import { cancelOutgoing, registerOutgoing, setOutgoingStatus } from './outgoing';
import { listCorrections } from './sql/corrections';
import { addScan, listScans, removeScan } from './scans';
import { searchRegisters } from './search';
import { getMailroomSettings, setMailroomSettings } from './settings';
import { countIncomingCapped, getIncoming, listIncoming, listOfficers } from './sql/incoming';
import { countOutgoingCapped, getOutgoing, listOutgoing } from './sql/outgoing';
import { getScanContent } from './sql/scans';
import type { Handler } from '../app/dispatch';
import type { DB, Server } from '../sql/server';
import {
  INCOMING_REGISTER,
  OUTGOING_REGISTER,
  type RegisterDescriptor,
} from '../../common/mailroom/registers';
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

export const mailroomHandlers: MailroomHandlers = {
  'intake.checkTracking': (i) => checkTracking(i.trackingNumber),
  'intake.checkDuplicates': (i, { core }) => checkDuplicates(core.db(), i),
  'intake.create': (i, { core, actor }) => registerIncoming(core.db(), actor, i),
  'intake.get': (i, { core, actor }) =>
    viewEntry(core.db(), actor, INCOMING_REGISTER, (db) =>
      getIncoming(db, i.id !== undefined ? { id: i.id } : { incomingNo: i.incomingNo! }),
    ),
  'intake.list': (i, { core }) => core.db().read((db) => listIncoming(db, i)),
  'intake.count': (i, { core }) => core.db().read((db) => countIncomingCapped(db, i.filter, i.cap)),
  'intake.update': (i, { core, actor, role }) =>
    correctIncoming(core.db(), { username: actor, role: role! }, i),
  'intake.cancel': (i, { core, actor }) => cancelIncoming(core.db(), actor, i),
  'intake.officers': (_i, { core }) => ({ officers: core.db().read(listOfficers) }),

  'outgoing.create': (i, { core, actor }) => registerOutgoing(core.db(), actor, i),
  'outgoing.get': (i, { core, actor }) =>
    viewEntry(core.db(), actor, OUTGOING_REGISTER, (db) =>
      getOutgoing(db, i.id !== undefined ? { id: i.id } : { outgoingNo: i.outgoingNo! }),
    ),
  'outgoing.list': (i, { core }) => core.db().read((db) => listOutgoing(db, i)),
  'outgoing.count': (i, { core }) => core.db().read((db) => countOutgoingCapped(db, i.filter, i.cap)),
  'outgoing.update': (i, { core, actor, role }) =>
    correctOutgoing(core.db(), { username: actor, role: role! }, i),
  'mailroom.corrections': (i, { core }) => ({
    corrections: core.db().read((db) => listCorrections(db, i.register, i.id)),
  }),
  'outgoing.setStatus': (i, { core, actor }) => setOutgoingStatus(core.db(), actor, i),
  'outgoing.cancel': (i, { core, actor }) => cancelOutgoing(core.db(), actor, i),

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
  'mailroom.export': (i, { core, actor }) => exportRegister(core.db(), actor, i),
  'mailroom.settings.get': (_i, { core }) => {
    const server = core.db();
    return server.read((db) => getMailroomSettings(db, server.now()));
  },
  'mailroom.settings.set': (i, { core, actor }) => setMailroomSettings(core.db(), actor, i),

  'drafts.key': (_i, { core, actor }) => draftsKey(core.db(), actor),
};
