import type { Migration } from './index';
import { SPELLINGS_0010 } from './0010_document_spellings';

// Counts by construction (issue 18): the register counts, the request counts of the dashboard
// and lists, and the letters awaiting a request are kept in summary tables by triggers, so they
// change in the same transaction as the row they count, whoever writes it (Server.write, a
// purge, a migration, a test fixture). Service-level updates would have to be repeated in every
// writer and would miss the next one. Summary tables are not audit-guarded (0009): they hold
// nothing but figures derived from guarded rows, and `db recount` rebuilds them from scratch.

/** One dimension of a summary key: a column of the summary table and its value in the source row. */
export interface CountDimension {
  column: string;
  /** SQL over the source row's columns (without alias); `{row}` is replaced by new., old. or nothing. */
  expr: string;
  /** The source columns it reads (the update trigger fires only when one of them changes). */
  reads: string[];
}

export interface CountSpec {
  summary: string;
  source: string;
  /** Name prefix of the triggers. */
  prefix: string;
  dims: CountDimension[];
}

const dim = (column: string, source: string): CountDimension => ({
  column,
  expr: `{row}${source}`,
  reads: [source],
});
/** A nullable source column as two key columns: its text ('' for NULL) and whether it was NULL. */
const nullable = (column: string, source: string): CountDimension[] => [
  { column, expr: `coalesce({row}${source}, '')`, reads: [source] },
  { column: `${column}_null`, expr: `({row}${source} IS NULL)`, reads: [source] },
];
const constant = (column: string, value: string): CountDimension => ({
  column,
  expr: `'${value}'`,
  reads: [],
});

export const COUNT_SPECS_0010: readonly CountSpec[] = [
  {
    summary: 'register_counts',
    source: 'incoming_letters',
    prefix: 'incoming_counts',
    dims: [
      constant('register', 'incoming'),
      dim('channel', 'channel'),
      dim('status', 'status'),
      ...nullable('party', 'assigned_to'),
      dim('day', 'received_date'),
    ],
  },
  {
    summary: 'register_counts',
    source: 'outgoing_letters',
    prefix: 'outgoing_counts',
    dims: [
      constant('register', 'outgoing'),
      dim('channel', 'method'),
      dim('status', 'status'),
      ...nullable('party', 'signatory'),
      dim('day', 'date'),
    ],
  },
  {
    summary: 'request_counts',
    source: 'requests',
    prefix: 'request_counts',
    dims: [
      dim('state', 'state'),
      dim('type', 'type'),
      ...nullable('officer', 'officer'),
      { column: 'purged', expr: '({row}purged_at IS NOT NULL)', reads: ['purged_at'] },
      dim('warnings', 'deadline_warnings'),
    ],
  },
];

const exprOf = (d: CountDimension, row: string) => d.expr.replaceAll('{row}', row);

function countTriggers(s: CountSpec): string {
  const cols = s.dims.map((d) => d.column).join(', ');
  const add = `INSERT INTO ${s.summary}(${cols}, n) VALUES (${s.dims.map((d) => exprOf(d, 'new.')).join(', ')}, 1)
      ON CONFLICT DO UPDATE SET n = n + 1;`;
  const match = s.dims.map((d) => `${d.column} = ${exprOf(d, 'old.')}`).join(' AND ');
  // Delete a last row first: n = 0 would break the CHECK (and an empty key is not kept).
  const remove = `DELETE FROM ${s.summary} WHERE ${match} AND n = 1;
    UPDATE ${s.summary} SET n = n - 1 WHERE ${match};`;
  const reads = [...new Set(s.dims.flatMap((d) => d.reads))];
  const changed = reads.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  return `
    CREATE TRIGGER ${s.prefix}_insert AFTER INSERT ON ${s.source} BEGIN ${add} END;
    CREATE TRIGGER ${s.prefix}_delete AFTER DELETE ON ${s.source} BEGIN ${remove} END;
    CREATE TRIGGER ${s.prefix}_update AFTER UPDATE OF ${reads.join(', ')} ON ${s.source}
      WHEN ${changed} BEGIN ${remove} ${add} END;`;
}

