// The purge leaves nothing: one subject's data goes into every free-text field the desk's real
// flows accept (letters and scans, a request with its notes, pause and decision texts, generated
// reply letters, a reply in the outgoing register, sync payloads, a rejection detail and an
// officer's note, a result note from central). Then, from the schema itself (sqlite_schema +
// pragma table_info, every table, every column):
//  - every column the marker reached is declared as personal data by some feature (so a new
//    column that takes personal data fails here until its feature declares and purges it);
//  - after the purge, a decryption of every page of the file and of every WAL frame (free pages
//    and stale frames included) holds no trace of it, nor does a backup taken afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outgoingCreateSchema } from '../../common/contract/mailroom';
import { decisionInputSchema } from '../../common/requests';
import { composeFeatures } from '../../electron/app/compose';
import { declaredPersonalData } from '../../electron/core/purge-pipeline';
import { generateLetter, markSent, saveLetterhead } from '../../electron/letters/service';
import { readLetterhead } from '../../electron/letters/queries';
import { registerOutgoing } from '../../electron/mailroom/outgoing';
import {
  decide,
  pauseRequest,
  resumeRequest,
  runPurge,
  transitionRequest,
  updateRequestFields,
} from '../../electron/requests';
import { backupDatabase } from '../../electron/sql/maintenance';
import { listOutbox } from '../../electron/sql/outbox';
import type { DB } from '../../electron/sql/server';
import { applyAnswers, storeResults } from '../../electron/sync/sql/sync';
import { annotateRejectedEvent, retryRejectedEvent } from '../../electron/sync/officer';
import { decryptDatabase, decryptedDisk } from '../helpers/encrypted-pages';
import { deliverAll as deliverEvents, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const FEATURES = composeFeatures();
const LETTER_DEPS = FEATURES.letters;
const PURGE = FEATURES.requests.purge;

const M = 'Xylomarker';
const SUBJECT = {
  name: `${M} Айгерім`,
  iin: '900115300122',
  address: `Алматы, ${M} көшесі 5`,
  phone: '+77011234567',
  email: 'xylomarker@example.kz',
};
/** What must be gone: the marker in any letter case, the IIN, the phone's digits. */
const NEEDLES = [M.toLowerCase(), SUBJECT.iin, '7011234567'];
const PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${M} ${SUBJECT.iin}\n%%EOF\n`,
  'utf8',
);

function hits(bytes: Buffer): string[] {
  // The marker is ASCII, so lower-casing the bytes as latin1 finds it in any case without touching UTF-8.
  const text = bytes.toString('latin1').toLowerCase();
  return NEEDLES.filter((n) => text.includes(n));
}

function deliverAll(desk: Desk): void {
  deliverEvents(desk.server);
}

/** Every table and column of the schema, with the FTS shadow tables named by their virtual table. */
function schemaColumns(db: DB): Array<{ table: string; owner: string; column: string }> {
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  return tables.flatMap((t) => {
    const owner = virtual.find((v) => t.name.startsWith(`${v}_`)) ?? t.name;
    return (db.prepare('SELECT name FROM pragma_table_info(?)').all(t.name) as { name: string }[]).map(
      (c) => ({ table: t.name, owner, column: c.name }),
    );
  });
}

/** Columns holding a needle (text, or the bytes of a blob). Contentless FTS tables are read through their shadow tables. */
function columnsWithMarker(db: DB): Set<string> {
  const found = new Set<string>();
  const virtual = new Set(
    schemaColumns(db)
      .filter((c) => c.table !== c.owner)
      .map((c) => c.owner),
  );
  for (const c of schemaColumns(db)) {
    if (virtual.has(c.table)) continue;
    const rows = db.prepare(`SELECT "${c.column}" AS v FROM "${c.table}"`).raw().all() as unknown[][];
    for (const [v] of rows) {
      const b = typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.isBuffer(v) ? v : null;
      if (b && hits(b).length) {
        found.add(`${c.owner}.${c.table === c.owner ? c.column : '*'}`);
        break;
      }
    }
  }
  return found;
}

function ftsTerms(db: DB): string[] {
  const out: string[] = [];
  for (const fts of ['incoming_fts', 'outgoing_fts']) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${fts}_terms USING fts5vocab(main, ${fts}, row)`);
    out.push(
      ...(db.prepare(`SELECT term FROM temp.${fts}_terms`).all() as { term: string }[]).map((r) => r.term),
    );
  }
  return out;
}

