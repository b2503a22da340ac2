import { REQUEST_KINDS, requestTypeOfDocument } from '../../../common/requests/document-types';
import type { Migration } from './index';

/**
 * Letters awaiting a request were missed (issue 19, item 2): the dashboard tracked a letter only
 * when its free-text document type matched one exact spelling. The clerk now picks the request
 * kind from a short list (a request type, 'not_request', or NULL: not yet classified) and the
 * awaiting-a-request triggers of 0010 follow that code; the document type stays the paper's own
 * title. Existing letters are classified from a linked request's type, else from the document
 * type's name (matched loosely, not by exact spelling); the rest stay unclassified, and the
 * dashboard lists the registered ones for the clerk to classify.
 */
const KINDS_SQL = REQUEST_KINDS.map((k) => `'${k}'`).join(', ');

/** Whether an incoming letter (alias or new./old. prefix) awaits a request. */
const awaits = (l: string) => `${l}status = 'registered'
    AND ${l}request_kind IS NOT NULL AND ${l}request_kind <> 'not_request'
    AND NOT EXISTS (SELECT 1 FROM request_letters rl WHERE rl.letter_id = ${l}id)`;

export const AWAITING_RECOUNT_0014 = `INSERT INTO letters_awaiting_request(letter_id, received_at)
  SELECT l.id, l.received_at FROM incoming_letters l WHERE ${awaits('l.')}`;

const GUARD = `CREATE TRIGGER incoming_letters_audited_update BEFORE UPDATE ON incoming_letters
          WHEN NOT EXISTS (SELECT 1 FROM audit_tx) BEGIN SELECT RAISE(ABORT, 'audit_required'); END;`;

function backfill(db: Parameters<Migration['up']>[0]): void {
  db.exec(`UPDATE incoming_letters SET request_kind = (
      SELECT r.type FROM request_letters rl JOIN requests r ON r.id = rl.request_id
      WHERE rl.letter_id = incoming_letters.id ORDER BY rl.linked_at LIMIT 1)
    WHERE id IN (SELECT letter_id FROM request_letters)`);
  const set = db.prepare(
    'UPDATE incoming_letters SET request_kind = ? WHERE request_kind IS NULL AND document_type = ?',
  );
  const spellings = db
    .prepare(
      'SELECT DISTINCT document_type AS d FROM incoming_letters WHERE request_kind IS NULL AND document_type IS NOT NULL',
    )
    .all() as Array<{ d: string }>;
  for (const { d } of spellings) {
    const type = requestTypeOfDocument(d);
    if (type) set.run(type, d);
  }
}

export const m0014_request_kind: Migration = {
  version: 14,
  name: 'incoming letters: request kind picked from a list; awaiting a request follows it',
  up(db) {
    db.exec(`
      DROP TRIGGER incoming_awaiting_insert;
      DROP TRIGGER incoming_awaiting_update;
      DROP TRIGGER request_letters_awaiting_delete;
      DROP TRIGGER request_letters_awaiting_update;
      DROP TABLE request_document_spellings;
      ALTER TABLE incoming_letters ADD COLUMN request_kind TEXT CHECK (request_kind IN (${KINDS_SQL}));
      -- The dashboard's unclassified letters: few, newest registered first.
      CREATE INDEX incoming_unclassified ON incoming_letters(received_at)
        WHERE request_kind IS NULL AND status = 'registered';
      -- The classification is a schema change: the guard stands aside for it in this transaction.
      DROP TRIGGER incoming_letters_audited_update;
    `);
    backfill(db);
    db.exec(`
      ${GUARD}
      CREATE TRIGGER incoming_awaiting_insert AFTER INSERT ON incoming_letters WHEN ${awaits('new.')} BEGIN
        INSERT INTO letters_awaiting_request(letter_id, received_at) VALUES (new.id, new.received_at);
      END;
      CREATE TRIGGER incoming_awaiting_update AFTER UPDATE OF status, request_kind, received_at ON incoming_letters BEGIN
        DELETE FROM letters_awaiting_request WHERE letter_id = old.id;
        INSERT INTO letters_awaiting_request(letter_id, received_at) SELECT new.id, new.received_at WHERE ${awaits('new.')};
      END;
      CREATE TRIGGER request_letters_awaiting_delete AFTER DELETE ON request_letters BEGIN
        INSERT OR IGNORE INTO letters_awaiting_request(letter_id, received_at)
          SELECT l.id, l.received_at FROM incoming_letters l WHERE l.id = old.letter_id AND ${awaits('l.')};
      END;
      CREATE TRIGGER request_letters_awaiting_update AFTER UPDATE OF letter_id ON request_letters BEGIN
        DELETE FROM letters_awaiting_request WHERE letter_id = new.letter_id;
        INSERT OR IGNORE INTO letters_awaiting_request(letter_id, received_at)
          SELECT l.id, l.received_at FROM incoming_letters l WHERE l.id = old.letter_id AND ${awaits('l.')};
      END;
      DELETE FROM letters_awaiting_request;
      ${AWAITING_RECOUNT_0014};
    `);
  },
};