/** The full recount of one spec (the migration's initial fill and `db recount`). */
export function recountSql(s: CountSpec): string {
  const cols = s.dims.map((d) => d.column).join(', ');
  const exprs = s.dims.map((d) => exprOf(d, ''));
  return `INSERT INTO ${s.summary}(${cols}, n) SELECT ${exprs.join(', ')}, count(*) FROM ${s.source}
    GROUP BY ${exprs.join(', ')}`;
}

/** Whether an incoming letter (alias or new./old. prefix) awaits a request. */
const awaits = (l: string) => `${l}status = 'registered'
    AND ${l}document_type IN (SELECT spelling FROM request_document_spellings)
    AND NOT EXISTS (SELECT 1 FROM request_letters rl WHERE rl.letter_id = ${l}id)`;

export const AWAITING_RECOUNT_0010 = `INSERT INTO letters_awaiting_request(letter_id, received_at)
  SELECT l.id, l.received_at FROM incoming_letters l WHERE ${awaits('l.')}`;

export const m0010_counts: Migration = {
  version: 10,
  name: 'counts by construction: register and request summary tables, letters awaiting a request',
  up(db) {
    db.exec(`
      -- Letters per register, calendar day (received_date / date), channel (channel / method),
      -- status and party (assigned_to / signatory): a count with any register filter is a sum
      -- over at most days x channels x statuses x parties small rows.
      CREATE TABLE register_counts (
        register   TEXT NOT NULL CHECK (register IN ('incoming', 'outgoing')),
        channel    TEXT NOT NULL,
        status     TEXT NOT NULL,
        party      TEXT NOT NULL,
        party_null INTEGER NOT NULL CHECK (party_null IN (0, 1)),
        day        TEXT NOT NULL,
        n          INTEGER NOT NULL CHECK (n > 0),
        PRIMARY KEY (register, channel, status, party_null, party, day)
      ) STRICT, WITHOUT ROWID;

      -- Requests per state, type, officer, purged or not, and deadline warnings (the dashboard's
      -- running figures and calendar warnings, the list totals without date or text filters).
      CREATE TABLE request_counts (
        state        TEXT NOT NULL,
        type         TEXT NOT NULL,
        officer      TEXT NOT NULL,
        officer_null INTEGER NOT NULL CHECK (officer_null IN (0, 1)),
        purged       INTEGER NOT NULL CHECK (purged IN (0, 1)),
        warnings     TEXT NOT NULL,
        n            INTEGER NOT NULL CHECK (n > 0),
        PRIMARY KEY (state, type, officer_null, officer, purged, warnings)
      ) STRICT, WITHOUT ROWID;

      -- The spellings of a document type that name a request type (see 0010_document_spellings).
      CREATE TABLE request_document_spellings (spelling TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

      -- Letters still registered, of a request type, with no request linked (the dashboard).
      CREATE TABLE letters_awaiting_request (
        letter_id   INTEGER PRIMARY KEY,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX letters_awaiting_received ON letters_awaiting_request(received_at);

      -- WHEN: most letters are not of a request type, and a bulk load should not run a body for them.
      CREATE TRIGGER incoming_awaiting_insert AFTER INSERT ON incoming_letters WHEN ${awaits('new.')} BEGIN
        INSERT INTO letters_awaiting_request(letter_id, received_at) VALUES (new.id, new.received_at);
      END;
      CREATE TRIGGER incoming_awaiting_update AFTER UPDATE OF status, document_type, received_at ON incoming_letters BEGIN
        DELETE FROM letters_awaiting_request WHERE letter_id = old.id;
        INSERT INTO letters_awaiting_request(letter_id, received_at) SELECT new.id, new.received_at WHERE ${awaits('new.')};
      END;
      CREATE TRIGGER incoming_awaiting_delete AFTER DELETE ON incoming_letters BEGIN
        DELETE FROM letters_awaiting_request WHERE letter_id = old.id;
      END;
      CREATE TRIGGER request_letters_awaiting_insert AFTER INSERT ON request_letters BEGIN
        DELETE FROM letters_awaiting_request WHERE letter_id = new.letter_id;
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
      ${COUNT_SPECS_0010.map(countTriggers).join('\n')}
    `);
    const spelling = db.prepare('INSERT INTO request_document_spellings(spelling) VALUES (?)');
    for (const s of SPELLINGS_0010) spelling.run(s);
    for (const s of COUNT_SPECS_0010) db.exec(recountSql(s));
    db.exec(AWAITING_RECOUNT_0010);
  },
};
