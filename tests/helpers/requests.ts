// Helpers for the subject-request tests: a database with a settable clock, letters registered
// through the mailroom's own intake (so its triggers, numbering and events run), and the
// standard subject of the issue.
import { intakeCreateSchema, type IntakeCreateInput } from '../../common/contract/mailroom';
import type { OpenRequestInput } from '../../common/requests/schemas';
import { openRequestSchema } from '../../common/requests/schemas';
import { registerIncoming } from '../../electron/mailroom/intake';
import { openRequest } from '../../electron/requests';
import { listOutbox } from '../../electron/sql/outbox';
import type { Server } from '../../electron/sql/server';
import { applyAnswers } from '../../electron/sync/sql/sync';
import { tmpDb, type TmpDb } from './tmpdb';

export const AIGERIM = {
  name: 'Айгерім Сейтқали',
  iin: '900115300122',
  address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
} as const;

/** An identity document checked at the desk (verification of the subject). */
export const ID_CARD = {
  method: 'document',
  documentType: 'id_card',
  numberLast4: '4567',
  issuer: 'МВД РК',
  issuedOn: '2021-03-01',
} as const;

export interface Desk {
  tmp: TmpDb;
  server: Server;
  /** Sets the clock (ISO with offset). */
  at(iso: string): void;
  now(): Date;
  close(): void;
}

export function openDesk(startAt = '2026-11-23T09:00:00+05:00'): Desk {
  const tmp = tmpDb();
  let now = new Date(startAt);
  const server = tmp.open({ clock: () => new Date(now.getTime()) });
  return {
    tmp,
    server,
    at: (iso) => {
      now = new Date(iso);
    },
    now: () => new Date(now.getTime()),
    close: () => {
      server.close();
      tmp.cleanup();
    },
  };
}

/** Registers an incoming letter the way the intake form does; returns its Вх. № and id. */
export function registerLetter(
  server: Server,
  input: Partial<IntakeCreateInput> & { receivedAt: string },
): { id: number; incomingNo: string } {
  const parsed = intakeCreateSchema.parse({
    channel: 'registered_mail',
    sender: { name: AIGERIM.name, iin: AIGERIM.iin, address: AIGERIM.address },
    summary: 'Келісімді қайтарып алу туралы өтініш',
    language: 'kk',
    sheets: 1,
    confirmWarnings: ['duplicate', 'tracking_format', 'tracking_check_digit'],
    ...input,
  });
  const e = registerIncoming(server, 'clerk', parsed);
  return { id: e.id, incomingNo: e.incomingNo };
}

export function open(server: Server, input: OpenRequestInput, actor = 'officer') {
  return openRequest(server, actor, openRequestSchema.parse(input));
}

/** Marks every pending outbox event delivered, as a sync pass would (a purge waits for that). */
export function deliverAll(server: Server): void {
  server.write('sync', (tx) => {
    const pending = listOutbox(tx.db, 'pending');
    const accepted = pending.map((e) => ({ seq: e.seq, status: 'accepted' as const }));
    applyAnswers(tx.db, accepted, 'sync', tx.now);
    tx.audit({
      action: 'sync.batch',
      entityType: 'sync',
      entityId: 'test',
      summary: `${pending.length} delivered`,
    });
  });
}

/** Every text value in every table (and the FTS indexes' terms), for "is this string anywhere?". */
export function allText(server: Server): string {
  const db = server.db;
  const parts: string[] = [];
  const tables = db
    .prepare("SELECT name, type, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as Array<{ name: string; sql: string | null }>;
  for (const t of tables) {
    // FTS5 shadow tables are read below through fts5vocab; the virtual tables themselves are contentless.
    if (/VIRTUAL TABLE/i.test(t.sql ?? '')) continue;
    const rows = db.prepare(`SELECT * FROM "${t.name}"`).raw().all() as unknown[][];
    for (const r of rows)
      for (const v of r) {
        if (typeof v === 'string') parts.push(v);
        else if (Buffer.isBuffer(v)) parts.push(v.toString('utf8'));
      }
  }
  for (const fts of ['incoming_fts', 'outgoing_fts']) {
    if (!db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(fts)) continue;
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${fts}_v USING fts5vocab(main, ${fts}, row)`);
    for (const r of db.prepare(`SELECT term FROM temp.${fts}_v`).all() as { term: string }[])
      parts.push(r.term);
  }
  return parts.join('\n');
}