async function fillEverything(desk: Desk): Promise<string[]> {
  const s = desk.server;
  saveLetterhead(s, 'admin', {
    ...readLetterhead(s.db),
    signatory: {
      kk: { name: 'Ә. Құнанбаев', position: 'Директор' },
      ru: { name: 'А. Кунанбаев', position: 'Директор' },
      en: { name: 'A. Kunanbayev', position: 'Director' },
    },
    executor: { name: 'Ғ. Мүсірепова', phone: '+7 727 355 00 00' },
  });
  const letter = registerLetter(s, {
    receivedAt: '2026-11-23T10:05:00+05:00',
    documentType: 'withdrawal',
    sender: { name: SUBJECT.name, iin: SUBJECT.iin, address: SUBJECT.address },
    senderRef: { number: `${M}-7`, date: '2026-11-20' },
    summary: `${M}: келісімді қайтарып алу`,
    notes: `${M} звонила`,
    enclosures: `${M} паспорт көшірмесі`,
    scans: [{ fileName: `${M}-конверт.pdf`, dataBase64: PDF.toString('base64'), kind: 'envelope' }],
  });
  const a = open(s, {
    type: 'withdrawal',
    letters: [letter.incomingNo],
    requesterRole: 'subject',
    subject: { ...SUBJECT, accountId: 'ib-000123' },
    verification: {
      method: 'document',
      documentType: 'id_card',
      numberLast4: '4567',
      issuer: `${M} МВД`,
      issuedOn: '2021-03-01',
      note: `${M} лично`,
    },
  }).id;
  updateRequestFields(s, 'officer', { id: a, patch: { notes: `${M} просила по-казахски` } });
  pauseRequest(s, 'officer', { id: a, reason: 'identity_verification', note: `${M}: ждём документ` });
  resumeRequest(s, 'officer', { id: a, note: `${M}: документ пришёл` });
  decide(s, 'officer', {
    id: a,
    decision: decisionInputSchema.parse({
      type: 'withdrawal',
      outcome: 'granted',
      obligationsUnfulfilled: false,
      note: `${M}: удалить всё`,
    }),
  });
  const ack = await generateLetter(s, 'officer', { requestId: a, kind: 'acknowledgment' }, LETTER_DEPS);
  markSent(s, 'officer', { letterId: ack.id, method: 'by_hand' }, LETTER_DEPS);
  // A reply registered by hand, addressed to her, then the generated confirmation that answers.
  registerOutgoing(
    s,
    'officer',
    outgoingCreateSchema.parse({
      addressee: { kind: 'person', name: SUBJECT.name, address: SUBJECT.address },
      summary: `${M}: жауап`,
      notes: `${M} қолма-қол`,
      inReplyTo: letter.incomingNo,
      method: 'by_hand',
      language: 'kk',
      status: 'sent',
      requestId: a,
    }),
  );
  const conf = await generateLetter(
    s,
    'officer',
    { requestId: a, kind: 'withdrawal_confirmation' },
    LETTER_DEPS,
  );
  markSent(s, 'officer', { letterId: conf.id, method: 'by_hand' }, LETTER_DEPS);
  // A second request for her, opened directly on an authority's inquiry.
  const b = open(s, {
    type: 'withdrawal',
    direct: { reason: 'authority_inquiry', note: `${M}: запрос по телефону` },
    requesterRole: 'authorized_body',
    authorizedBody: {
      kind: 'ministry',
      name: 'Министерство цифрового развития',
      official: `по делу ${M}`,
      address: `${M} 1`,
    },
    subject: { name: SUBJECT.name, iin: SUBJECT.iin, accountId: 'ib-000124' },
    verification: { method: 'not_required', reason: 'authorized_body', note: `${M}: по запросу` },
    confirmDuplicates: true,
  }).id;
  decide(s, 'officer', {
    id: b,
    decision: decisionInputSchema.parse({
      type: 'withdrawal',
      outcome: 'granted',
      obligationsUnfulfilled: false,
      note: `${M}`,
    }),
  });
  transitionRequest(s, 'officer', { id: b, to: 'answered', replyOutgoingNo: conf.outgoingNo });
  for (const id of [a, b]) transitionRequest(s, 'officer', { id, to: 'closed' });

  // Sync: central rejects one of her events quoting her, an officer notes it, it goes again;
  // everything is delivered; central reports a result with a note about her.
  const first = listOutbox(s.db, 'pending').find((e) => e.recordType === 'request' && e.recordId === a)!;
  s.write('sync', (tx) => {
    applyAnswers(
      tx.db,
      [
        {
          seq: first.seq,
          status: 'rejected',
          reason: 'validation',
          detail: `iin ${SUBJECT.iin} of ${M} rejected`,
        },
      ],
      'sync',
      tx.now,
    );
    tx.audit({ action: 'sync.batch', entityType: 'sync', entityId: 'test', summary: '1 rejected' });
  });
  annotateRejectedEvent(s, 'officer', { seq: first.seq, note: `${M} позвонила, исправили` });
  retryRejectedEvent(s, 'officer', { seq: first.seq });
  deliverAll(desk);
  const action = s.db
    .prepare('SELECT id, event_id AS eventId, action FROM request_actions WHERE request_id = ?')
    .get(a) as { id: string; eventId: string; action: string };
  s.write('sync', (tx) => {
    storeResults(
      tx.db,
      [
        {
          resultId: 'res-1',
          cursor: 'c1',
          eventId: action.eventId,
          recordType: 'request',
          recordId: a,
          actionId: action.id,
          action: action.action,
          status: 'done',
          executedAt: tx.now.toISOString(),
          note: `erased ${M}`,
        },
      ],
      'c1',
      tx.now,
    );
    tx.audit({ action: 'sync.results', entityType: 'sync', entityId: 'test', summary: '1 result' });
  });
  return [a, b];
}

