// The rest of a desk at scale for the calls bench, beside the demo letters of `seed demo`:
// outgoing letters (sent replies, drafts, returns), requests of every type in every state (with
// their subjects, letter links and history; running ones only among the last month's; some
// closed with erasure long enough ago for a purge to have work), and audit entries spread over
// the same period. Rows go in with one prepared statement per table, in large transactions,
// each with its audit entry (Server.write); the summary tables follow through their triggers.
// Bench data only: no sync events.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { REQUEST_TYPES } from '../../common/deadlines/request-types';
import { REQUEST_STATES } from '../../common/requests/vocab';
import { closeAuditedTx, GENESIS_HASH, hashEntry, openAuditedTx } from '../sql/audit';
import type { Server } from '../sql/server';
import { DemoGen as Gen, mulberry32 } from '../mailroom';

const DAY = 86_400_000;
const BATCH = 25_000;
const TYPES = REQUEST_TYPES;
const STATES = REQUEST_STATES;
const OFFICERS = ['Ахметова Д.', 'Ким С.', 'Нұрланов Е.', 'Иванова О.', 'Сейітова А.', null];
const ACTIONS = [
  ['intake.create', 'incoming_letter'],
  ['intake.update', 'incoming_letter'],
  ['outgoing.create', 'outgoing_letter'],
  ['request.opened', 'request'],
  ['request.transition', 'request'],
  ['request.decided', 'request'],
  ['letter.generated', 'letter'],
  ['auth.login', 'user'],
  ['mailroom.export', 'register'],
] as const;
const ACTORS = ['admin', 'clerk1', 'clerk2', 'officer1', 'officer2', 'auditor'];