describe('a purge leaves nothing of the subject, in any column, page, WAL frame or later backup', () => {
  let desk: Desk;
  let requests: string[];
  beforeAll(async () => {
    desk = openDesk('2026-11-23T12:00:00+05:00');
    requests = await fillEverything(desk);
  });
  afterAll(() => desk.close());

  it('every column the flows put her data in is declared by a feature, and every declaration names a real column', () => {
    const declared = declaredPersonalData(PURGE);
    const columns = schemaColumns(desk.server.db);
    for (const [table, cols] of Object.entries(declared))
      for (const c of cols)
        expect(
          columns.some((x) => x.table === table && x.column === c),
          `${table}.${c}`,
        ).toBe(true);
    const reached = columnsWithMarker(desk.server.db);
    console.info('columns holding her data before the purge:', [...reached].sort().join(' '));
    const undeclared = [...reached].filter((k) => {
      const [table, column] = k.split('.') as [string, string];
      return column === '*' ? !declared[table] : !declared[table]?.includes(column);
    });
    expect(undeclared).toEqual([]);
    // The flows reach the columns that matter (else this test would prove little).
    for (const k of [
      'incoming_letters.sender_name',
      'incoming_letters.sender_ref_number',
      'mail_scans.label',
      'request_subjects.name',
      'request_subjects.verification',
      'request_decisions.details',
      'request_history.note',
      'letter_versions.composed',
      'outgoing_letters.addressee_name',
      'outbox.payload',
      'sync_attention_log.note',
      'sync_attention_log.detail',
      'sync_results.note',
      'incoming_fts.*',
    ]) {
      expect(reached, k).toContain(k);
    }
    expect(hits(decryptedDisk(desk.tmp.file, desk.tmp.key)).length).toBeGreaterThan(0);
  });

  it('after the purge no decrypted page of the file, no WAL frame and no later backup holds her data', () => {
    desk.at('2027-01-05T12:00:00+05:00');
    const report = runPurge(desk.server, 'admin', {}, PURGE);
    expect(report.purged.map((p) => p.requestId).sort()).toEqual([...requests].sort());
    expect(report.purged[0]!.removed).toMatchObject({
      letterVersions: expect.any(Number),
      letters: 1,
      replies: expect.any(Number),
      subject: 1,
    });
    expect(report.purged[0]!.removed.letterVersions).toBeGreaterThanOrEqual(2);
    expect([...columnsWithMarker(desk.server.db)]).toEqual([]);
    expect(ftsTerms(desk.server.db).filter((t) => hits(Buffer.from(t)).length)).toEqual([]);
    expect(hits(decryptedDisk(desk.tmp.file, desk.tmp.key))).toEqual([]);

    const backup = backupDatabase(desk.server, `${desk.tmp.dir}/after-purge.db`, 'admin');
    expect(hits(decryptDatabase(backup.file, desk.tmp.key))).toEqual([]);
    // The WAL written after the purge (the backup's audit entry) holds nothing of her either.
    expect(hits(decryptedDisk(desk.tmp.file, desk.tmp.key))).toEqual([]);
  });
});