export interface DeskSizes {
  outgoing: number;
  requests: number;
  audit: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

/** INSERT of every key of a row object, as one prepared statement. */
function inserter(db: Database.Database, table: string, keys: string[]): Database.Statement {
  const cols = keys.map((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  return db.prepare(
    `INSERT INTO ${table}(${cols.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
  );
}

/** Runs `fill(from, to)` over 0..total in audited transactions of BATCH rows. */
function batched(
  server: Server,
  what: string,
  total: number,
  fill: (db: Database.Database, i: number) => void,
) {
  for (let from = 0; from < total; from += BATCH) {
    const to = Math.min(total, from + BATCH);
    server.write('bench', (tx) => {
      for (let i = from; i < to; i++) fill(tx.db, i);
      tx.audit({ action: 'seed.bench', entityType: what, entityId: 'bench', summary: `${to - from} rows` });
    });
  }
}

function seedOutgoing(server: Server, g: Gen, n: number, now: number, days: number): void {
  const ids = server.db.prepare('SELECT max(id) AS max FROM incoming_letters').get() as {
    max: number | null;
  };
  const maxIncoming = ids.max ?? 0;
  let stmt: Database.Statement | null = null;
  const counters = new Map<number, number>();
  batched(server, 'outgoing_letter', n, (db, i) => {
    const at = now - days * DAY + Math.floor((i * days * DAY) / n);
    const year = new Date(at).getUTCFullYear();
    const seq = (counters.get(year) ?? 0) + 1;
    counters.set(year, seq);
    const s = g.sender();
    const method = (['registered_mail', 'courier', 'by_hand', 'electronic'] as const)[g.int(0, 3)]!;
    const status = g.rnd() < 0.1 ? 'draft' : g.rnd() < 0.03 ? 'returned' : 'sent';
    const reply = maxIncoming > 0 && g.rnd() < 0.7 ? g.int(1, maxIncoming) : null;
    const row = {
      uid: randomUUID(),
      year,
      seq,
      outgoingNo: `ИСХ-${year}-${String(seq).padStart(6, '0')}`,
      date: day(at),
      registeredAt: iso(at),
      addresseeKind: s.kind,
      addresseeName: s.name,
      addresseeSort: s.name.toLowerCase(),
      addresseeAddress: s.address,
      summary: 'Ответ на обращение о персональных данных',
      signatory: g.pick(OFFICERS),
      inReplyToId: reply,
      method,
      trackingNumber: method === 'registered_mail' ? g.s10() : null,
      language: s.language === 'kk' ? 'kk' : 'ru',
      status,
      sentAt: status === 'draft' ? null : iso(at + 3_600_000),
      returnedAt: status === 'returned' ? iso(at + 20 * DAY) : null,
      createdAt: iso(at),
      createdBy: 'bench',
      updatedAt: iso(at),
    };
    stmt ??= inserter(db, 'outgoing_letters', Object.keys(row));
    stmt.run(row);
  });
  const put = server.db.prepare(
    `INSERT INTO register_counters(register, year, last_seq) VALUES ('outgoing', ?, ?)
     ON CONFLICT DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
  );
  server.write('bench', (tx) => {
    for (const [year, seq] of counters) put.run(year, seq);
    tx.audit({ action: 'seed.bench', entityType: 'register', entityId: 'outgoing', summary: 'counters' });
  });
}

/** States of requests older than a month: an office answers within its deadlines (10-15 days). */
const SETTLED = ['closed', 'closed', 'answered', 'closed', 'cancelled', 'closed', 'answered'];

function requestRow(g: Gen, i: number, year: number, seq: number, at: number, now: number) {
  // Every state among the last month's requests; older ones settled (so "overdue" stays the
  // hundreds a busy office has, not half of all requests ever received).
  const state = at > now - 30 * DAY ? STATES[i % STATES.length]! : SETTLED[i % SETTLED.length]!;
  const done = ['decided', 'answered', 'closed'].includes(state);
  const closed = state === 'closed' || state === 'cancelled';
  // Every 7th closed request erased long ago: the purge's work.
  const erasure = state === 'closed' && i % 7 === 0 ? 1 : 0;
  const closedAt = closed ? iso(Math.min(at + 20 * DAY, now - 40 * DAY)) : null;
  return {
    id: `RQ-${year}-${String(seq).padStart(6, '0')}`,
    year,
    seq,
    type: TYPES[Math.floor(i / STATES.length) % TYPES.length]!,
    state,
    pausedFrom: state === 'paused' ? 'in_progress' : null,
    pausedAt: state === 'paused' ? iso(at + DAY) : null,
    requesterRole: i % 11 === 0 ? 'legal_representative' : 'subject',
    origin: i % 5 === 0 ? 'direct' : 'letter',
    directReason: i % 5 === 0 ? 'in_person' : null,
    language: g.rnd() < 0.5 ? 'kk' : 'ru',
    officer: g.pick(OFFICERS),
    receivedAt: iso(at),
    receivedOn: day(at),
    countedFrom: day(at + DAY),
    dueOn: day(at + 10 * DAY),
    statutoryDueOn: day(at + 15 * DAY),
    policyDays: 10,
    statutoryDays: 15,
    deadlineWarnings: '[]',
    verification: done || closed ? 'document' : 'none',
    decisionOutcome: done ? (i % 3 === 0 ? 'refused' : 'granted') : null,
    decidedAt: done ? iso(at + 5 * DAY) : null,
    answeredAt: state === 'answered' || state === 'closed' ? iso(at + 6 * DAY) : null,
    closedAt,
    closeOutcome: state === 'closed' ? 'answered' : state === 'cancelled' ? 'cancelled' : null,
    erasure,
    createdAt: iso(at),
    createdBy: 'bench',
    updatedAt: iso(at),
  };
}

function seedRequests(server: Server, g: Gen, n: number, now: number, days: number): void {
  const maxLetter =
    (server.db.prepare('SELECT max(id) AS max FROM incoming_letters').get() as { max: number | null }).max ??
    0;
  const counters = new Map<number, number>();
  const stmts: Record<string, Database.Statement> = {};
  const run = (db: Database.Database, table: string, row: Record<string, unknown>) =>
    (stmts[table] ??= inserter(db, table, Object.keys(row))).run(row);
  batched(server, 'request', n, (db, i) => {
    const at = now - days * DAY + Math.floor((i * days * DAY) / n);
    const year = new Date(at).getUTCFullYear();
    const seq = (counters.get(year) ?? 0) + 1;
    counters.set(year, seq);
    const r = requestRow(g, i, year, seq, at, now);
    run(db, 'requests', r);
    const s = g.sender();
    const name = s.name;
    run(db, 'request_subjects', {
      requestId: r.id,
      name,
      nameKey: name.toLowerCase(),
      iin: s.iin,
      address: s.address,
      addressKey: s.address.toLowerCase(),
    });
    if (r.origin === 'letter' && maxLetter > 0) {
      // Each letter at most once: a stride through the register.
      const letterId = 1 + ((i * 7919) % maxLetter);
      run(db, 'request_letters', {
        requestId: r.id,
        letterId,
        incomingNo: `seed-${letterId}`,
        receivedAt: r.receivedAt,
        linkedAt: r.createdAt,
        linkedBy: 'bench',
      });
    }
    run(db, 'request_history', {
      requestId: r.id,
      at: r.createdAt,
      actor: 'bench',
      event: 'opened',
      toState: 'new',
      reasonCode: r.origin,
    });
  });
  const put = server.db.prepare(
    `INSERT INTO request_counters(year, last_seq) VALUES (?, ?)
     ON CONFLICT DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
  );
  server.write('bench', (tx) => {
    for (const [year, seq] of counters) put.run(year, seq);
    tx.audit({ action: 'seed.bench', entityType: 'request', entityId: 'counters', summary: 'counters' });
  });
}

/**
 * Audit entries chained as appendAudit chains them, their times spread over `days` up to `end`.
 * Run first, on a new database: a later entry may not be older than the last one. The batch is
 * its own audit trail, so it opens the audited transaction itself rather than through Server.write
 * (which would add an entry stamped now and clamp every later one to it).
 */
export function seedAudit(server: Server, n: number, end: number, days: number, seed = 18): void {
  const g = new Gen(mulberry32(seed));
  const db = server.db;
  const insert = db.prepare(
    `INSERT INTO audit_log(id, at, actor, action, entity_type, entity_id, summary, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @entityType, @entityId, @summary, @prevHash, @hash)`,
  );
  let last = db.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string; at: string } | undefined;
  const start = end - days * DAY;
  const batch = db.transaction((from: number, to: number) => {
    openAuditedTx(db);
    for (let i = from; i < to; i++) {
      const [action, entityType] = g.pick(ACTIONS);
      const t = iso(start + Math.floor((i * days * DAY) / n));
      const entry = {
        id: (last?.id ?? 0) + 1,
        at: last && last.at > t ? last.at : t,
        actor: g.pick(ACTORS),
        action,
        entityType,
        entityId: String(1 + (i % 100_000)),
        summary: `bench entry ${i}`,
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      const row = { ...entry, hash: hashEntry(entry) };
      insert.run(row);
      last = row;
    }
    closeAuditedTx(db);
  });
  for (let from = 0; from < n; from += BATCH) batch.immediate(from, Math.min(n, from + BATCH));
}

/** Seeds outgoing letters and requests over `days` days ending yesterday. */
export function seedDesk(server: Server, sizes: Omit<DeskSizes, 'audit'>, days: number, seed = 18): void {
  const g = new Gen(mulberry32(seed));
  const now = server.now().getTime();
  seedOutgoing(server, g, sizes.outgoing, now - DAY, days);
  seedRequests(server, g, sizes.requests, now - DAY, days);
}
